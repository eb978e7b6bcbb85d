"""The evidence sentence's features and their weights (``answering/evidence.py``): made-up sentences."""
from __future__ import annotations

import dataclasses
from types import SimpleNamespace

from reportbot.index.answering.evidence import CHOICE, rank_features, sentence_features
from reportbot.index.retrieval.query import analyse


def _hit(said, scores):
    return SimpleNamespace(paragraph=SimpleNamespace(sentences=said, path=""), sentence_scores=scores)


def test_people_asked_is_no_figure_of_person_times():
    said = ["全年出动救援320次，参与队员5600人次。", "全市现有志愿救援队员940人，均已持证。"]
    q = analyse("全市救援队员一共多少人")
    feats = sentence_features(SimpleNamespace(query=q), _hit(said, [0.6, 0.6]))
    assert "unit_bonus" not in feats[0][2] and feats[1][2]["unit_bonus"] == 1.0


def test_the_weights_decide_the_order_and_a_lead_in_stays_last():
    feats = [(0.5, False, {"align_weight": 0.2}), (0.45, False, {"align_weight": 0.6}), (0.9, True, {})]
    assert [i for _, i in rank_features(feats, dataclasses.replace(CHOICE, align_weight=0.3))] == [1, 0, 2]
    assert [i for _, i in rank_features(feats, dataclasses.replace(CHOICE, align_weight=0.0))] == [0, 1, 2]
