"""A question on how much a figure changed (较前年增加了多少名) is not answered by the figure's level
(index/answering/change_asked.py). Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.change_asked import asks_change, change_kept, marks_change
from reportbot.index.answering.spans import Span

BRIEF = """临江县护林协会年度简报

一、会员情况
全县发展护林会员4,380名，巡护志愿者达到612名。

二、经费情况
协会全年经费收入86.5万元，较上年增长12.4%；支出71.2万元。
""".encode()


@pytest.fixture(scope="module")
def brief(library_with):
    return library_with("changeasked", {"linjiang_forest_brief.txt": BRIEF})


def test_a_change_asked_of_a_level_is_refused(brief):
    service, _ = brief
    out = answer_json(service.ask("临江县护林会员较前年增加了多少名"))
    assert out["abstained"], out["answer"]


def test_the_level_asked_is_answered(brief):
    service, _ = brief
    out = answer_json(service.ask("临江县共有几名护林会员"))
    assert not out["abstained"] and "4,380" in out["answer"], out["answer"]


def test_a_change_asked_of_a_change_is_answered(brief):
    service, _ = brief
    out = answer_json(service.ask("临江县护林协会经费收入同比上升多少"))
    assert not out["abstained"] and "12.4%" in out["answer"], out["answer"]


def _span(sentence: str, text: str) -> Span:
    return Span(text, sentence.index(text), sentence.index(text) + len(text), "figure")


def test_the_marks_of_a_change():
    assert asks_change("会员较前年增加了多少名") and asks_change("收入同比上升多少")
    assert asks_change("采浆量比前年多多少升")
    assert not asks_change("巡护站增加到几个了") and not asks_change("护林会员共几名")
    assert not asks_change("巡护员里女性占比几成") and not asks_change("本年度新添除颤仪几台")
    assert not asks_change("护林员培训要上几小时") and not asks_change("护林员队伍增加了几人")  # no comparison
    assert not asks_change("初训跟复训合计几小时")
    assert marks_change("较上年增长12.4%") and marks_change("同比：+3.1%") and marks_change("比上年减少40人")
    assert not marks_change("全县发展护林会员4,380名") and not marks_change("2030年完成：7.6")
    level = "全县发展护林会员4,380名，巡护志愿者达到612名。"
    assert not change_kept("会员较前年增加了多少名", level, _span(level, "4,380名"))
    assert change_kept("护林会员共几名", level, _span(level, "4,380名"))
    grown = "协会全年经费收入86.5万元，较上年增长12.4%；支出71.2万元。"
    assert change_kept("经费收入同比上升多少", grown, _span(grown, "12.4%"))
    row = "采浆（万升） — 2031年完成：8.2；2030年完成：7.6；同比：+7.9%"
    assert not change_kept("采浆量较2030年多多少", row, _span(row, "7.6"))
    assert change_kept("采浆量较2030年多多少", row, _span(row, "+7.9%"))
