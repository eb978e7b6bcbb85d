"""What the reranker (:mod:`.rerank`) knows of each of the search's first candidates: how it stands against the
others (fused score, rank, dense and keyword scores, coverage, its best sentence), what kind of passage it is
(a heading or an intro line, a table, a list, a header card), where it stands in its document, whether the
passages beside it hold more of the question, and whether it holds the kind of thing asked (a figure for a count,
a date for a when).

Pure functions over what the search already computed; nothing here names a word of any question.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.query import Query

FEATURES = (
    "fused_gap",        # fused score minus the first candidate's (0 for the first, below 0 for the rest)
    "rank",             # place in today's order (0 first)
    "dense_gap",        # dense score minus the best among the candidates reranked
    "keyword_gap",      # keyword score minus the best
    "coverage",         # share of the question's weighted word groups the passage (with its context) holds
    "coverage_gap",     # coverage minus the best
    "sentence_gap",     # best sentence's score minus the best candidate's best sentence
    "table",            # the passage is a table
    "list",             # the passage is a list
    "header",           # the passage is a document's header card
    "short",            # a short passage (a heading line, a caption)
    "intro",            # the passage ends in a colon: it opens what follows
    "length",           # log of its length in characters
    "next_keyword",     # how much more keyword score the next passage of its document has (0 when not a candidate)
    "prev_keyword",     # the same for the passage before it
    "figure_asked",     # a count question and the passage writes a figure
    "unit_asked",       # the question asks a figure in a unit (多少次, how many times) and the passage writes one in it
    "date_asked",       # a when question and the passage writes a year or a date
    "position",         # its place in its document, 0 at the start, 1 at the end
    "same_document",    # it is of the first candidate's document
    "agrees",           # it agrees with the places and years the question names
)

SHORT_CHARS = 30  # a passage shorter than this is a heading line or a caption, not a statement
_FIGURE = re.compile(r"\d|[一二三四五六七八九十百千万两]+[个名次项人家所件场位元]")
_MONTHS = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
_DATE = re.compile(r"(?:1[89]|20)\d\d|\d{1,2}[月日]|" + _MONTHS, re.I)
_INTRO = re.compile(r"[:：]\s*$")


@dataclass
class Scores:
    """The search's scores over its candidates (one entry per candidate), as :meth:`Searcher.search` has them."""

    rows: np.ndarray
    fused: np.ndarray
    dense: np.ndarray
    keyword: np.ndarray
    coverage: np.ndarray
    agrees: np.ndarray
    sentence_best: Callable[[int], float]


def features(index: PassageIndex, q: Query, s: Scores, head: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """One row of :data:`FEATURES` per candidate in ``head`` (candidate positions, today's order, best first);
    ``sizes``: each document's number of passages."""
    x = np.zeros((len(head), len(FEATURES)), np.float64)
    if not len(head):
        return x
    ps = [index.paragraphs[int(s.rows[i])] for i in head]
    best_sentence = np.array([s.sentence_best(int(i)) for i in head])
    cov = np.nan_to_num(s.coverage[head])
    at = {int(r): i for i, r in enumerate(s.rows)}
    first_doc = ps[0].doc_id
    unit = _asked_unit(q)
    in_unit = re.compile(r"\d[\d,.]*\s*[万亿千百余多]?\s*" + re.escape(unit)) if unit else None
    for j, (i, p) in enumerate(zip(head, ps)):
        row = int(s.rows[i])
        doc = index.para_doc[row]
        x[j] = (
            s.fused[i] - s.fused[head[0]], j,
            s.dense[i] - s.dense[head].max(), s.keyword[i] - s.keyword[head].max(),
            cov[j], cov[j] - cov.max(), best_sentence[j] - best_sentence.max(),
            p.kind == "table", p.kind == "list", p.is_header, len(p.text) < SHORT_CHARS,
            bool(_INTRO.search(p.text)), np.log1p(len(p.text)),
            _beside(index, s, at, row, doc, 1), _beside(index, s, at, row, doc, -1),
            q.kind == "count" and bool(_FIGURE.search(p.text)),
            in_unit is not None and bool(in_unit.search(p.text)), q.kind == "when" and bool(_DATE.search(p.text)),
            p.number / max(1, int(sizes[doc]) - 1), p.doc_id == first_doc, bool(s.agrees[i]),
        )
    return x


def _beside(index: PassageIndex, s: Scores, at: dict[int, int], row: int, doc: int, step: int) -> float:
    """How much more keyword score the passage ``step`` away (same document, among the candidates) has."""
    other = at.get(row + step)
    if other is None or index.para_doc[row + step] != doc:
        return 0.0
    return max(0.0, float(s.keyword[other] - s.keyword[at[row]]))


def _asked_unit(q: Query) -> str | None:
    """The measure word a count question asks its figure in (``answering.units``), None for another question."""
    if q.kind != "count":
        return None
    from reportbot.index.answering.units import question_unit  # the answering side's reading of the question

    return question_unit(q)
