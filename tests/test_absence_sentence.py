"""Sentence choice (issue 14): a question about something not done ("without a shift", 多久没登录) takes the
sentence that states the absence (连续3个月未登录者…) over its neighbour that the search scores a little higher.
Made-up sentences in the documents' style."""
from __future__ import annotations

from types import SimpleNamespace

from reportbot.index.answering.evidence import rank_features, sentence_features
from reportbot.index.retrieval.query import analyse

SAID = ["会员可随时在小程序申请注销账号，平台在5个工作日内办理。", "连续3个月未登录者，账号自动停用。"]


def _hit(said, scores):
    return SimpleNamespace(paragraph=SimpleNamespace(sentences=said, path=""), sentence_scores=scores)


def test_an_absence_asked_takes_the_sentence_that_states_one():
    feats = sentence_features(SimpleNamespace(query=analyse("会员多久没登录账号会被停用")), _hit(SAID, [0.62, 0.58]))
    assert feats[1][2].get("absence_bonus") == 1.0 and "absence_bonus" not in feats[0][2]
    assert rank_features(feats)[0][1] == 1  # the months without a login, not the days an account takes to close


def test_no_absence_asked_keeps_the_search_order():
    feats = sentence_features(SimpleNamespace(query=analyse("会员注销账号要几天")), _hit(SAID, [0.62, 0.58]))
    assert "absence_bonus" not in feats[1][2] and rank_features(feats)[0][1] == 0


def test_a_place_or_a_time_holding_a_negating_character_asks_no_absence():
    """无锡 and 未来 hold 无 and 未 but name a city and a time: the figure's sentence, not a rule about those who
    have not done something."""
    said = ["无锡分会未来三年计划培训救护员5000名。", "未取得证书者不得上岗，无证人员不计入。"]
    for question in ("无锡分会计划培训多少名救护员", "未来三年计划培训多少名救护员"):
        feats = sentence_features(SimpleNamespace(query=analyse(question)), _hit(said, [0.60, 0.58]))
        assert "absence_bonus" not in feats[1][2] and rank_features(feats)[0][1] == 0
