"""A figure a Chinese question writes as a date (a month, a span of months, a year) says when, not what: a count in
the sentence that happens to be the same number still answers.

Sentences are made up in the style of the library's progress notices.
"""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.figure_marks import not_stated
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_a_count_equal_to_the_months_asked_answers():
    s = "遗体捐献登记志愿者新增1,120人，实现遗体捐献9例，其中湘北区捐献2例。"
    assert ask("24年1到9月份实现的捐献是几例", s) == "9例"


def test_a_count_equal_to_the_day_asked_answers():
    s = "3月12日共组织植树志愿者12名，栽种树苗300株。"
    assert ask("3月12日植树志愿者几名", s) == "12名"


def test_a_figure_the_question_states_as_a_count_still_is_no_answer():
    # a guard: the question's own count (3公里) is what it asks about; the other figure answers
    s = "体能测试要求3公里跑进15分钟。"
    assert ask("体能测试跑3公里要多久", s) == "15分钟"


def test_a_month_asked_is_stated_for_a_figure_in_months():
    # a guard: the same number with the date's own unit is the question's date, not its answer
    assert not_stated("10月开展培训几场", ["10", "6"], ["月", "场"]) == [False, True]
    assert not_stated("1到10月开展培训几场", ["10", "6"], ["场", "场"]) == [True, True]
