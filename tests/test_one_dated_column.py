"""A table row with one dated column among undated ones answers a question naming that year with that column
(issue 14): 2024年新增了几台 over "丽水市 — 累计配置（台）：2100；2024年新增（台）：380；…" is 380, not the first cell.
Made-up rows in the documents' table style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

ROW = "丽水市 — 累计配置AED（台）：2100；2024年新增（台）：380；每10万人口配置数：45；备注：景区重点布设"


def test_the_year_asked_picks_the_dated_column():
    assert extract(analyse("丽水2024年新增了几台AED"), ROW).text == "380"


def test_the_year_with_another_columns_words_leaves_the_dated_column():
    assert extract(analyse("丽水到2024年累计配置了几台AED"), ROW).text == "2100"  # the total, not the year's new ones
