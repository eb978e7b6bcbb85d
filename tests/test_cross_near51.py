"""English questions over Chinese sentences: the share of the question the answer's clause holds (``near``) counts
a Chinese word of two characters or more, as a Chinese question's does, and an English count of people by what
happened to them reads an irregular past verb as the regular one. Made-up questions over made-up sentences in the
documents' style (none of the question sets' words or documents)."""
from __future__ import annotations

from dataclasses import replace

from reportbot.index.answering.near import answer_near
from reportbot.index.answering.signals import _held_by, groups_held
from reportbot.index.answering.spans import Span
from reportbot.index.answering.typed import typed_ok
from reportbot.index.retrieval.query import analyse

# a lone character a word is bridged to (overall -> 共) stands inside another word of another clause (公共)
SENTENCE = "围绕全民健身，全区在公园、车站等公共场所新增配置净水器300台，累计配置达2100台"
GROUPS = [{"riverbend": 1.0}, {"overall": 1.0}, {"purifier": 1.0}, {"合计": 0.45, "总数": 0.45, "共": 0.16, "总": 0.16}]


def _question():
    return replace(analyse("riverbend overall purifiers"), groups=GROUPS)


def test_a_lone_bridged_character_inside_another_word_is_no_word_held():
    q = _question()
    assert groups_held(q, "在公园、车站等公共场所") > 0  # what the alignment signal still reads
    assert _held_by(q, SENTENCE)("在公园、车站等公共场所") == 0.0


def test_the_total_is_near_when_no_other_clause_says_the_question():
    q = _question()
    at = SENTENCE.index("2100台")
    assert answer_near(SENTENCE, at, at + 5, _held_by(q, SENTENCE)) == 1.0


def _typed(question: str, answer: str) -> float:
    sentence = f"全年开展培训{answer}，发放手册5000册"
    at = sentence.index(answer)
    return typed_ok(analyse(question), Span(answer, at, at + len(answer), "figure"), sentence=sentence)


def test_people_who_got_something_are_counted_in_person_times():
    assert _typed("how many people went to water safety lessons in riverbend", "42万人次") == 1.0
    assert _typed("how many members got sent to the camps", "3100人次") == 1.0


def test_people_a_body_has_are_not_person_times():
    assert _typed("riverbend has how many volunteers on its roll", "3100人次") == 0.5
