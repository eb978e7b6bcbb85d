"""A prior for the document a question names, as the report the bot is about has one for a question naming none.

A question that calls a document by a word only that document's title, own places or text holds (Northgate's annual
report, a province's review, an English name a Chinese question quotes) is about that document; the word counts as
its passages' context on the keyword side, but a look-alike's passage that matches the rest of the question more
closely (another hospital's figure for the same thing, another province's sentence) can still outrank every passage
of the named one. The documents named by the most of the question's naming words get a small prior on the fused
score, so a clear better match elsewhere still wins.
"""
from __future__ import annotations

import numpy as np


def named_boost(named: dict[int, int], docs: np.ndarray, primary: np.ndarray, weight: float,
                unique: bool = True) -> np.ndarray:
    """What each candidate's fused score gains from the question naming its document.

    Args:
        named: the documents the question names beside the report, each with how many of its words name it.
        docs: each candidate's document number.
        primary: per candidate, whether it is the report's (the report has its own prior).
        weight: the prior (``SearchTuning.named_prior``; 0 turns it off).
        unique: only when one document has the most naming words (a common word in two English titles names
            neither).
    """
    others = {d: n for d, n in named.items() if n > 0}
    if weight <= 0 or not others:
        return np.zeros(len(docs), np.float32)
    most = max(others.values())
    best = [d for d, n in others.items() if n == most]
    if unique and len(best) > 1:
        return np.zeros(len(docs), np.float32)
    return (weight * (np.isin(docs, best) & ~primary)).astype(np.float32)
