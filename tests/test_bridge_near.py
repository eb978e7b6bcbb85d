"""An everyday English word reaching the corpus's word through CC-CEDICT's own neighbours (bridge_near.py): fitted to
0 on the tune halves (tools/fit_bridge_near.py), so the shipped bridge reads as before; the reading itself, weighed."""
from __future__ import annotations

from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.bridge_near import near_phrases


def test_the_shipped_bridge_reaches_no_word_through_a_neighbour():
    bridge = Bridge.build({"发布": 3.0, "总结": 2.0})
    assert bridge.near == {}
    groups, _, _ = bridge.translate("when did they put out the work summary")
    assert not any("发布" in g for g in groups)


def test_a_phrase_the_corpus_word_is_not_glossed_with_reaches_it_through_a_headword_glossing_both(tmp_path):
    # 发布 is glossed "to release; to issue; to announce", never "put out"; 做出 is glossed "to put out; to issue"
    bridge = Bridge.build({"发布": 3.0, "总结": 2.0})
    bridge.near = near_phrases(bridge.phrases, 0.3)
    groups, matched, _ = bridge.translate("when did they put out the work summary")
    assert "put" in matched and "out" in matched
    (group,) = [g for g in groups if "发布" in g]
    assert 0 < group["发布"] < 0.5  # weaker than a gloss of its own
    bridge.save(tmp_path / "bridge.json")
    assert Bridge.load(tmp_path / "bridge.json").translate("when did they put out the work summary")[0] == groups


def test_a_neighbour_keeps_no_word_the_key_reaches_itself_and_none_at_weight_0():
    phrases = {"total": [("总数", 1.0)], "accumul": [("累计", 1.0)]}
    assert ("累计", 0.3) in near_phrases(phrases, 0.3)["total"]
    assert all(w != "总数" for w, _ in near_phrases(phrases, 0.3).get("total", ()))
    assert near_phrases(phrases, 0.0) == {}
