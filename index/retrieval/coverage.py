"""How much of a question a passage covers: its idf-weighted word groups found in the passage (moved from search.py).

Coverage feeds the keyword side's weight in the fusion and the refusal model.
"""
from __future__ import annotations

import math

import numpy as np
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.scope import ContextField
from reportbot.index.retrieval.tuning import DEFAULT, SearchTuning


def group_mass(index: PassageIndex, q: Query, t: SearchTuning = DEFAULT) -> tuple[list[dict[str, float]], float]:
    """Each group's terms with weight times idf, and the total a full match would have.

    The total also counts English words that found no corpus word, so a question
    mostly about things the corpus never mentions covers little. An English word and the corpus words the
    bridge translates it to are one group (``Query.concept_groups``): beside English text that writes the word,
    each counted apart, a Chinese passage could cover about half an English question at most.
    """
    bm = index.para_bm25
    max_idf = math.log(1 + (bm.n + 0.5) / 1.5)
    masses, total = [], 0.0
    known_terms = bm.vocab.keys() | index.context_bm25.vocab.keys()
    for g in q.concept_groups():  # an English word and its translations: one concept, in either language
        # one-character words (做, 写, 党) are weak evidence that a question is in scope
        known = {term: w * (bm.idf(term) or max_idf) * (t.single_char_coverage if len(term) == 1 else 1.0)
                 for term, w in g.items() if term in known_terms}
        if q.lang == "en" and not known and all(t.isascii() for t in g):
            continue  # an English word; counted below if the bridge found nothing either
        masses.append(known)
        total += max(known.values()) if known else max_idf * max(g.values())
    if q.lang == "en":
        total += len(q.unmatched) * max_idf * t.unmatched_share
    return masses, total


def coverage(index: PassageIndex, field: ContextField, context_weight: float, rows: np.ndarray,
             masses: list[dict[str, float]], total: float) -> np.ndarray:
    """For each paragraph in ``rows``, the share of the question's idf-weighted groups it contains.

    A word found only in the paragraph's context (title, heading path) counts ``context_weight``.
    """
    out = np.zeros(len(rows), np.float32)
    if not total or not len(rows):
        return out
    body, ctx, cw = index.para_bm25, field, context_weight
    for m in masses:
        best = np.zeros(len(rows), np.float32)
        for t, v in m.items():
            found = np.where(body.contains(t, rows), v, np.where(ctx.contains(t, rows), cw * v, 0.0))
            best = np.maximum(best, found)
        out += best
    return out / total


def prior_share(coverage: np.ndarray, share: float) -> np.ndarray | float:
    """How much of the report's prior each candidate gets: ``1 - share + share * its coverage / the best coverage``
    (``SearchTuning.primary_coverage_share``; a coverage not computed counts 0).

    The prior says a question that names no document is about the report; a report passage that says none of the
    question's words, where another document's passage says them, is not what it asks (an English question drew the
    report's opening over a manual's steps by the prior alone).
    """
    if share <= 0 or not np.isfinite(coverage).any() or float(np.nanmax(coverage)) <= 0:
        return 1.0
    return 1 - share + share * np.clip(np.nan_to_num(coverage, nan=0.0) / float(np.nanmax(coverage)), 0.0, 1.0)
