"""A year typed with two digits (24年) asks about that year, as the documents write it (2024年)."""
from __future__ import annotations

from datetime import date

import pytest
from reportbot.index.retrieval.years import full_years

TODAY = date(2026, 12, 2)

DOC = """# 青溪县应急志愿服务2025年度总结

青溪县应急志愿服务队由县应急管理局指导，全年开展水上救援演练和社区宣讲。

## 主要指标

| 指标 | 2024年 | 2025年 |
| --- | --- | --- |
| 冲锋舟（艘） | 12 | 17 |
| 持证队员（名） | 260 | 315 |
"""


@pytest.mark.parametrize("typed, read", [
    ("24年冲锋舟多少艘", "2024年冲锋舟多少艘"),
    ("青溪25年持证队员几名", "青溪2025年持证队员几名"),
    ("2024年呢", "2024年呢"),
    ("截至24年底冲锋舟多少艘", "截至2024年底冲锋舟多少艘"),
    ("发布24年的演练报告", "发布2024年的演练报告"),  # a verb before a year that qualifies a noun
    ("计划27年建成吗", "计划2027年建成吗"),
    ("统筹25年经费", "统筹2025年经费"),
])
def test_two_digit_years_are_read_in_full(typed, read):
    assert full_years(typed, TODAY) == read


@pytest.mark.parametrize("typed", ["他在队里干了24年", "成立15年来", "近20年", "第10年", "60年代", "80年代出生",
                                   "10年内", "在岗位上值守15年。", "坚持12年", "坚持12年了",
                                   "值守18年吗"])
def test_lengths_of_time_and_decades_stay_as_typed(typed):
    assert full_years(typed, TODAY) == typed


@pytest.fixture(scope="module")
def library(library_with):
    svc, _ = library_with("years", {"qingxi.md": DOC.encode()})
    return svc


@pytest.mark.parametrize("question, figure, other", [("24年青溪冲锋舟多少艘", "12", "17"),
                                                     ("青溪25年持证队员几名", "315", "260")])
def test_a_short_year_picks_its_own_column(library, question, figure, other):
    answer = library.ask(question)
    assert not answer.abstained
    assert figure in answer.answer and other not in answer.answer
