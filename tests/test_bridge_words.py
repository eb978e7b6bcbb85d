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
