"""Short answers read across a document's layout and language: made-up sentences."""
from __future__ import annotations

import dataclasses

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def _bridged(question: str, groups: list[dict[str, float]]):
    """A Chinese question whose words reach English text, as the index's bridge gives them."""
    return dataclasses.replace(analyse(question), groups=tuple(groups))


def test_chinese_who_over_english_takes_the_name_that_holds_the_role():
    q = _bridged("Lakeside志愿者服务经理是谁", [{"lakesid": 1.0}, {"志愿者": 1.0, "volunteer": 0.7},
                                                {"服务": 1.0, "services": 0.7}, {"经理": 1.0, "manager": 0.7}])
    s = "Volunteer Services Manager: Helen Brooks, Lakeside Red Cross Chapter, 12 Mill Road."
    assert extract(q, s).text == "Helen Brooks"  # not a word after Lakeside, the Chinese slot's neighbour
    q = _bridged("Westfield理事会主席是谁",
                 [{"westfield": 1.0}, {"理事会": 1.0, "board": 0.7}, {"主席": 1.0, "chair": 0.7}])
    assert extract(q, "The Board of Governors is chaired by Helen Brooks.").text == "Helen Brooks"


def test_english_who_takes_the_agent_after_by_not_the_passive_subject():
    s = "The Audit Committee is chaired by Linda Chan, with Paul Ng as secretary."
    assert extract(analyse("who chairs the audit committee"), s).text == "Linda Chan"
    s = "Harbourside & Sons was hired by the Trust as surveyor."
    assert extract(analyse("which firm was hired"), s).text == "Harbourside & Sons"


def test_an_english_line_that_is_one_field_answers_with_its_value_when_the_question_restates_its_label():
    s = "Member satisfaction rate after six months: 91 percent."
    assert extract(analyse("member satisfaction after half a year"), s).text == "91 percent"
    s = "Note: bring your ID card and a pen."
    assert extract(analyse("what do I need to bring"), s).source != "cell"  # the question word is in the value


def test_an_english_question_asking_a_measure_over_chinese_takes_the_figure():
    q = _bridged("how heavy must a blood donor be", [{"heavy": 1.0, "体重": 0.7}, {"blood": 1.0, "血": 0.7},
                                                      {"donor": 1.0, "献血者": 0.7}])
    s = "答：献血者体重须达到50公斤；体重不足的献血者可改献血小板。"
    span = extract(q, s)
    assert span.source == "figure" and span.text.endswith("50公斤")  # the figure, not the clause


def test_a_figure_the_question_guesses_can_be_its_answer():
    s = "17座充电桩在园区投入使用，日均充电300余次，故障率2%。"
    assert extract(analyse("充电桩投入使用的有几座 是17座吗"), s).text.startswith("17座")


def test_an_english_year_after_its_month_is_no_count():
    s = "In March 2023 a flood forced the closure of 12 school sites and cost about 400 hours of teaching."
    assert extract(analyse("how many sites were closed because of the March flood"), s).text.startswith("12")


def test_an_english_question_that_asks_in_chinese_words_takes_their_kind():
    assert analyse("youth teams with a branch 现在有多少个").kind == "count"
    assert analyse("member count of the youth teams 是谁负责").kind == "who"
