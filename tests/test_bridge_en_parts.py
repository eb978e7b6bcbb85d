"""A Chinese question word CC-CEDICT lacks reaches English text through its parts' glosses (bridge53), as the
English side glosses a corpus word CC-CEDICT lacks by its parts (cedict.composed_keys)."""
from __future__ import annotations

from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.bridge_en import english_glosses

_TEXT = ("Active responders at the end of March, a quick response: the centre collected whole blood "
         "and plasma units over the season, with donors booked by phone and volunteers "
         "trained on weekends in the hall near the station")
_WORDS = set(_TEXT.lower().replace(",", " ").replace(":", " ").split())


def _bridge() -> Bridge:
    from reportbot.index.retrieval.tokenize import initialize, stem
    initialize()  # jieba's word frequencies say which headwords a question can hold
    return Bridge({}, {}, set(), to_english=english_glosses(_WORDS, {stem(w) for w in _WORDS}))


def test_a_word_the_dictionary_lacks_is_read_through_its_parts():
    bridge = _bridge()
    assert "respond" in bridge.english_alternatives({"响应者": 1.0})  # 响应 respond + 者: responders
    found = bridge.english_alternatives({"全血": 1.0})  # 全 whole + 血 blood
    assert "whole" in found and "blood" in found and found["blood"] < 1.0


def test_a_word_the_dictionary_glosses_is_not_read_through_its_parts():
    bridge = _bridge()
    assert "season" not in bridge.english_alternatives({"季节": 1.0}) or "季节" in bridge.to_english
    assert bridge.english_alternatives({"血压": 1.0}).keys() <= {"血压"} | {w for w, _ in bridge.to_english.get(
        "血压", ())}  # blood pressure: CC-CEDICT's own gloss, the corpus lacks "pressure", so no "blood" alone
