"""tools/scan_question_words.py: a literal that carries a question's own words is found; general words are not."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "tools" / "scan_question_words.py"

SOURCE = '''
"""A docstring may quote 巡逻犬叫什么 to explain itself."""
ASKED = "名字|叫什么|社区"                # question words and a dictionary word: general
RULE = "巡逻犬叫什么"                    # a rule made on the question below
PHRASE = "keeps patrol dogs"             # an English question's phrase
QUOTED = "蓝湖社区的巡逻犬名叫阿黄，已服役三年。"  # the document's sentence that answers it, whole
COPIED = "蓝湖社区的巡逻犬叫什么名字？"      # the question itself
PLAIN = "service dogs"                   # words some question says, but a dictionary's too
'''


def _tool():
    spec = importlib.util.spec_from_file_location("scan_question_words", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_scan_flags_a_rule_a_phrase_an_evidence_string_and_a_copied_question(tmp_path):
    scan = _tool()
    qs = tmp_path / "made_up_tune.jsonl"
    rows = [{"id": "m1", "question": "藍湖社區的巡邏犬叫什麼名字",
             "evidence": "蓝湖社区的巡逻犬名叫阿黄，已服役三年。"},
            {"id": "m2", "question": "how many service dogs the precinct keeps patrol dogs for", "evidence": None}]
    qs.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    questions = scan.Questions.read([qs], documents="蓝湖社区的巡逻犬名叫阿黄，已服役三年。")
    scanner = scan.Scanner(questions, {"社区", "名字"}.__contains__, "/service dogs/".__contains__,
                           frozenset({"the", "how", "many", "for"}))
    hits = scanner.scan({"made_up.py": SOURCE})
    found = {(h.line, h.kind, h.matched) for h in hits}
    assert (4, "zh", "巡逻犬叫什么") in found           # a stretch only the question says (traditional script read)
    assert (5, "en", "keeps patrol dogs") in found
    assert any(line == 6 and kind == "evidence" for line, kind, _ in found)
    assert any(line == 7 and kind == "question" for line, kind, _ in found)
    assert not {line for line, *_ in found} & {2, 3, 8}  # the docstring, the general words, the dictionary's words
    assert all(h.said_by == ("made_up_tune:m1",) for h in hits if h.kind != "en")
    # check halves are counted, never named
    assert "1 other(s) in check halves" in str(scan.Hit("x.py", 1, "zh", "巡逻犬", ("library_check9:c1",), "巡逻犬"))
