"""A change asked year on year (yoy, year-on-year) is answered from a table row's Year-on-year column, and asks a
share, not money (issue 14). Made-up rows in an annual report's table style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.units import question_unit
from reportbot.index.retrieval.query import analyse

ROW = "Retail and shop income — 2025 (£m): 3.4; 2024 (£m): 2.9; Year-on-year: +17.2%"


def test_the_year_on_year_column_answers_a_change_asked_so():
    assert extract(analyse("how did retail shop income change yoy"), ROW).text == "+17.2%"
    assert extract(analyse("year-on-year change in shop and retail income"), ROW).text == "+17.2%"
    assert extract(analyse("shop income for 2025, retail"), ROW).text == "3.4"  # the year's own column still


def test_a_change_year_on_year_asks_a_share():
    assert question_unit(analyse("shop income rose by what yoy")) == "%"
    assert question_unit(analyse("the shop took in how much during 2025")) != "%"


def test_a_counted_noun_is_counted_though_the_change_is_year_on_year():
    # made-up questions: the thing counted decides the measure, the year-on-year wording only a share's
    assert question_unit(analyse("how many members joined the choir year-on-year")) == "名"
    assert question_unit(analyse("合唱团同比增加了多少人")) == "人"
    assert question_unit(analyse("合唱团收入同比增长多少")) == "%"
