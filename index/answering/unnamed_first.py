"""A who-question whose first passage names no one: the passage after it, when that one names the person asked.

Search ranks by what a passage shares with the question, and a question's words are often written most fully where
its answer is not: an article saying which office runs a team (``日常工作由市红十字会救护培训科承担``) outranks the
table row that names that office's head (``市红十字会救护培训科 — 负责人：严志成``). The engine refused such a first
passage. When the first refuses a who-question and names no person (:func:`.entities.holds_person`) while the second
names one, the engine answers from the second (cited first, :func:`one_further`); that answer is kept only when the
person stands beside the body, place or post asked about (:func:`.person_beside.beside_asked`, :func:`kept`), and
the engine still refuses when the second does not answer either: the refusal model reads it as it reads any other,
its cosine below the first's among its signals.

The same look for a count question (its first passage giving no figure of what it counts, the second giving one)
was measured by who-45 on the library tune halves and not kept: 7 right answers against 8 near misses answered.
"""
from __future__ import annotations

from reportbot.index.answering.entities import holds_person
from reportbot.index.answering.person_beside import beside_asked
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.hits import Hit
from reportbot.index.retrieval.query import Query


def second_answers(q: Query, first: str, second: str) -> bool:
    """A who-question whose first passage names no person while the second names one."""
    return q.kind == "who" and not holds_person(first) and holds_person(second)


def one_further(q: Query, hits: list[Hit]) -> list[Hit] | None:
    """The hits with the second first when :func:`second_answers`; None otherwise."""
    if len(hits) < 2 or not second_answers(q, hits[0].paragraph.text, hits[1].paragraph.text):
        return None
    return [hits[1], hits[0], *hits[2:]]


def kept(q: Query, sentence: str, span: Span | None) -> bool:
    """Whether the answer read from the second passage (``span`` of its evidence ``sentence``) stands: the person
    stands beside what the question asks about (:func:`.person_beside.beside_asked`)."""
    return beside_asked(q, sentence, span)
