"""A figure a Chinese report sets as next year's plan does not answer an English question of what was done
(index/answering/planned.py); it answers one that asks the plan. Made-up sentences in the reports' style
(none of the question sets' words or documents)."""
from __future__ import annotations

from reportbot.index.answering.answer_checks import counts_asked
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse

PLAN = "2027年，临江市红十字会力争全年开展应急救护普及培训6.5万人次，新增配置AED 150台。"
BUSINESS = "2027年，公司计划实现营业收入18亿元，研发投入不低于1.1亿元。"
PROGRAMME = "实施“邻里守望”社区急救站建设计划，推动全市37个社区建成急救站。"


def _given(question: str, sentence: str, figure: str) -> bool:
    at = sentence.index(figure)
    span = Span(figure, at, at + len(figure), "clause")
    return counts_asked(analyse(question), sentence, span, lambda: "", lambda s: False, lambda w: True)


def test_a_planned_figure_does_not_answer_what_was_done():
    assert not _given("in 2027, what number of residents finished linjiang's first aid courses", PLAN, "6.5万人次")
    assert not _given("linjiang AED units put in place during 2027, in all", PLAN, "150台")
    assert not _given("what was the company's research spending in 2027", BUSINESS, "1.1亿元")  # the plan runs on


def test_a_plan_asked_is_answered_by_the_plan():
    assert _given("what is linjiang's training target for 2027", PLAN, "6.5万人次")
    assert _given("AED units linjiang will put in place during 2027", PLAN, "150台")
    assert _given("2027年临江计划培训多少人次", PLAN, "6.5万人次")
    assert _given("临江2027年的救护培训会有几多人次", PLAN, "6.5万人次")  # Chinese asks the future its own way


def test_a_programme_named_a_plan_gives_what_it_did():
    assert _given("number of neighbourhoods that opened a first aid post under the scheme", PROGRAMME, "37个")
