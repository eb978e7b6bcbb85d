"""An English word whose CC-CEDICT headwords the corpus lacks reaches the corpus words inside them (bridge_spelt.py)."""
from __future__ import annotations

from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.bridge_spelt import spelt_phrases


def test_a_word_glossing_only_headwords_the_text_lacks_reaches_the_text_s_word_inside_one(tmp_path):
    # "charity" glosses 公益事业 (public welfare undertaking) and 慈善机构; the text writes 公益 (公益项目) only
    bridge = Bridge.build({"公益": 2.0, "项目": 1.0, "培训": 1.0})
    bridge.spelt = spelt_phrases(["公益", "项目", "培训"], bridge.phrases.keys() | bridge.partial.keys(), 0.3)
    groups, matched, unmatched = bridge.translate("how many charity projects did they run")
    assert "charity" in matched and "charity" not in unmatched
    assert {"公益": 0.3} in groups  # weaker than a gloss of its own
    bridge.save(tmp_path / "bridge.json")
    assert Bridge.load(tmp_path / "bridge.json").translate("how many charity projects did they run")[0] == groups


def test_a_word_some_corpus_word_is_glossed_by_keeps_to_it():
    # "training" glosses 培训 itself: the words inside its other headwords (培训班 ...) are not read for it
    spelt = spelt_phrases(["培训", "公益"], {"train"}, 0.3)
    assert "train" not in spelt
    assert spelt_phrases(["公益"], set(), 0.0) == {}
