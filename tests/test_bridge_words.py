"""The English question's words as the bridge reads them: ordinals, contractions, a phrase's derived last word."""
from __future__ import annotations

from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.tokenize import english_words


def test_an_ordinal_suffix_and_a_contraction_without_apostrophe_are_no_content_words():
    assert english_words("whats the 3rd meeting's 21st item") == ["what", "the", "meeting", "item"]
    assert english_words("thats where hes from") == ["that", "where", "he", "from"]
    assert english_words("its hers") == ["it", "hers"]  # only a question word or pronoun + s is read so


def test_a_phrase_whose_last_word_derives_from_a_gloss_phrase_finds_its_word():
    bridge = Bridge.build({"急救": 3.0, "培训": 2.0})
    groups, matched, unmatched = bridge.translate("which first aiders were trained in the 2nd year")
    assert any("急救" in g for g in groups) and "aiders" in matched
    assert unmatched == ["year"]  # "2nd" left no "nd" behind
    # alone, "aiders" is too short a stem to be read as a relative of "aid": only the phrase says so
    groups, _, unmatched = bridge.translate("aiders")
    assert not any("急救" in g for g in groups)


def test_a_participle_right_after_a_plural_ends_the_counted_noun():
    from reportbot.index.retrieval.query import analyse

    bridge = Bridge.build({"救生员": 3.0, "培训": 2.0})
    q = analyse("how many lifeguards trained last summer", bridge)  # no "were": lifeguards are counted
    assert [list(q.groups[i]) for i in q.focus] == [["救生员"]]


def test_a_verb_object_gloss_is_found_in_noun_order():
    # CC-CEDICT: 救灾 "to relieve disaster"; English names the act "disaster relief" (relief: a relative of relieve)
    bridge = Bridge.build({"救灾": 3.0, "街道": 2.0})
    groups, matched, unmatched = bridge.translate("which street office sent disaster relief volunteers")
    assert "relief" in matched and "relief" not in unmatched
    assert any("救灾" in g for g in groups)
    # a phrasal verb has no object to turn round: "to set up" is no "up set"
    from reportbot.index.retrieval.cedict import _gloss_keys
    assert ("up", "set") not in _gloss_keys("to set up") and ("blood", "donat") in _gloss_keys("to donate blood")


def test_the_head_of_a_made_up_gloss_alone_reaches_its_word_weaker():
    # 献血站 is no CC-CEDICT entry: glossed by its parts, "donate blood station"; "stations" alone finds it
    bridge = Bridge.build({"献血站": 3.0, "街道": 2.0})
    groups, _, unmatched = bridge.translate("how many stations are there")
    assert "stations" not in unmatched
    (group,) = [g for g in groups if "献血站" in g]
    assert 0 < group["献血站"] < 0.45  # weaker than a partial match of a dictionary gloss
