"""Moves in a fused ranking that scores alone do not make (moved from search.py): a summary table behind the prose
that states its figures, a count question's passages that give the count before those that only name the thing, a
document's header card first for a question about the document itself.

Each changes ``fused`` in place.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
from reportbot.index.retrieval.figure_beside import counted_order, counted_terms
from reportbot.index.retrieval.hits import Candidates
from reportbot.index.retrieval.measured import asked_pattern, measured_first
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tables import prose_for_table
from reportbot.index.retrieval.tuning import SearchTuning


def prose_first(index: PassageIndex, tuning: SearchTuning, c: Candidates, fused: np.ndarray,
                rows_of: Callable[[int], np.ndarray], q: Query | None = None) -> None:
    """A table whose best row's asked values (or figures) a prose passage of its document states, close behind,
    goes after it."""
    order = np.argsort(-fused, kind="stable")[:tuning.table_window]
    if not len(order) or index.paragraphs[int(c.rows[order[0]])].kind != "table":
        return
    ps = [index.paragraphs[int(r)] for r in c.rows[order]]
    row = ps[0].sentences[int(np.argmax(rows_of(int(order[0]))))]
    at = prose_for_table(range(len(ps)), fused[order], [p.kind for p in ps], [p.doc_id for p in ps],
                         [p.text for p in ps], row, tuning.table_margin, _says(q) if q is not None else None)
    if at is not None:
        fused[order[at]] = fused[order[0]] + 1e-6


def counted_first(index: PassageIndex, tuning: SearchTuning, q: Query, c: Candidates, fused: np.ndarray) -> None:
    """A count question's passages of the best one's document among the best ``measure_window`` that give a figure
    beside the thing it counts (新建博爱家园42个, 46 charity projects: figure_beside.py) gain ``counted_weight``, so
    they go before the passages of that document that only name the thing."""
    if q.kind != "count" or tuning.counted_weight <= 0:
        return
    counted = counted_terms(q)
    if counted is None:
        return
    order = np.argsort(-fused, kind="stable")[:tuning.measure_window]
    ps = [index.paragraphs[int(r)] for r in c.rows[order]]
    for at in counted_order(range(len(ps)), [p.doc_id for p in ps], [p.text for p in ps], counted):
        fused[order[at]] += tuning.counted_weight


def measure_first(index: PassageIndex, tuning: SearchTuning, q: Query, c: Candidates, fused: np.ndarray) -> None:
    """A count or when question's best passage that states no figure in the asked measure (几期, 多少钱), of the
    asked noun (how many stations), or no date (a year for which year) goes after the passage of its document,
    close behind, that does (measured.py)."""
    if q.kind not in ("count", "when") or tuning.measure_margin <= 0:
        return
    stated = asked_pattern(q.text, q.lang, q.kind)
    if stated is None:
        return
    order = np.argsort(-fused, kind="stable")[:tuning.measure_window]
    ps = [index.paragraphs[int(r)] for r in c.rows[order]]
    at = measured_first(range(len(ps)), fused[order], [p.doc_id for p in ps], [p.text for p in ps], stated,
                        tuning.measure_margin)
    if at is not None:
        fused[order[at]] = fused[order[0]] + 1e-6


def _says(q: Query) -> Callable[[str], bool]:
    """Whether a column header holds one of the question's words (two characters or more, or a figure: 2024)."""
    terms = {t.lower() for g in q.groups for t in g if len(t) >= 2 or t.isdigit()}
    return lambda head: any(t in head.lower() for t in terms)


def title_holds(index: PassageIndex, q: Query, rows: np.ndarray) -> np.ndarray:
    """For each row, whether it is a header card whose title says every word (in the title's language) of a
    question of two words or more (which edition is the manual): such a question asks about the document."""
    out = np.zeros(len(rows), bool)
    bm = index.para_bm25
    for i in np.flatnonzero(index.is_header[rows]):
        row = rows[i:i + 1]
        latin = index.paragraphs[int(row[0])].text.isascii()
        groups = [g for g in q.groups if any(len(t) > 1 and t.isascii() == latin for t in g)]
        out[i] = len(groups) >= 2 and all(any(bm.contains(t, row)[0] for t in g) for g in groups)
    return out


def header_first(index: PassageIndex, tuning: SearchTuning, q: Query, c: Candidates, fused: np.ndarray,
                 report: np.ndarray | None = None) -> None:
    """A question about the document itself (its title, its author) is answered by the best document's card: the
    best of the report's, where ``report`` marks the candidates of the report a question that names no document is
    about (with other documents beside it, "what's the title of this article" asks for the report's title).

    Any other question is answered by a card only when no passage does better by a margin.
    """
    if q.kind not in ("title", "author"):
        fused -= tuning.header_penalty * (index.is_header[c.rows] & ~title_holds(index, q, c.rows))
        return
    best = int(np.argmax(fused)) if report is None else int(np.flatnonzero(report)[np.argmax(fused[report])])
    header = index.header_row[index.paragraphs[int(c.rows[best])].doc_id]
    at = int(np.searchsorted(c.rows, header))
    if at < len(c.rows) and c.rows[at] == header:
        fused[at] = fused.max() + 1.0
