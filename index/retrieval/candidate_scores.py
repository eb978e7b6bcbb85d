"""A search's steps over its candidate paragraphs, as pure functions of the index, the tuning and the question.

:func:`keyword_all` scores every paragraph by BM25; :func:`candidates` picks the paragraphs a search scores;
:func:`dense` and :func:`keyword` give each candidate its dense and keyword score; :func:`agreement` says which
agree with the places and years the question names. :class:`.search.Searcher` runs them in that order (split from
``search.py`` so each step reads, and is tested, alone).
"""
from __future__ import annotations

import numpy as np
from reportbot.index.retrieval.context import Constraint, agrees
from reportbot.index.retrieval.fusion import keyword_scale, top_rows
from reportbot.index.retrieval.heading_years import heading_year_agrees
from reportbot.index.retrieval.hits import Candidates
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.scope import ContextField
from reportbot.index.retrieval.tuning import SearchTuning


def keyword_all(ix: PassageIndex, q: Query, field: ContextField) -> np.ndarray:
    """Paragraph-level BM25 of every paragraph; a word its context holds counts as a context match (the same
    for every passage of its document: :meth:`ContextField.match`)."""
    return ix.para_bm25.group_scores(list(q.groups), field.match)


def candidates(ix: PassageIndex, t: SearchTuning, q: Query, qv: np.ndarray, kw_para: np.ndarray,
               mask: np.ndarray | None, named: np.ndarray | None = None) -> Candidates:
    """Dense hits at both levels, keyword hits, (for title and author questions) the top document's card, and the
    ``named`` rows (the passages of a document the question names in another script: :meth:`.Searcher._named_rows`)."""
    widen = 1 if mask is None else min(int(np.ceil(len(mask) / mask.sum())), t.max_widen)
    s_rows, _ = ix.sent_vecs.search(qv, t.dense_candidates * widen)
    p_rows, _ = ix.para_vecs.search(qv, t.dense_candidates * widen)
    if mask is not None:
        kw_para = np.where(mask, kw_para, 0.0)
        p_rows = p_rows[mask[p_rows]]
    kw_rows = top_rows(kw_para, t.keyword_candidates)
    parts = [ix.sent_para[ix.sentence_rows(s_rows)], p_rows, kw_rows[kw_para[kw_rows] > 0]]
    if mask is not None and mask.sum() <= t.small_scope:
        parts.append(np.flatnonzero(mask))  # a scope this small is searched whole
    if q.kind in ("title", "author") and len(p_rows):
        parts.append(np.array([ix.header_row[ix.paragraphs[int(p_rows[0])].doc_id]]))
    if named is not None:
        parts.append(named)
    rows = np.unique(np.concatenate(parts).astype(np.int64))
    return Candidates.of(ix, rows[mask[rows]] if mask is not None else rows)


def dense(ix: PassageIndex, t: SearchTuning, heading_line: np.ndarray | None, c: Candidates, qv: np.ndarray,
          lang: str = "zh") -> tuple[np.ndarray, np.ndarray]:
    """(each candidate's dense score, each of its sentences' cosine).

    e5 gives text in the question's own language higher cosines; passages in the other
    language get ``cross_language_offset`` added, so that bias does not decide. ``heading_line``: the sentences
    that count with their passage's cosine (:func:`.hits.borrowing_lines`).
    """
    other = (ix.para_zh[c.rows] != (lang == "zh")) * t.cross_language_offset
    para_cos = ix.para_vecs.vectors(c.rows) @ qv + other
    sent_cos = ix.sent_vecs.vectors(ix.sent_uniq[c.sentences]) @ qv + np.repeat(other, c.counts)
    if heading_line is not None:  # a short heading line ("No. 2024-02"), an address: little cosine of its own
        sent_cos = np.where(heading_line[c.sentences], np.repeat(para_cos, c.counts), sent_cos)
    share = t.sentence_share
    return share * c.best(sent_cos, para_cos) + (1 - share) * para_cos, sent_cos


def keyword(ix: PassageIndex, tuning: SearchTuning, q: Query, c: Candidates, kw_para: np.ndarray, field: ContextField
            ) -> tuple[np.ndarray, np.ndarray, float]:
    """(each candidate's keyword score in [0, 1], each sentence's BM25, the sentence level's ideal score)."""
    groups = list(q.groups)
    ideal = sum(max((w * ix.para_bm25.idf(t) for t, w in g.items()), default=0.0) for g in groups)
    ideal_s = sum(max((w * ix.sent_bm25.idf(t) for t, w in g.items()), default=0.0) for g in groups)
    kw_p = keyword_scale(kw_para[c.rows], ideal)
    sent_kw = ix.sent_bm25.group_scores_at(groups, c.sentences, _naming(ix, q, c, field))
    kw_s = keyword_scale(c.best(sent_kw, kw_p * 0), ideal_s)
    share = tuning.paragraph_keyword_share
    return share * kw_p + (1 - share) * kw_s, sent_kw, ideal_s


def _naming(ix: PassageIndex, q: Query, c: Candidates, field: ContextField) -> dict[str, np.ndarray]:
    """Words that name a document (in some documents' context, not all): where the context holds one,
    it was counted for the whole document (:func:`keyword_all`) and counts nothing sentence by sentence."""
    out = {}
    for t in {t for g in q.groups for t in g}:
        if 0 < field.documents(t) < len(ix.doc_order):
            out[t] = np.repeat(field.contains(t, c.rows), c.counts)
    return out


def agreement(ix: PassageIndex, field: ContextField, constraints: tuple[Constraint, ...], rows: np.ndarray,
              documents: frozenset[int] = frozenset(), names: list[str] | None = None) -> np.ndarray:
    """For each paragraph in ``rows``, whether its text and context agree with every constraint (``documents``: the
    years the question names only a report by, which a heading of the report is not held to; ``names``: each
    document's own name, its title, card and file name's words, read as context too)."""
    if not constraints:
        return np.ones(len(rows), bool)
    own = field.words_of

    def name(r: int) -> str:
        return names[int(ix.para_doc[r])] if names is not None else ""
    def said(r: int) -> str:
        return " ".join((ix.context[r], *own(int(ix.para_doc[r])), ix.paragraphs[r].text, name(r))).lower()
    return np.array([agrees(constraints, said(r))
                     and heading_year_agrees(constraints, ix.paragraphs[r].section, ix.paragraphs[r].text, documents)
                     for r in rows], bool)
