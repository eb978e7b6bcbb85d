"""Sentence choice (twentieth round, span-20): an item of a labelled ；-list is read with the list's label
(培训课程：入门班…； then 进阶班…: a question naming the second item's own word and the label's word takes the
second item, where before the first item, which alone wrote the label, held more of the question); a sentence that
says a question's word only with the prefix 非 (非会员 for 会员) is about its complement and gives way. Made-up
sentences in the documents' style, none from the question sets."""
from __future__ import annotations

from types import SimpleNamespace

from reportbot.index.answering.evidence import rank_features, sentence_features
from reportbot.index.answering.sentence_share import list_label
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse


def _hit(said, scores):
    return SimpleNamespace(paragraph=SimpleNamespace(sentences=said, path=""), sentence_scores=scores)


def test_an_item_of_a_labelled_list_is_read_with_its_label():
    said = ["培训课程：入门班学费680元（包括教材及场地）；", "进阶班学费1,560元（另加实操考核）。",
            "报名须预约。"]
    assert [list_label(said, i) for i in range(3)] == ["", "培训课程", ""]
    feats = sentence_features(SimpleNamespace(query=analyse("进阶培训课程学费多少")), _hit(said, [0.6, 0.6, 0.5]))
    assert rank_features(feats)[0][1] == 1  # the item the question names, not the one that writes the label


def test_a_sentence_after_a_full_stop_continues_no_list():
    said = ["培训课程：入门班学费680元。", "进阶班另行报价。"]
    assert list_label(said, 1) == ""


def test_a_row_that_says_the_asked_word_only_negated_gives_way():
    said = ["本馆会员 — 游泳训练班：每期收费300元", "非会员 — 游泳训练班：每期收费520元"]
    feats = sentence_features(SimpleNamespace(query=analyse("会员参加游泳训练班收费多少")), _hit(said, [0.6, 0.62]))
    assert feats[1][2].get("negated_weight") == 1.0 and "negated_weight" not in feats[0][2]
    assert rank_features(feats)[0][1] == 0  # the members' row, though the search put the non-members' first
    feats = sentence_features(SimpleNamespace(query=analyse("非会员参加游泳训练班收费多少")), _hit(said, [0.6, 0.62]))
    assert "negated_weight" not in feats[1][2]  # asked of non-members: their row


def test_an_english_question_asking_the_complement_keeps_its_row():
    said = ["本馆会员 — 游泳训练班：每期收费300元", "非会员 — 游泳训练班：每期收费520元"]
    bridge = Bridge.build({"会员": 3.0, "游泳": 2.0}, to_english={"会员": [("member", 1.0)], "游泳": [("swim", 1.0)]})
    q = analyse("swimming class fee for non-members", bridge)
    assert any("会员" in g for g in q.groups)
    assert "negated_weight" not in sentence_features(SimpleNamespace(query=q), _hit(said, [0.6, 0.62]))[1][2]


def test_the_line_of_a_lesser_role_holding_the_asked_one_gives_way():
    # a who-question about a role: the line of Vice-Chair (副主席) says chair only as the tail of another role
    said = ["Ms Nora Keane — Treasurer", "Dr Alan Purdy — Chair (re-elected 2024)", "Mr Owen Tait — Vice-Chair"]
    bridge = Bridge.build({"主席": 3.0, "理事会": 2.0}, to_english={"主席": [("chair", 1.0)]})
    for question in ("who is the chair of the trustees", "理事会主席是谁"):
        feats = sentence_features(SimpleNamespace(query=analyse(question, bridge)), _hit(said, [0.5, 0.6, 0.68]))
        assert feats[2][2].get("lesser_weight") == 1.0 and "lesser_weight" not in feats[1][2]
        assert rank_features(feats)[0][1] == 1  # the chair's line, though the search put the shorter line first
    q = analyse("who is the vice-chair", bridge)
    feats = sentence_features(SimpleNamespace(query=q), _hit(said, [0.5, 0.6, 0.68]))
    assert "lesser_weight" not in feats[2][2]  # the lesser role asked: its line
    said = ["本会会长 — 王立新", "本会副会长 — 陈海"]
    feats = sentence_features(SimpleNamespace(query=analyse("本会会长是谁")), _hit(said, [0.6, 0.66]))
    assert feats[1][2].get("lesser_weight") == 1.0 and rank_features(feats)[0][1] == 0
