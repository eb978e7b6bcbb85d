"""A colon that is no field's: inside a figure (a clock time, a ratio), or after a label that is itself a figure with
its unit (a total before its breakdown, a time before the step it times). Made-up lines in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.label_value import label_value
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse


def _span(line: str, text: str) -> Span:
    at = line.index(text)
    return Span(text, at, at + len(text), "clause")


def test_a_clock_time_cut_at_its_colon_is_taken_whole():
    line = "每周日下午3:30在南湖服务站集合出发"
    got = label_value(analyse("志愿队从哪个服务站出发"), line, _span(line, "每周日下午3"))
    assert got.text == "每周日下午3:30"


def test_a_ratio_cut_at_its_colon_is_taken_whole():
    line = "Crew ratio 12:1 on every night patrol"
    got = label_value(analyse("what crew ratio do night patrols keep"), line, _span(line, "Crew ratio 12"))
    assert got.text == "Crew ratio 12:1"


def test_a_total_before_its_breakdown_keeps_the_total():
    line = "The depot handled 6,310 parcels: 4,205 food boxes, 2,105 hygiene kits"
    span = _span(line, "6,310 parcels")
    assert label_value(analyse("parcels handled by the depot last winter"), line, span) is span


def test_a_time_before_the_step_it_times_keeps_the_time():
    line = "Ten days before: email the volunteer rota to every shift lead."
    span = _span(line, "Ten days before")
    assert label_value(analyse("when is the volunteer rota emailed"), line, span) is span


def test_a_chinese_time_before_its_step_keeps_the_time():
    line = "两周前：向街道办提交场地申请表"
    span = _span(line, "两周前")
    assert label_value(analyse("场地申请表要提前多久交"), line, span) is span


def test_a_figure_the_question_says_gives_the_value_after_it():
    line = "Ten days before: email the volunteer rota to every shift lead."
    got = label_value(analyse("what happens ten days before the drive"), line, _span(line, "Ten days before"))
    assert got.text == "email the volunteer rota to every shift lead."
