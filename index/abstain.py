"""Deciding whether the documents answer a question at all.

Dense similarity alone does not separate answerable from out-of-scope questions
(FINDINGS: answerable e5 cosines start at 0.78, out-of-scope ones reach 0.88).
The decision combines how much of the question's content the best passage
covers (idf-weighted), the dense score, and whether the answer type was found.
The thresholds are calibrated by ``tools/calibrate_abstention.py`` on the dev set.
"""
from __future__ import annotations

from dataclasses import dataclass

# calibrated by tools/calibrate_abstention.py (see its output in the README)
COVERAGE_FLOOR = 0.34
DENSE_FLOOR = 0.80
STRONG_COVERAGE = 0.62


@dataclass(frozen=True)
class Evidence:
    """The signals the decision is made from."""

    coverage: float          # share of the question's idf-weighted content in the top passage
    dense: float             # best cosine similarity of the top passage (sentence or paragraph)
    typed: bool              # the wanted answer type (number, name, quote…) was found in the evidence
    lang: str


def answers(e: Evidence) -> bool:
    """True when the passage can be taken to answer the question.

    A question whose words the passage mostly covers is answered; one that covers
    little is refused unless the dense model is very sure and the answer type is there.
    """
    if e.coverage >= STRONG_COVERAGE:
        return True
    if e.coverage >= COVERAGE_FLOOR:
        return e.typed or e.dense >= DENSE_FLOOR
    return False
