"""哪几天 asks when, a range of days (issue 14): "…洪水是哪几天" over an English line answers with the dates, not the
words around them. Made-up lines."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_which_days_asks_a_date_and_is_answered_with_the_range():
    q = analyse("Lakeside洪水是哪几天")
    assert q.kind == "when"
    line = "Emergency call-outs: 41, including the Lakeside floods of 12 to 15 August 2023"
    assert extract(q, line).text == "12 to 15 August 2023"


def test_how_many_days_is_still_a_count():
    assert analyse("洪水持续了几天").kind == "count"
