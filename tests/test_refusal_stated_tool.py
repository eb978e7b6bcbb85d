"""tools/refusal_stated.py: the candidates of a made-up row from its materials (the evidence sentence and its span)."""
from __future__ import annotations

from dataclasses import asdict

from reportbot.index.retrieval.query import analyse

from tests.tools_module import load_tool

AUGUST = "In August the pantry served 412 households, up from 356 in July."


def _row(question: str, sentence: str, answer: str, passage: str = "") -> dict:
    start = sentence.index(answer)
    return {"said": {"sentence": sentence, "span": [answer, start, start + len(answer), "figure"],
                     "passage": passage or sentence, "context": "", "query": asdict(analyse(question))}}


def test_a_month_stated_otherwise_is_a_zero_and_the_asked_month_is_not():
    tool = load_tool("refusal_stated")
    june = tool.measured(_row("how many households did maple street serve in june", AUGUST, "412"))
    assert june["st_month"] == june["st_all"] == june["st_all_flow"] == 0.0
    august = tool.measured(_row("how many households did maple street serve in august", AUGUST, "412"))
    assert august["st_all_flow"] == 1.0


def test_a_total_asked_of_an_added_figure():
    tool = load_tool("refusal_stated")
    added = "新增遗体（器官）捐献志愿登记2.18万人，实现遗体捐献63例。"
    assert tool.measured(_row("遗体器官捐献志愿登记累计多少人", added, "2.18万人"))["st_flow"] == 0.0
    assert tool.measured(_row("遗体器官捐献志愿登记新增多少人", added, "2.18万人"))["st_flow"] == 1.0


def test_a_row_without_materials_weighs_nothing():
    assert set(load_tool("refusal_stated").measured({"said": None}).values()) == {1.0}
