"""几点 has one reading, shared by question analysis (a "when" question) and the answer's shape (a date or a time):
the two cannot disagree. Made-up questions (none of the question sets' words)."""
from __future__ import annotations

import pytest
from reportbot.index.answering.shape import asked_shape, asks_date
from reportbot.index.retrieval.clock import asks_hour
from reportbot.index.retrieval.query import analyse


@pytest.mark.parametrize("question, hour", [
    ("游泳馆周日几点开门", True), ("茶话会几点钟开始", True), ("报名表几点前交", True),
    ("值班室工作日几点到几点有人", True),
    ("座谈会上代表提出几点建议", False), ("年度工作会议提出了哪几点要求", False),  # points counted
    ("这套系统要升级到几点零版", False), ("这款应用最新是几点零的", False),  # a version, x.0
])
def test_question_kind_and_the_answers_shape_read_jidian_alike(question, hour):
    q = analyse(question)
    assert asks_hour(q.text) is hour
    assert (q.kind == "when") is hour
    assert asks_date(q.text) is hour
    assert (asked_shape(q) == "date") is hour


def test_a_version_asked_with_jidian_ling_needs_no_date_in_its_answer():
    # before, question analysis read 几点零 as no time while the shape check asked the answer for a date
    assert asked_shape(analyse("这套系统要升级到几点零版")) is None
