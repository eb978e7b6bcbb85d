"""The measure asked against the measure the answer's figure gives (index/answering/measure_class.py): money, a
duration or a share asked and a count of things given is no answer, nor a count of things asked and money given;
the twin that asks what the sentence counts is answered. Made-up documents and questions only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.answer_checks import counts_asked
from reportbot.index.answering.measure_class import answered_class, asked_class, money_noun
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse

FLOOD = "The Alder Brook flood of June 2024 damaged 212 homes and closed two bridges for a week."
WORKS = "2024年，青岭镇完成危房改造36户，下拨维修经费128万元，受益群众占全镇人口的12%。"
REPORT = f"""# Alder Brook Flood Recovery Report

## What happened
{FLOOD}

## Volunteers
Some 140 volunteers cleared debris over 9 days.
""".encode()


def _asked(question: str, sentence: str, answer: str) -> bool:
    start = sentence.index(answer)
    span = Span(answer, start, start + len(answer), "figure")
    return counts_asked(analyse(question), sentence, span, lambda: "", lambda s: True, lambda w: True)


def test_the_measure_asked_and_the_measure_given_are_read():
    assert all(map(money_noun, ("经费", "预算", "成本"))) and not money_noun("首都")  # funds, budget, cost; no city
    assert asked_class(analyse("how many dollars of damage did the alder brook flood cause")) == "money"
    assert asked_class(analyse("青岭镇维修经费一共多少")) == "money"
    assert asked_class(analyse("青岭镇改造了多少户危房")) == "count"
    assert asked_class(analyse("how many homes were damaged")) == "count"
    assert asked_class(analyse("审核要几个工作日")) == "time"
    assert answered_class("212 homes") == "count" and answered_class("36户") == "count"
    assert answered_class("128万元") == "money" and answered_class("5,000 pounds") == "money"
    assert answered_class("7个工作日") is None  # a duration after 个, no count of things
    assert answered_class("120 compressions per minute") is None  # a rate, no count


def test_an_amount_asked_is_not_answered_by_a_count_of_things():
    assert not _asked("how many dollars of damage did the alder brook flood cause", FLOOD, "212")
    assert not _asked("青岭镇维修经费一共多少", WORKS, "36户")
    assert not _asked("what percentage of homes were damaged", FLOOD, "212 homes")
    assert not _asked("青岭镇改造了多少户危房", WORKS, "128万元")  # a count of households answered with money
    fines = "占用消防通道 — 罚款（元）：200；扣分：6；其他处理：立即拖移"
    assert not _asked("消防通道一共几个", fines, "200")  # a count answered by a value its label gives in 元
    # the twins: what the sentence counts, and the money it gives
    assert _asked("how many homes were damaged by the alder brook flood", FLOOD, "212")
    assert _asked("青岭镇维修经费一共多少", WORKS, "128万元")
    assert _asked("青岭镇改造了多少户危房", WORKS, "36户")
    assert _asked("why did the flood close two bridges", FLOOD, "212 homes")  # no figure asked


@pytest.fixture(scope="module")
def flood(library_with):
    service, _ = library_with("measure-class", {"alder_brook_flood.md": REPORT})
    return service


def test_a_money_question_over_a_count_of_homes_is_refused_and_its_twin_answered(flood):
    near = answer_json(flood.ask("how many dollars of damage did the alder brook flood cause"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(flood.ask("how many homes did the alder brook flood damage"))
    assert not twin["abstained"] and "212" in twin["answer"]


def test_a_count_in_a_table_cell_is_read_in_its_cell_not_the_next():
    # the next cell holds a year (2023年新增, 2023/24年度): no duration given for the count asked
    wheelchairs = "轮椅租借点 — 轮椅（辆）：45；2023年新增（辆）：12；备注：周末开放"
    assert _asked("轮椅租借点有多少辆轮椅", wheelchairs, "45")
    meals = "爱心餐派发（份） — 2022/23年度：3,600；2023/24年度：4,100"
    assert _asked("22/23年度派了多少份爱心餐", meals, "3,600")
    # a duration in the figure's own cell still counts against a count asked
    assert not _asked("轮椅租借点有多少辆轮椅", "轮椅租借点 — 开放时长：45天；2023年新增（辆）：12", "45")
