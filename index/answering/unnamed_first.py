"""A who-question whose first passage names no one: the passage after it, when that one names a person.

Search ranks by what a passage shares with the question, and a who-question's words (the body or post it asks the
head or member of) are often written most fully where no person stands: an article saying which office runs a team
(``日常工作由市红十字会赈济救护处承担``) outranks the table row that names that office's head
(``市红十字会赈济救护处 — 负责人：潘国栋``). Such a first passage cannot answer a who-question, and the engine refused
it. When it names no person and the second passage does, the engine answers from the second instead (cited
first), and still refuses when that one does not answer either: the refusal model reads it as it reads any other,
its cosine below the first's among its signals.
"""
from __future__ import annotations

from reportbot.index.answering.entities import holds_person
from reportbot.index.retrieval.hits import Hit
from reportbot.index.retrieval.query import Query


def one_further(q: Query, hits: list[Hit]) -> list[Hit] | None:
    """The hits with the second first, for a who-question (``q.kind`` ``who``) whose first passage names no person
    (:func:`.entities.holds_person`, jieba's tagger: a Chinese name) while the second does; None otherwise."""
    if q.kind != "who" or len(hits) < 2:
        return None
    first, second = hits[0].paragraph.text, hits[1].paragraph.text
    if holds_person(first) or not holds_person(second):
        return None
    return [hits[1], hits[0], *hits[2:]]
