"""The evidence sentence's features and their weights (``answering/evidence.py``): made-up sentences."""
from __future__ import annotations

import dataclasses
from types import SimpleNamespace

from reportbot.index.answering.evidence import CHOICE, rank_features, sentence_features
from reportbot.index.retrieval.query import analyse


def _hit(said, scores):
    return SimpleNamespace(paragraph=SimpleNamespace(sentences=said, path=""), sentence_scores=scores)


def test_a_count_in_the_asked_unit_and_a_date_asked_are_features_of_their_sentences():
    said = ["全年出动救援320次，惠及群众5600人次。", "全市现有志愿救援队8支，均已建立党支部。"]
    feats = sentence_features(SimpleNamespace(query=analyse("全市一共有几支救援队")), _hit(said, [0.6, 0.6]))
    assert "unit_bonus" not in feats[0][2] and feats[1][2]["unit_bonus"] == 1.0
    when = ["报名于2025年3月5日开始。", "报名须携带身份证。"]
    feats = sentence_features(SimpleNamespace(query=analyse("什么时候开始报名")), _hit(when, [0.5, 0.6]))
    assert feats[0][2].get("date_bonus") == 1.0 and "date_bonus" not in feats[1][2]
    assert [i for _, i in rank_features(feats)] == [0, 1]  # the date outweighs the search's small lead


def test_the_weights_decide_the_order_and_a_lead_in_stays_last():
    feats = [(0.5, False, {"align_weight": 0.2}), (0.45, False, {"align_weight": 0.6}), (0.9, True, {})]
    assert [i for _, i in rank_features(feats, dataclasses.replace(CHOICE, align_weight=0.3))] == [1, 0, 2]
    assert [i for _, i in rank_features(feats, dataclasses.replace(CHOICE, align_weight=0.0))] == [0, 1, 2]
