"""Short English questions with no question word still ask a kind of thing (index/answering/shape.py,
index/answering/kind_asked.py): "cost of the X" asks money, which a year after "since" is not (Harbour Ambulance
has taught first aid since 1923 gives no price), and "the X treasurer name" asks the treasurer, whom an address
does not name. The gates' own checks, over made-up sentences (each False refuses the answer)."""
from __future__ import annotations

from reportbot.index.answering.kind_asked import person_given
from reportbot.index.answering.shape import shape_agrees
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse


def _span(sentence: str, answer: str | None = None) -> Span:
    answer = answer or sentence
    at = sentence.find(answer)
    return Span(answer, at, at + len(answer), "clause")


def test_a_year_after_since_is_no_price():
    cost = analyse("cost of the riverbend refresher course")
    since = "Harbour Ambulance has taught first aid to the people of Riverbend since 1923"
    assert shape_agrees(cost, _span(since)) == 0.0
    assert shape_agrees(cost, _span("The refresher course costs 85 dollars")) == 1.0
    assert shape_agrees(cost, _span("a course fee of 1950")) == 1.0  # a figure after "of" may be the price


def test_a_role_then_name_asks_the_holder():
    # an English question over a Chinese newsletter: the extraction took the society's address
    sentence = "河湾港救护协会会址：河湾市磨坊巷12号恒安大厦3楼。"
    address = _span(sentence, "河湾市磨坊巷12号恒安大厦3楼")
    treasurer = analyse("riverbend harbour ambulance society treasurer name")
    assert not person_given(treasurer, sentence, address)
    holder = "协会司库李安澜向理事会报告了年度账目。"
    assert person_given(treasurer, holder, _span(holder, "李安澜"))
    assert person_given(analyse("riverbend harbour ambulance society venue name"), sentence, address)  # no one
