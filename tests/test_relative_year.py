"""A question's relative year (今年, 明年, this year) is read as the year it names in the evidence's document
(index/answering/relative_year.py). Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.relative_year import own_year, relative_years, with_own_year

CLUB = b"""# Kestrel Rowers Yearbook 2031-32

Presented to the members, 9 June 2032.

## Membership

<table>
<tr><th>Category</th><th>2031-32</th><th>2030-31</th></tr>
<tr><td>Junior squad (U12-U16)</td><td>86</td><td>71</td></tr>
<tr><td>Masters crews</td><td>14</td><td>12</td></tr>
<tr><td>Total</td><td>100</td><td>83</td></tr>
</table>
"""

UPDATE = """# 松岭县红会2031年上半年工作小结

## 上半年指标一览

| 指标 | 2030年全年 | 2031年上半年 | 2031年目标 | 完成率（%） |
| --- | --- | --- | --- | --- |
| 急救科普（万人次） | 12.4 | 6.8 | 13.5 | 50.4 |
| 其中：校园培训（万人次） | 3.1 | 1.7 | 3.2 | 53.1 |
| 持证救护员（人） | 4100 | 2050 | 4300 | 47.7 |

松岭县红会
2031年7月8日
""".encode()

ROC = """# 青峰鄉支會120年度防災成果報告

## 壹、120年度執行成果

本年度共輔導防災社區九個，辦理演練十四場。

## 貳、121年度工作重點

一、新增避難演練點五處，沿溪村落優先。

發布日期：民國120年11月20日
""".encode()


@pytest.fixture(scope="module")
def documents(library_with):
    return library_with("relyear", {"kestrel.md": CLUB, "songling.md": UPDATE, "qingfeng.md": ROC})


def test_this_year_in_a_row_of_two_years_is_the_reports_own_year(documents):
    service, _ = documents
    out = answer_json(service.ask("kestrel junior squad size this year"))
    assert not out["abstained"] and "86" in out["answer"], out["answer"]


def test_this_years_half_asked_of_a_row_with_last_years_total(documents):
    service, _ = documents
    out = answer_json(service.ask("松岭急救科普今年上半年共几万人次"))
    assert not out["abstained"] and "6.8" in out["answer"], out["answer"]


def test_relative_years_are_read_by_their_sense():
    assert [o for _, _, o in relative_years("松岭今年上半年夜校开班几期")] == [0]
    assert [o for _, _, o in relative_years("明年拟扩建几处")] == [1]
    assert [o for _, _, o in relative_years("members next year at kestrel")] == [1]
    assert relative_years("去年开班几期") == []  # last year: the date's reading (last_year.py)
    assert relative_years("2031年今年开班几期") == [] and relative_years("31年开班几期") == []  # a year named


def test_a_documents_own_year_in_its_calendar():
    assert own_year(((2031, 2032),), "Kestrel Rowers Yearbook 2031-32", None) == (2031, 2032, False)
    assert own_year(((2031, 2031),), "松岭县红会2031年上半年工作小结", "2031年7月8日") == (2031, 2031, False)
    assert own_year(((2031, 2031),), "青峰鄉支會120年度防災成果報告", "2031年11月20日") == (2031, 2031, True)
    assert own_year((), "某会记者会实录", "民国120年9月1日") == (2031, 2031, True)
    assert own_year(((2026, 2031),), "松岭县红十字会2026—2031年综述", None) is None
    assert own_year((), "青峰鄉支會防災手冊", None) is None


def test_the_question_written_with_the_documents_year():
    assert with_own_year("松岭今年上半年夜校开班几期", (2031, 2031, False)) == "松岭2031年上半年夜校开班几期"
    assert with_own_year("junior rowers this year", (2031, 2032, False)) == "junior rowers 2031-32"
    assert with_own_year("青峰支會明年擴建幾處", (2031, 2031, True)) == "青峰支會121年擴建幾處"
    assert with_own_year("青峰支會去年擴建幾處", (2031, 2031, True)) is None
    assert with_own_year("松岭今年开班几期", None) is None
