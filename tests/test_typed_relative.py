"""A when-question answered by a time counted from an event (开课后第3周前, 报名截止前5天, 活动结束后2个月内) is
answered with a time: the ``typed`` signal reads it as a date's kind, as it reads 3月5日 or 9:00. A figure that
counts no time (3个班, 第3名) still is none. Made-up answers only."""
from __future__ import annotations

import pytest
from reportbot.index.answering.spans import Span
from reportbot.index.answering.typed import typed_ok
from reportbot.index.retrieval.query import analyse


def _typed(question: str, answer: str) -> float:
    return typed_ok(analyse(question), Span(answer, 0, len(answer), "clause"), 1.0)


@pytest.mark.parametrize("answer", ["学员可于开课后第3周前申请退费", "請於活動前5天完成報名", "结业后2个月内领取证书",
                                    "開課第二週起停止加退選"])
def test_a_time_counted_from_an_event_answers_when(answer):
    assert _typed("夜校退费最晚什么时候办", answer) == 1.0


@pytest.mark.parametrize("answer", ["本期共开设3个班", "他在比赛中获得第3名"])
def test_a_figure_that_counts_no_time_still_answers_no_when(answer):
    assert _typed("夜校退费最晚什么时候办", answer) == 0.0


def test_a_time_counted_from_the_event_asked_about_does_not_say_when_that_event_is():
    assert _typed("夜校什么时候开课", "学员可于开课后第3周前申请退费") == 0.0
    assert _typed("夜間班什麼時候開課", "學員可於開課後第3週前申請退費") == 0.0


@pytest.mark.parametrize("question, answer", [("培训证书考核后什么时候能拿", "考核后3个月内领取证书"),
                                              ("义卖登记最晚什么时候截止", "请于义卖前7天完成登记")])
def test_a_time_counted_from_an_event_the_question_names_but_does_not_ask_the_time_of(question, answer):
    assert _typed(question, answer) == 1.0


def test_the_event_asked_before_its_when_word_is_read_too():
    assert _typed("夜校开课是什么时候", "学员可于开课后第3周前申请退费") == 0.0
