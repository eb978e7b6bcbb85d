"""A question on the whole year (全年) is not answered by a figure of the months so far
(index/answering/part_year.py). Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.part_year import names_part_of_year, whole_year_kept
from reportbot.index.answering.spans import Span

STATION = """澄江区采血站工作通报

一、采血情况
采血站1—10月采集全血4,120袋，比上年同期多310袋。
""".encode()


@pytest.fixture(scope="module")
def notice(library_with):
    return library_with("partyear", {"chengjiang_blood.txt": STATION})


def test_a_whole_year_asked_of_the_months_so_far_is_refused(notice):
    service, _ = notice
    out = answer_json(service.ask("澄江区采血站全年采集全血多少袋"))
    assert out["abstained"], out["answer"]


def test_the_months_asked_are_answered(notice):
    service, _ = notice
    out = answer_json(service.ask("澄江区采血站1—10月采集全血多少袋"))
    assert not out["abstained"] and "4,120" in out["answer"], out["answer"]


def test_the_parts_of_a_year():
    assert names_part_of_year("1—10月") and names_part_of_year("2031年1月至9月") and names_part_of_year("首8个月")
    assert names_part_of_year("上半年工作情况") and names_part_of_year("一至十月")
    assert not names_part_of_year("1—12月") and not names_part_of_year("3月12日")
    sentence = "采血站1—10月采集全血4,120袋。"
    span = Span("4,120袋", sentence.index("4,120"), sentence.index("4,120") + 6, "figure")
    assert not whole_year_kept("全年采集全血多少袋", sentence, span, "")
    assert whole_year_kept("采集全血多少袋", sentence, span, "")  # no whole year asked
    whole = "全年采集全血4,870袋。"
    span = Span("4,870袋", whole.index("4,870"), whole.index("4,870") + 6, "figure")
    assert whole_year_kept("全年采集全血多少袋", whole, span, "采血站上半年工作情况")
