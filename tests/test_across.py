"""A Chinese question answered with a clause of English text (made-up sentences in the documents' style, none of the
question sets' words)."""
from __future__ import annotations

from reportbot.index.answering.across import clause_across
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse

STEP = "Press the reset button if the alarm sounds, then wait for the display to clear."


def _across(question: str, sentence: str, answer: str, source: str = "clause") -> float:
    at = sentence.find(answer)
    return clause_across(analyse(question), sentence, Span(answer, at, at + len(answer), source))


def test_an_english_clause_does_not_answer_a_chinese_how_question():
    assert _across("手册里书架倒了怎么处理", STEP, "Press the reset button if the alarm sounds") == 0.0


def test_an_english_clause_answers_a_chinese_whether_question():
    assert _across("警报响了能按复位键吗", STEP, "Press the reset button if the alarm sounds") == 1.0


def test_typed_answers_and_chinese_clauses_are_not_weighed():
    assert _across("警报响后要等多久", "Wait 30 seconds after the alarm.", "30 seconds", "figure") == 1.0
    sentence = "书架倒塌时，先疏散读者，再联系物业"
    assert _across("书架倒了怎么处理", sentence, "先疏散读者，再联系物业") == 1.0
