"""A table in thousands with a column per financial year (2024/25 £000): the column a question's year names, written
whole or short (23/24, 2023-24), and never the scale (£000) or a year's tail (the 25 of 2024/25) as the answer."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse

ROW = "Commercial first aid training — 2024/25 £000: 874; 2023/24 £000: 781"


def ask(question: str) -> str:
    return extract(analyse(question), ROW).text


def test_a_financial_year_written_short_names_its_column():
    assert ask("commercial first aid training income in 23/24") == "781"
    assert ask("商业急救培训收入2023-24年多少") == "781"
    assert ask("贝尔法斯特那个 商业急救培训收入23/24年是多少") == "781"


def test_a_year_written_whole_names_the_year_it_opens():
    assert ask("commercial first aid training income in 2024") == "874"


def test_the_scale_and_a_years_tail_are_no_amount():
    answer = ask("how much was the commercial first aid training income")
    assert answer not in ("£000", "25") and "874" in answer


def test_a_question_naming_no_year_takes_the_one_column_its_words_name():
    # this year's budget, asked in Chinese over an English row of an actual and a budget column
    bridge = Bridge.build({"预算": 2.0, "招募": 2.0},
                          to_english={"预算": [("budget", 1.0)], "招募": [("recruit", 1.0)]})
    row = "Volunteer recruitment — 2023-24 actual: $41,500; 2024-25 budget: $52,000"
    assert extract(analyse("志愿者招募今年预算多少", bridge), row).text == "$52,000"
    assert extract(analyse("volunteer recruitment budget for this year", bridge), row).text == "$52,000"
