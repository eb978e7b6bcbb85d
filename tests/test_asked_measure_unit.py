"""A Chinese count question naming its measure after the question word (多少课时, 几公里, 多少公斤) asks a figure in
that measure, one of the unit tables' units (``unit_dimensions``): the items' figures in brackets answer it, not the
count of the items after them."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.units import question_unit
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    span = extract(analyse(question), sentence)
    return span.text if span else ""


def test_a_measure_from_the_unit_tables_is_the_unit_asked():
    assert question_unit(analyse("入门班安排了多少课时")) == "课时"
    assert question_unit(analyse("越野赛跑几公里")) == "公里"
    assert question_unit(analyse("救援绳每卷多少公斤")) == "公斤"


def test_the_bracketed_figure_in_the_asked_measure_answers_not_the_count_of_kinds():
    sentence = "课程设为入门班（6课时）、进阶班（20课时）和导师班（48课时）三档，均由市红十字培训站承办。"
    assert ask("进阶班设了多少课时", sentence) == "20课时"


def test_the_distance_asked_not_the_count_of_stations():
    sentence = "沿线设补给站5个，全程长12公里，志愿者每隔2公里值守。"
    assert ask("全程几公里", sentence) == "12公里"
