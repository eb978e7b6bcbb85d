"""A question on what was done (巡护培训一年下来办成几万人次) is not answered by a plan's or a target's figure
(index/answering/plan_asked.py). Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.plan_asked import asks_done, plan_kept, planned, plans_period
from reportbot.index.answering.spans import Span

REPORT = """临江县护林协会2030年工作报告

一、2030年工作回顾
全年开展森林防火巡护培训5.2万人次，培训持证巡护员3,460人，完成年度目标的108%。

二、存在的问题
山区巡护站间距偏大，部分乡镇巡护员年龄偏大。

三、2031年工作安排
1.开展森林防火巡护培训6.4万人次，新建瞭望塔18座。
2.筹备县护林协会第五次会员代表大会。
""".encode()

PROGRESS = """临江县护林协会2031年1—10月工作进展

一、巡护培训
1—10月开展森林防火巡护培训4.9万人次，完成全年7.5万人次目标的65.3%。
""".encode()


@pytest.fixture(scope="module")
def reports(library_with):
    return library_with("planasked", {"linjiang_forest_2030_report.txt": REPORT,
                                      "linjiang_forest_2031_progress.txt": PROGRESS})


def test_the_whole_year_done_asked_of_a_plan_is_refused(reports):
    service, _ = reports
    out = answer_json(service.ask("临江县2031年全年新建瞭望塔多少座"))
    assert out["abstained"], out["answer"]


def test_the_whole_year_done_asked_of_a_target_is_refused(reports):
    service, _ = reports
    out = answer_json(service.ask("临江县森林防火巡护培训在2031年全年的最终完成数是多少人次"))
    assert out["abstained"], out["answer"]


def test_the_plan_asked_is_answered(reports):
    service, _ = reports
    out = answer_json(service.ask("临江县2031年计划开展多少人次森林防火巡护培训"))
    assert not out["abstained"] and "6.4" in out["answer"], out["answer"]


def test_the_year_done_asked_of_a_review_is_answered(reports):
    service, _ = reports
    out = answer_json(service.ask("临江县2030年培养持证巡护员几人"))
    assert not out["abstained"] and "3,460" in out["answer"], out["answer"]


def _span(sentence: str, text: str) -> Span:
    return Span(text, sentence.index(text), sentence.index(text) + len(text), "figure")


def test_a_figure_planned_or_done():
    target = "1—10月开展巡护培训4.9万人次，完成年度目标（7.5万人次）的65.3%；"
    assert planned(target, _span(target, "7.5万人次")) and not planned(target, _span(target, "65.3%"))
    assert not planned(target, _span(target, "4.9万人次"))
    row = "巡护培训（万人次） — 2031年目标：7.5；2031年完成：7.9"
    assert planned(row, _span(row, "7.5")) and not planned(row, _span(row, "7.9"))
    funds = "2031年县协会安排巡护经费12.5万元"  # 安排 a verb: funds allotted, not a plan's figure
    assert not planned(funds, _span(funds, "12.5万元"))
    item = "1.新建瞭望塔18座。"
    assert planned(item, _span(item, "18座"), "三、2031年工作安排")
    assert not planned(item, _span(item, "18座"), "三、培训安排")


def test_the_marks_of_a_plan_or_done():
    assert asks_done("巡护培训一年下来办成几万人次") and asks_done("新建瞭望塔几座")
    assert not asks_done("计划新建几座瞭望塔") and not asks_done("来年要建成几座塔") and not asks_done("年度目标多少")
    assert not asks_done("巡护经费预算多少") and not asks_done("大会什么时候开")
    assert not asks_done("2031年力争新建几座瞭望塔") and not asks_done("预期巡护培训人次为多少")  # a target striven for
    assert plans_period("三、2031年工作安排") and plans_period("第四章 总结 › 下半年打算")
    assert not plans_period("三、时间安排") and not plans_period("（二）利润分配方案")
    assert not plan_kept("全年新建瞭望塔多少座", "1.新建瞭望塔18座。", _span("1.新建瞭望塔18座。", "18座"),
                         "三、2031年工作安排")
    met = "瞭望塔 — 年度目标：18座；实际完成：18座"  # the target met: the figure done is the same
    assert plan_kept("瞭望塔建成几座", met, _span(met, "18座"))
    day = "一是2031.08.19在县城举办巡护技能竞赛。"
    assert plan_kept("巡护技能比武在几号举行", day, _span(day, "2031.08.19"), "七、下半年安排")
