"""Choosing the short answer: the question word's aligned slot first, typed extractors as candidates.

Counts and years come from the typed extractors (the figure that belongs to the question's
words); for the other kinds the slot that alignment finds (:mod:`.align`) answers when it is
a constituent, and the extractors (names, places, quotes, the best clause) answer when it is not.
"""
from __future__ import annotations

from reportbot.index.answering.align import slot_answer, wants_list
from reportbot.index.answering.spans import (
    Span,
    best_clause,
    extract_name,
    extract_number,
    extract_place,
    extract_quote,
    extract_which,
    extract_year,
    term_positions,
)
from reportbot.index.retrieval.query import Query

# a slot found from one neighbour weaker than this (a word far from the question word) yields to the typed
# extractors and the best clause; set by reading seed_tune's answers
MIN_STRENGTH = 0.5


def typed(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """The typed extractors' answer for the question's kind."""
    if q.kind == "count":
        return extract_number(q, sentence, terms)
    if q.kind == "who":
        return extract_name(q, sentence, terms)
    if q.kind == "where":
        return extract_place(q, sentence, terms)
    if q.kind == "when":
        return extract_year(sentence)
    if q.kind in ("what", "other"):
        return extract_quote(q, sentence, terms) or extract_which(q, sentence, terms)
    return None


def extract(q: Query, sentence: str, idf: dict[str, float] | None = None) -> Span:
    """The short answer in ``sentence`` for question ``q``.

    Figures with their unit and qualifier for counts and years for when; otherwise, for a
    Chinese question, the words that fill its question word's slot; names, places and quoted
    names where no slot is found; the best clause where nothing shorter fits.
    """
    terms = term_positions(q, sentence, idf)
    span = None
    if q.lang == "zh" and (q.kind not in ("count", "when") or wants_list(q.text, q.lang)):
        found = slot_answer(q.text, sentence, q.lang)
        if found and found[2] >= MIN_STRENGTH:
            span = Span(sentence[found[0]:found[1]], found[0], found[1], "slot", found[2])
    return span or typed(q, sentence, terms) or best_clause(q, sentence, terms)
