"""Two figures asked in one Chinese question, each in its own part (多少人 占比多少; 打了多少通 服务多少客户).

A user types two asks apart, with a space or a comma between them. Read whole, the question's words pull one figure
(the share, the second count) and the other ask goes unanswered: …党员队员912名，占队员总数的27.6% gave 27.6% for
"党员队员多少人 占比多少". Each part is read as a question of its own over the same sentence; when they find two
figures close together and in the question's order, the answer runs from the first to the second (912名，占队员
总数的27.6%), and what it measures is the first part's (:func:`first_asked`). A second part
that only restates the first (几个涉民事项 多少个啊) finds the same figure, and the whole question's answer stands;
so does it when a part finds no figure or the two stand far apart. Pure functions over a question and a sentence.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.asked_for import question_kind
from reportbot.index.retrieval.query import Query, question_text

# what sets two asks apart as typed: a space (Chinese text has none of its own), a comma, a semicolon
_APART = re.compile(r"\s+|[，,；;]")
_ASKS_FIGURE = re.compile(r"多少|几")
# the most characters between the two figures for one answer to hold both (a clause's words between them)
MAX_BETWEEN = 24


def figure_asks(q: Query) -> tuple[Query, Query] | None:
    """The two parts of a Chinese question that asks two figures apart, each read as a count question of its own
    (its own text, kind and words), or None."""
    if q.lang != "zh" or not _APART.search(q.raw.strip()):
        return None
    texts = [question_text(p) for p in _APART.split(q.raw) if p.strip()]
    asking = [t for t in texts if _ASKS_FIGURE.search(t)]
    if len(asking) != 2 or len(texts) != 2:
        return None
    parts = tuple(_part(q, t) for t in asking)
    return (parts[0], parts[1]) if all(p.kind == "count" for p in parts) else None


def _part(q: Query, text: str) -> Query:
    """One part as a question: its own text, kind and words (the whole question's groups whose word it says)."""
    kept = [i for i, g in enumerate(q.groups) if next(iter(g), "") in text]
    at = {old: new for new, old in enumerate(kept)}
    return replace(q, raw=text, text=text, kind=question_kind(text, "zh"), groups=tuple(q.groups[i] for i in kept),
                   content=tuple(w for w in q.content if w in text), focus=tuple(at[i] for i in q.focus if i in at),
                   concepts=tuple(q.concepts[i] for i in kept if i < len(q.concepts)))


def both_figures(q: Query, sentence: str, span: Span | None, read: Callable[[Query], Span | None]) -> Span | None:
    """The stretch of ``sentence`` from the first part's figure to the second's when the question asks two figures
    apart and ``read`` (the extraction, for one part) finds two in the sentence close together; else ``span``."""
    parts = figure_asks(q)
    if parts is None:
        return span
    found = [read(p) for p in parts]
    if any(s is None or s.source == "clause" or sentence[s.start:s.end] != s.text for s in found):
        return span
    a, b = found
    if b.start < a.end or b.start - a.end > MAX_BETWEEN:
        return span  # one figure for both parts (the second restates the first), two far apart, or in other order
    return Span(sentence[a.start:b.end], a.start, b.end, "figure", min(a.strength, b.strength))


def first_asked(q: Query) -> Query:
    """The question whose figure an answer opens with: the first part of two figures asked apart, else ``q``."""
    parts = figure_asks(q)
    return parts[0] if parts else q
