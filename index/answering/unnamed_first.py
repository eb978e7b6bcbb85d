"""A first passage that cannot answer the question's kind: the passage after it, when that one can.

Search ranks by what a passage shares with the question, and a question's words are often written most fully where
its answer is not: an article saying which office runs a team (``日常工作由市红十字会赈济救护处承担``) outranks the
table row that names that office's head (``市红十字会赈济救护处 — 负责人：潘国栋``); a review's opening sentence
(过去五年，是浙江省红十字会极不平凡…的五年) outranks the one that gives the count (募集社会捐赠款物超5亿元). The engine
refused such a first passage. When the first refuses, two looks one passage down (:func:`one_further`):

- a who-question whose first passage names no person (:func:`.entities.holds_person`) while the second does; its
  answer is kept only when the person stands beside the body, place or post asked about
  (:func:`.person_beside.beside_asked`, :func:`kept`);
- a count question whose first passage gives no figure of what it counts while the second does
  (:func:`.count_beside.gives_figure`).

The engine then answers from the second (cited first), and still refuses when that one does not answer either: the
refusal model reads it as it reads any other, its cosine below the first's among its signals.
"""
from __future__ import annotations

from reportbot.index.answering.count_beside import gives_figure
from reportbot.index.answering.entities import holds_person
from reportbot.index.answering.person_beside import beside_asked
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.hits import Hit
from reportbot.index.retrieval.query import Query

COUNT_LOOK = True  # the count question's look one passage down (who-45 measured it on the library tune halves)


def second_answers(q: Query, first: str, second: str) -> bool:
    """The second passage can answer the question's kind where the first cannot (see the module's two looks)."""
    if q.kind == "who":
        return not holds_person(first) and holds_person(second)
    if q.kind == "count" and COUNT_LOOK:
        return gives_figure(q, first) is False and gives_figure(q, second) is True
    return False


def one_further(q: Query, hits: list[Hit]) -> list[Hit] | None:
    """The hits with the second first when :func:`second_answers`; None otherwise."""
    if len(hits) < 2 or not second_answers(q, hits[0].paragraph.text, hits[1].paragraph.text):
        return None
    return [hits[1], hits[0], *hits[2:]]


def kept(q: Query, sentence: str, span: Span | None) -> bool:
    """Whether the answer read from the second passage stands: a who-question's person beside what it asks about
    (:func:`.person_beside.beside_asked`); any other kind's answer as the engine gave it."""
    return beside_asked(q, sentence, span) if q.kind == "who" else True
