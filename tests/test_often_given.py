"""A how-often question answered with a deadline or a length (seconds, minutes or hours that recur nothing) is
refused (index/answering/often_given.py); an interval with every / 每 / 一次, or a longer stretch, still answers.
Made-up sentences only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.often_given import interval_given
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse


def _given(question: str, sentence: str, answer: str) -> bool:
    at = sentence.find(answer)
    return interval_given(analyse(question), sentence, Span(answer, at, at + len(answer), "figure"))


def test_a_deadline_or_a_length_is_no_interval():
    assert not _given("灭火器多久要换一次", "灭火器压力不足的，管理单位应当在48小时内报告并更换。", "48小时")
    assert not _given("how often should the oxygen mask be changed", "Never leave the mask off for more than 30 "
                      "seconds.", "more than 30 seconds")
    # Cantonese 幾耐…一次 asks how often too
    assert not _given("滅火器幾耐要換一次", "灭火器压力不足的，管理单位应当在48小时内报告并更换。", "48小时")


def test_an_interval_or_a_longer_stretch_still_answers():
    assert _given("灭火器多久检查一次", "灭火器每隔12小时巡查一次。", "12小时")
    assert _given("how often should the mask be checked", "Check the mask every 30 minutes.", "every 30 minutes")
    assert _given("how often can i give plasma", "Wait at least 4 weeks between plasma donations.", "at least 4 weeks")
    # a question that asks no frequency is not weighed
    assert _given("how many hours does the course take", "The course takes 6 hours.", "6 hours")


MANUAL = b"""# Greenvale Fire Safety Handbook

## Extinguishers
Extinguishers are inspected every month by the building warden.
If an extinguisher loses pressure, the warden must report it within 48 hours and replace it.
"""


@pytest.fixture(scope="module")
def handbook(library_with):
    service, _ = library_with("often-given", {"greenvale_fire_handbook.md": MANUAL})
    return service


def test_a_how_often_answered_by_a_deadline_is_refused_and_its_twin_answered(handbook):
    near = answer_json(handbook.ask("how often are the Greenvale extinguishers replaced"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(handbook.ask("how often are the Greenvale extinguishers inspected"))
    assert not twin["abstained"] and "month" in twin["answer"]
