"""A prior for the document a question calls by its name, as the report the bot is about has one for a question
naming none.

A question that calls a document by its name ("Cascadia 16至24歲嘅捐血者", "northgate A&E attendances": a word of its
title, file name or opening that no other document writes; dense_text.py) is about that document. The name counts as
its passages' context on the keyword side, but a look-alike's passage that matches the rest of the question more
closely (another blood service's figure for the same ages, in the question's own language) can still outrank every
passage of the named one. The one named document's passages get a small prior on the fused score, so a clear better
match elsewhere still wins. Words of titles in general (an English "update", "manual", "review") name too many
documents to be given a prior: that lost search hits, and they keep only their part in the report's prior.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np


def report_words(groups: Sequence[dict[str, float]], text, primary: np.ndarray, said: int) -> frozenset[str]:
    """The question's Latin words whose other forms (the bridge's Chinese words, one concept) the report says in
    ``said`` passages or more (``text``: the passages' keyword postings; ``primary``: per passage, the report's): no
    name of another document, however few documents write them in Latin letters."""
    def says(w: str) -> bool:
        hit = text.postings(w)
        return hit is not None and int(primary[hit[0]].sum()) >= said
    return frozenset(t for g in groups if any(not w.isascii() and says(w) for w in g) for t in g if t.isascii())


def named_boost(called: Iterable[int], docs: np.ndarray, primary: np.ndarray, weight: float) -> np.ndarray:
    """What each candidate's fused score gains from the question calling its document by name.

    Args:
        called: the documents the question calls by name.
        docs: each candidate's document number.
        primary: per candidate, whether it is the report's (the report has its own prior).
        weight: the prior (``SearchTuning.named_prior``; 0 turns it off).

    Only when the question calls exactly one document beside the report: a name two documents share (an
    English edition and its original, two editions of one title) tells neither apart.
    """
    others = set(called) - set(docs[primary].tolist())
    if weight <= 0 or len(others) != 1:
        return np.zeros(len(docs), np.float32)
    return (weight * (np.isin(docs, list(others)) & ~primary)).astype(np.float32)
