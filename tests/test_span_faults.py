"""Short answers taken wrongly from the right sentence (round 31): a role named where its holder is asked, the
question's own figure, Cantonese question words, a year's part of a total, a change asked, a figure run into a name,
a Chinese range. Made-up sentences, none from the question sets."""
from __future__ import annotations

import pytest
from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


@pytest.mark.parametrize("question, sentence, answer", [
    ("who checked the guide", "The guide was last checked 3 March 2024 by the Depot Manager, Alys Brennan.",
     "Alys Brennan"),
    ("who do I write to about the rota", "Write to our Rota Coordinator, Tomos Pike, at the office address.",
     "Tomos Pike"),
])
def test_a_who_question_over_a_role_with_its_holder_beside_it_is_answered_by_the_person(question, sentence, answer):
    assert ask(question, sentence) == answer
