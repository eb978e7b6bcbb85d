"""What the search itself says about an answer, as refusal signals: the search ranks passages, and how firmly it
put the evidence first is evidence too.

A near miss often reaches the top on keywords alone while e5 prefers another passage; a paraphrased question (the
documents say its thing in other words) keeps a high e5 score on the evidence sentence even when few of its words
are there. Each value is read off the search's own scores: nothing
is computed again. (The answer's alignment strength and the top passage's lead over the next were tried as two more
signals: fitted leaving one set out, they refused no fewer answerable questions and no more near misses, so they
are not measured.)
"""
from __future__ import annotations

from collections.abc import Sequence


def search_side(own_cosine: float, best_cosine: float, sentences: Sequence[str], scores: Sequence[float],
                sentence: str) -> dict[str, float]:
    """The search-side signals of an answer from ``sentence`` of the top passage.

    Args:
        own_cosine: the top passage's e5 cosine with the question.
        best_cosine: the best cosine of any candidate passage.
        sentences: the top passage's sentences; ``scores`` their search scores (cosine and keyword share mixed).
        sentence: the evidence sentence (not always one of ``sentences``: a FAQ's answer, a header card).
    """
    own = sentences.index(sentence) if sentence in sentences else -1
    return {"own_dense": 1.0 - (best_cosine - own_cosine),
            "sentence_score": scores[own] if 0 <= own < len(scores) else max(scores, default=0.0)}
