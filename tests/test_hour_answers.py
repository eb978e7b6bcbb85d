"""A time of day answers only what a time of day can (index/answering/time_said.py ``hour_answers``): a notice that
gives a class's hours and no count of trainees does not answer "培训了多少人" with 9:00; nor "哪天开始" or "what
night of the week" with 19:00 to 21:00, nor an average response time with a clock range; its twin asking the hour
is answered. Made-up documents only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.spans import Span
from reportbot.index.answering.time_said import hour_alone, hour_answers
from reportbot.index.retrieval.query import analyse

NOTICE = """# 青山区红十字会2025年应急救护普及培训安排

## 培训时间
普及培训每周六上课，上课时间为9:00至12:00，地点在青山区红十字培训中心。

## 报名方式
请携带身份证到青山区红十字会办公室报名。
""".encode()


def _span(sentence: str, answer: str) -> Span:
    at = sentence.find(answer)
    return Span(answer, at, at + len(answer), "clause")


def test_a_time_of_day_alone():
    assert hour_alone("10:00")
    assert hour_alone("9:00 to 12:00")
    assert hour_alone("7:00 pm to 9:00 pm")
    assert hour_alone("10:00–19:00")
    assert not hour_alone("每日11:00~20:00")  # a day named with it
    assert not hour_alone("周六8:30—18:00")
    assert not hour_alone("2025年5月20日上午9:00")
    assert not hour_alone("320台")


def test_a_time_of_day_answers_an_hour_and_no_count_day_or_length():
    sentence = "普及培训每周六上课，上课时间为9:00至12:00，地点在青山区红十字培训中心。"
    hours = _span(sentence, "9:00至12:00")
    assert not hour_answers(analyse("青山区2025年普及培训了多少人"), sentence, hours)
    assert not hour_answers(analyse("青山区普及培训从哪天开始"), sentence, hours)
    assert not hour_answers(analyse("青山区普及培训是幾號"), sentence, hours)
    assert not hour_answers(analyse("which evening of the week is the qingshan training"), sentence, hours)
    assert not hour_answers(analyse("qingshan ambulance average response time"), sentence, hours)
    assert not hour_answers(analyse("青山区普及培训要上多久"), sentence, hours)
    assert hour_answers(analyse("青山区普及培训几点上课"), sentence, hours)
    assert hour_answers(analyse("what time does the qingshan training start"), sentence, hours)
    assert hour_answers(analyse("青山区普及培训什么时候上课"), sentence, hours)
    assert hour_answers(analyse("qingshan training hours"), sentence, hours)
    assert hour_answers(analyse("how many hours is the qingshan training"), sentence, hours)  # a count of hours
    assert hour_answers(analyse("青山区地铁几号线能到"), sentence, hours)  # a line's number, no day


def test_a_time_of_day_answers_no_part_of_a_day_asked_and_no_average():
    """Any of a day's parts asked by which (the day it falls on), any average (an amount, whatever it averages);
    a typical time is no average and may be a clock time."""
    sentence = "普及培训每周六上课，上课时间为9:00至12:00，地点在青山区红十字培训中心。"
    hours = _span(sentence, "9:00至12:00")
    assert not hour_answers(analyse("which morning is the qingshan training"), sentence, hours)
    assert not hour_answers(analyse("what afternoons does the qingshan training run"), sentence, hours)
    assert not hour_answers(analyse("average age of the qingshan trainees"), sentence, hours)
    assert not hour_answers(analyse("qingshan training avg class size"), sentence, hours)
    assert not hour_answers(analyse("青山区普及培训学员平均年龄多少"), sentence, hours)
    assert hour_answers(analyse("what is the typical start time of the qingshan training"), sentence, hours)


@pytest.fixture(scope="module")
def qingshan(library_with):
    service, _ = library_with("hour-answers", {"qingshan_training.md": NOTICE})
    return service


def test_a_count_the_notice_does_not_give_is_refused_and_the_hour_answered(qingshan):
    near = answer_json(qingshan.ask("青山区2025年应急救护普及培训一共培训了多少人"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(qingshan.ask("青山区应急救护普及培训几点上课"))
    assert not twin["abstained"] and "9:00" in twin["answer"]
