"""A place typed in pinyin with a flat tongue (z for zh, c for ch, s for sh) or n and l swapped (romanised.py,
bridge.py): wenzou reaches 温州 as wenzhou does, and holds the question to its place; a spelling that names a word
as typed, or an English word, is read as it is."""
from __future__ import annotations

from reportbot.index.retrieval.bridge import Bridge


def test_flat_and_curled_tongue_spellings_are_alike():
    from reportbot.index.retrieval.romanised import spelled_alike

    assert spelled_alike("wenzou", "wenzhou")
    assert spelled_alike("hulan", "hunan")
    assert spelled_alike("cangsa", "changsha")
    assert not spelled_alike("wenzou", "wenzhan")


def test_a_place_typed_with_a_flat_tongue_reaches_its_words():
    bridge = Bridge.build({"温州": 3.0, "除颤器": 2.0, "台": 1.0})
    groups, matched, unmatched = bridge.translate("wenzou how many AEDs in total")
    assert {"温州": 1.0} in groups and "wenzou" not in unmatched


def test_a_spelling_that_names_a_word_as_typed_or_an_english_word_is_read_as_it_is():
    bridge = Bridge.build({"湖南": 2.0, "呼兰": 2.0, "顺": 1.0, "太阳": 1.0})
    groups, _, _ = bridge.translate("hulan volunteers")
    assert not any("湖南" in g for g in groups)  # hulan is 呼兰's own pinyin
    groups, _, _ = bridge.translate("the sun rose")
    assert not any("顺" in g for g in groups)


def test_a_question_naming_a_place_so_is_held_to_it():
    from reportbot.index.retrieval.context import question_constraints

    bridge = Bridge.build({"温州": 3.0, "除颤器": 2.0})
    groups, _, _ = bridge.translate("wenzou how many AEDs in total")
    found = question_constraints("wenzou how many aeds in total", tuple(groups), frozenset({"温州"}), bridge=bridge)
    assert [c.kind for c in found] == ["place"] and "温州" in found[0].forms and "wenzhou" in found[0].forms
