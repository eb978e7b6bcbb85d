"""tools/english_misses.py: an English question's miss sorted into the kind of fault, the bridge's first."""
from __future__ import annotations

from tests.tools_module import load_tool


def test_a_miss_is_put_down_to_the_first_fault_that_explains_it():
    kind = load_tool("english_misses").kind
    passage, title = "全队共出勤168次", "衢州救援队2024年工作总结"
    # a question word the bridge reaches no corpus word for, before anything else
    assert kind(passage, title, [{"衢州": 1.0}], ["sessions"], "a.pdf", "a.pdf") == "no corpus word"
    # every word reaches something, but one group none of the passage's words (a title's words count)
    assert kind(passage, title, [{"衢州": 1.0}, {"发生": 0.4}], [], "a.pdf", "a.pdf") == "words, not the passage's"
    assert kind(passage, title, [{"衢州": 1.0}, {"出勤": 0.4}], [], "b.pdf", "a.pdf") == "wrong document"
    assert kind(passage, title, [{"衢州": 1.0}, {"出勤": 0.4}], [], "a.pdf", "a.pdf") == "another passage"
    # English text is English text, whatever the bridge reads
    assert kind("Opening hours: 9:00 to 15:00", "", [], ["mill"], "a.pdf", "a.pdf") == "english text"
    assert load_tool("english_misses").folder("library_tune3.jsonl", "/x/data-L").name == "data-L-lib"
    assert load_tool("english_misses").folder("library_tune21.jsonl", "/x/data-L").name == "data-L-lib21"
