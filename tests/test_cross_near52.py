"""The answer that is a sentence's whole first clause (a date heading the sentence, a name before its role in a
``- Name, Role`` line) scopes over the sentence: the question's words in the clauses after it are its own (``near``
is 1), in either language. An answer inside a later clause is still weighed against the clauses before it. Made-up
questions over made-up sentences in the documents' style (none of the question sets' words or documents)."""
from __future__ import annotations

from reportbot.index.answering.near import answer_near
from reportbot.index.answering.signals import _held_by
from reportbot.index.retrieval.query import analyse


def _near(question: str, sentence: str, answer: str) -> float:
    at = sentence.index(answer)
    return answer_near(sentence, at, at + len(answer), _held_by(analyse(question), sentence))


def test_a_name_before_its_role_answers_who_holds_the_role():
    line = "- Priya Nandakumar, Treasurer of the Harbour Rowing Unit"
    assert _near("who is treasurer of the harbour rowing unit", line, "Priya Nandakumar") == 1.0


def test_a_date_heading_the_sentence_answers_when_it_happened():
    sentence = "2022年5月，河湾区红十字会组建水上救援队"
    assert _near("河湾区红十字会水上救援队是什么时候组建的", sentence, "2022年5月") == 1.0


def test_a_figure_in_a_later_clause_is_still_weighed_against_the_clauses_before_it():
    sentence = "全年开展培训3000人次，组建水上救援队3支，新增急救站12个"
    assert _near("河湾区组建水上救援队多少支", sentence, "12个") < 1.0
