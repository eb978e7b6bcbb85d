"""An English question asking who holds a role, answered with someone the sentence gives another role (made-up
sentences in the documents' style, none of the question sets' words)."""
from __future__ import annotations

from reportbot.index.answering.role_en import role_asked, role_with_answer
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse


def _role(question: str, answer: str, sentence: str, source: str = "name") -> float:
    at = sentence.find(answer)
    return role_with_answer(analyse(question), sentence, Span(answer, at, at + len(answer), source))


def test_the_role_is_read_from_the_question():
    assert role_asked(analyse("who is the treasurer of the reading club")) == "treasurer"
    assert role_asked(analyse("what's the name of the head librarian?")) == "librarian"
    assert role_asked(analyse("who chairs the reading club")) is None  # a verb: the clause says it as it may


def test_someone_in_another_role_does_not_answer():
    sentence = "The reading club has 12 members and a board of 5 volunteers, chaired by Dana Ruiz."
    assert _role("who is the treasurer of the reading club", "Dana Ruiz", sentence) == 0.0
    told = "The club's treasurer, Omar Lind, presented the accounts."
    assert _role("who is the treasurer of the reading club", "Omar Lind", told) == 1.0


def test_a_byline_or_header_is_not_weighed():
    card = "Annual Review of the Reading Club ■ Dana Ruiz"
    assert _role("who is the author of the review", "Dana Ruiz", card, "header") == 1.0


def test_a_role_shortened_in_the_question_is_read_in_full():
    told = "Chief Executive: Dr. Lena Ortiz, appointed in 2021."
    assert _role("who is the chief exec of the reading trust", "Dr. Lena Ortiz", told) == 1.0
