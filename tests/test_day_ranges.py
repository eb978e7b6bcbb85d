"""The first day of two days of a month ("on 8 and 9 June") is a date's day, not a count (made-up sentences)."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_the_first_day_of_two_days_of_a_month_counts_nothing():
    s = "The spring street collection on 8 and 9 June raised EUR 12,480 across 21 towns, up from EUR 11,020."
    assert "12,480" in extract(analyse("how much did the spring street collection raise"), s).text
    assert "12,480" in extract(analyse("春季街头募捐多少"), s).text



def test_a_preposition_after_a_figure_is_no_unit_of_it():
    s = "The spring street collection on 8 and 9 June raised EUR 12,480 across 21 towns, up from EUR 11,020."
    assert extract(analyse("how much did the spring street collection raise"), s).text.endswith("12,480")
