"""Figures of the asked measure (fourteenth round): a year written before its month is a date, not years counted,
in any calendar (114年9月15日); a Chinese question asking money over English text takes the amount, not another
figure of the row; how many more over a table row is its change column. Made-up sentences in the documents'
styles, none from the question sets."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse


def test_a_year_before_its_month_is_a_date_not_a_count_of_years():
    bridge = Bridge.build({"学期": 3.0, "星期": 2.0, "周": 1.0, "开学": 2.0})
    sentence = "本学期于113年2月19日（星期一）开学，共上课16周，至113年6月28日结束。"
    assert extract(analyse("how many weeks in the term", bridge), sentence).text.startswith("16")
    assert extract(analyse("这学期上几周课"), sentence).text.startswith("16")


def test_a_chinese_question_asking_money_over_english_takes_the_amount():
    bridge = Bridge.build({"儿童票": 3.0, "儿童": 2.0, "博物馆": 2.0},
                          to_english={"儿童": [("child", 1.0)], "博物馆": [("museum", 1.0)]})  # the row's label
    sentence = "Child (4–15) — Walk-up price: $7; Notes: Must be accompanied by an adult"
    assert extract(analyse("博物馆儿童票多少钱", bridge), sentence).text == "$7"


def test_how_many_more_over_a_table_row_is_its_change_column():
    bridge = Bridge.build({"献血": 3.0, "人次": 1.0, "无偿": 2.0})
    row = "无偿献血（人次） — 2023年：4,120；2024年：4,385；增减：+265"
    assert extract(analyse("2024 vs 2023: how many more blood donations", bridge), row).text == "+265"
    assert extract(analyse("2024年无偿献血比2023年多了多少人次"), row).text == "+265"
    assert extract(analyse("2024年无偿献血多少人次"), row).text.startswith("4,385")  # one year asked: its column
