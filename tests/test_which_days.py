"""哪几天 asks when, a range of days (issue 14): "…发洪水在哪几天" over an English line answers with the dates, not the
words around them. Made-up lines."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_which_days_asks_a_date_and_is_answered_with_the_range():
    q = analyse("Lakeside发洪水在哪几天")
    assert q.kind == "when"
    line = "Boat crews launched 19 times, among them for the Lakeside floods of 3 to 6 June 2022"
    assert extract(q, line).text == "3 to 6 June 2022"


def test_how_many_days_is_still_a_count():
    assert analyse("那场洪水一共闹了几天").kind == "count"
