"""A dictionary phrase the question matches whole also reaches the words whose longer gloss ends in it (bridge53):
CC-CEDICT glosses 救护 "to administer first aid" and 急救 "first aid", and a text may write either."""
from __future__ import annotations

from reportbot.index.retrieval.bridge import Bridge


def test_a_whole_phrase_also_reaches_a_longer_gloss_ending_in_it():
    bridge = Bridge.build({"急救": 3.0, "救护": 3.0, "课程": 2.0})
    groups, matched, _ = bridge.translate("how many first aid courses ran on the coast")
    group = next(g for g in groups if "急救" in g)
    assert "救护" in group and group["救护"] < group["急救"]  # the phrase's own word stays first
    assert "first" in matched and "aid" in matched


def test_a_phrase_no_longer_gloss_ends_in_keeps_its_own_words():
    bridge = Bridge.build({"急救": 3.0, "课程": 2.0})
    groups, _, _ = bridge.translate("how many first aid courses ran on the coast")
    assert [sorted(g) for g in groups if "急救" in g] == [["急救"]]
