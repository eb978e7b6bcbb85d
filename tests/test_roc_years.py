"""A year of the Republic of China's calendar (113年, 民國114年, minguo 113) is the calendar's year 1911 + n, in a
question, a passage and a document's title (roc_years.py)."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.context import Constraint, agrees, question_constraints
from reportbot.index.retrieval.doc_periods import stated_period


def _years(question: str) -> list[tuple[str, ...]]:
    return [c.forms for c in question_constraints(question, (), frozenset()) if c.kind == "year"]


def test_a_question_writing_the_republics_year_asks_the_calendars_year():
    assert _years("嘉禾支會112年植樹幾棵") == [("2023",)]
    assert _years("嘉禾支會民國112年植樹幾棵") == [("2023",)]
    assert _years("saplings planted at jiahe in minguo 112") == [("2023",)]


def test_a_length_of_time_or_a_longer_figure_is_no_republic_year():
    assert _years("嘉禾支會成立110年来植樹幾棵") == []
    assert _years("满100年的苗圃归谁养护") == []
    assert _years("会员第101年可以领什么") == []


def test_a_passage_writing_the_republics_year_agrees_with_the_calendars_year():
    text = "嘉禾支會112年度共植樹四百棵".lower()
    assert agrees((Constraint("year", ("2023",)),), text)
    assert agrees((Constraint("year", ("2023",)),), "一一二年度共植樹四百棵")
    assert not agrees((Constraint("year", ("2024",)),), text)
    assert not agrees((Constraint("year", ("2023",)),), "植樹4112年")


def test_a_title_writing_the_republics_year_bare_states_that_year():
    assert stated_period("嘉禾縣支會「112年度植樹成果」", None) == ((2023, 2023),)
    assert stated_period("嘉禾縣支會成立110年来大事記", None) == ()


OLDER = "# 嘉禾縣支會「112年度植樹成果」\n\n112年度本支會志工共植樹410棵，養護苗圃三處。\n".encode()
NEWER = "# 嘉禾縣支會「113年度植樹成果」\n\n113年度本支會志工共植樹520棵，養護苗圃四處。\n".encode()
# a mainland document of the same place writing the calendar's year: it alone agreed with 2024 before
OTHER = "# 嘉禾镇2024年绿化工作简报\n\n2024年全镇各单位共植树3000棵，新建苗圃两处。\n".encode()


@pytest.fixture(scope="module")
def roc_library(library_with):
    return library_with("roc", {"jiahe_112.md": OLDER, "jiahe_113.md": NEWER, "other.md": OTHER})


def test_a_question_in_the_calendars_year_finds_the_republic_years_document(roc_library):
    service, ids = roc_library
    out = answer_json(service.ask("嘉禾支會2024年志工植樹多少棵"))
    assert out["passages"][0]["doc"] == ids["jiahe_113.md"]


def test_a_question_in_the_republics_year_is_answered_from_that_years_document(roc_library):
    service, ids = roc_library
    out = answer_json(service.ask("嘉禾支會113年志工植樹多少棵"))
    assert out["passages"][0]["doc"] == ids["jiahe_113.md"]
    assert "520" in out["answer"]
