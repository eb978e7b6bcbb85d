"""A place typed in pinyin with a flat tongue (z for zh, c for ch, s for sh) or n and l swapped (romanised.py,
bridge.py): cangsa reaches 长沙 as changsha does, and holds the question to its place; a spelling that names a word
as typed, or an English word, is read as it is."""
from __future__ import annotations

from reportbot.index.retrieval.bridge import Bridge


def test_flat_and_curled_tongue_spellings_are_alike():
    from reportbot.index.retrieval.romanised import spelled_alike

    assert spelled_alike("sanghai", "shanghai")
    assert spelled_alike("hulan", "hunan")
    assert spelled_alike("cangsa", "changsha")
    assert not spelled_alike("cangsa", "cangshan")


def test_a_place_typed_with_a_flat_tongue_reaches_its_words():
    bridge = Bridge.build({"长沙": 3.0, "志愿者": 2.0, "名": 1.0})
    groups, matched, unmatched = bridge.translate("cangsa how many volunteers signed up")
    assert {"长沙": 1.0} in groups and "cangsa" not in unmatched


def test_a_spelling_that_names_a_word_as_typed_or_an_english_word_is_read_as_it_is():
    bridge = Bridge.build({"湖南": 2.0, "呼兰": 2.0, "顺": 1.0, "太阳": 1.0})
    groups, _, _ = bridge.translate("hulan volunteers")
    assert not any("湖南" in g for g in groups)  # hulan is 呼兰's own pinyin
    groups, _, _ = bridge.translate("the sun rose")
    assert not any("顺" in g for g in groups)


def test_a_question_naming_a_place_so_is_held_to_it():
    from reportbot.index.retrieval.context import question_constraints

    bridge = Bridge.build({"长沙": 3.0, "志愿者": 2.0})
    groups, _, _ = bridge.translate("cangsa how many volunteers signed up")
    found = question_constraints("cangsa how many volunteers signed up", tuple(groups), frozenset({"长沙"}),
                                 bridge=bridge)
    assert [c.kind for c in found] == ["place"] and "长沙" in found[0].forms and "changsha" in found[0].forms
