"""Fusion of keyword and dense scores: small pure functions, tested with hand-made lists."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np


def minmax(scores: np.ndarray, least_range: float = 0.0) -> np.ndarray:
    """Scale to [0, 1]; an all-equal list (no signal) becomes all zeros.

    With ``least_range``, a spread narrower than it is divided by it instead of by itself, so the scaled scores
    span less than [0, 1]: cosines that differ by a hair (e5's across languages) are not stretched into a full vote.
    """
    scores = np.asarray(scores, dtype=np.float32)
    if scores.size == 0:
        return scores
    lo, hi = float(scores.min()), float(scores.max())
    span = max(hi - lo, least_range)
    if span < 1e-9:
        return np.zeros_like(scores)
    return (scores - lo) / span


def keyword_weight(matched_mass: float, possible: float, most: float = 0.7, possible_share: float = 0.5) -> float:
    """How much the keyword side may vote.

    Args:
        matched_mass: share of the query's weighted terms that occur anywhere in the
            candidates (0 when the keyword side matched nothing).
        possible: share of the question's content words the keyword side could
            express at all (below 1 for English words with no corpus counterpart).
        most: the weight when the keyword side matches the whole question.
        possible_share: how much ``possible`` scales the weight (0: not at all, 1: fully).

    Returns:
        A weight in [0, most]; zero when the keyword side matched nothing, so its
        arbitrary order among all-zero scores gets no vote.
    """
    if matched_mass <= 0:
        return 0.0
    return most * min(1.0, matched_mass) * (1 - possible_share + possible_share * min(1.0, possible))


def matched_vote(matched_mass: float, share: float = 1.0) -> float:
    """The matched mass as the keyword weight reads it: ``share`` of the weight scales with the mass, the rest is
    whole once anything matched (1: the mass scales it all, as before; 0: any match gives the full weight).

    A question whose words the documents write only in part (a colloquial or cross-language question) still has a
    keyword side that tells one passage of a document from the next: the words it does match.
    """
    if matched_mass <= 0:
        return 0.0
    return 1 - share + share * min(1.0, matched_mass)


def cross_weights(cross: np.ndarray, own: float, matched_mass: float, possible: float, most: float | None,
                  possible_share: float) -> np.ndarray:
    """Each candidate's keyword weight: the question's own (``own``) for a passage in its language, and for one in
    the other language (``cross``) the weight :func:`keyword_weight` gives with ``most`` (None: ``own`` for every
    candidate). Across languages e5's cosines tell a document's passages apart by less than the keyword side does.
    """
    if most is None:
        return np.full(len(cross), own, np.float32)
    return np.where(cross, keyword_weight(matched_mass, possible, most, possible_share), own).astype(np.float32)


def fuse(dense: np.ndarray, keyword: np.ndarray, kw_weight: float | np.ndarray, least_range: float = 0.0
         ) -> np.ndarray:
    """Linear fusion of min-max normalised dense scores and normalised keyword scores.

    Args:
        dense: cosine similarities, one per candidate.
        keyword: keyword scores already scaled to [0, 1] by the best possible score,
            so that a strong exact match of rare terms keeps its strength.
        kw_weight: the keyword side's weight (see :func:`keyword_weight`), or one per candidate (:func:`cross_weights`).
        least_range: the dense side's spread is scaled as at least this wide (:func:`minmax`); 0 scales any
            spread to [0, 1].

    Returns:
        One fused score per candidate; higher is better.
    """
    dense_n = minmax(dense, least_range)
    keyword = np.clip(np.asarray(keyword, dtype=np.float32), 0.0, 1.0)
    return (1 - kw_weight) * dense_n + kw_weight * keyword


def fuse_with(least_range: float) -> Callable[[np.ndarray, np.ndarray, float], np.ndarray]:
    """:func:`fuse` with the dense side's spread scaled as at least ``least_range`` wide (the search's fusion)."""
    return lambda dense, keyword, kw_weight: fuse(dense, keyword, kw_weight, least_range)


def mix_opinions(first: np.ndarray, second: np.ndarray, second_share: float) -> np.ndarray:
    """Two dense opinions of the same candidates as one: each min-max scaled, then weighed.

    Args:
        first: e5 cosines.
        second: the second opinion's scores (``second_opinion.scores``).
        second_share: the second opinion's share in [0, 1].
    """
    return (1 - second_share) * minmax(first) + second_share * minmax(second)


def keyword_scale(bm25_scores: np.ndarray, ideal: float) -> np.ndarray:
    """BM25 scores as a share of the ideal score (every query term matched once)."""
    if ideal <= 0:
        return np.zeros_like(np.asarray(bm25_scores, dtype=np.float32))
    return np.asarray(bm25_scores, dtype=np.float32) / ideal


def rrf(score_lists: list[np.ndarray], k: int = 60) -> np.ndarray:
    """Reciprocal rank fusion (for comparison: it gives an all-zero list's arbitrary order a full vote)."""
    out = np.zeros(len(score_lists[0]), dtype=np.float32)
    for scores in score_lists:
        ranks = np.empty(len(scores), dtype=np.int64)
        ranks[np.argsort(-np.asarray(scores), kind="stable")] = np.arange(len(scores))
        out += 1.0 / (k + ranks + 1)
    return out


def top_rows(scores: np.ndarray, k: int) -> np.ndarray:
    """Rows of the ``k`` highest scores, best first (argpartition: linear, not a full sort)."""
    if len(scores) <= k:
        return np.argsort(-scores, kind="stable")
    part = np.argpartition(-scores, k)[:k]
    return part[np.argsort(-scores[part], kind="stable")]
