"""How much of a question the evidence holds, word by word weighed by idf, and how sure the search was.

A near miss shares most of its words with some passage of the documents: what it lacks is one
specific word (the qualifier of the counted thing, the person's role, a region) that the documents
use elsewhere, so the passage-level coverage stays high. These signals look closer: the idf-weighted
share of the question the evidence sentence (with its document's context) holds; the weight of the
most specific word it lacks, relative to the question's most specific word; the same share in the
clause the answer stands in; the margin of the best passage over the second; and how far the dense
side agrees that the best passage is best. Pure functions over the question's weighed groups
(``Searcher.group_mass``: each group's terms with weight times idf) and strings.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from reportbot.index.answering.held import has_word, word_forms
from reportbot.index.answering.spans import Span

_CLAUSE_END = re.compile(r"[，。；;！？!?,\n]")


def _held(group: dict[str, float], forms: tuple[str, set[str]]) -> float:
    """The group's weight held by the text: its heaviest term the text has (0 if none)."""
    return max((w for t, w in group.items() if has_word(t, forms)), default=0.0)


def held_share(masses: Sequence[dict[str, float]], total: float, text: str) -> float:
    """The idf-weighted share of the question's groups that ``text`` holds (1 when the question has none)."""
    if total <= 0:
        return 1.0
    forms = word_forms(text)
    return min(1.0, sum(_held(g, forms) for g in masses) / total)


def lacks_least(masses: Sequence[dict[str, float]], text: str) -> float:
    """1 minus the weight of the heaviest question group ``text`` lacks entirely, over the heaviest group's:
    0 when the question's most specific word is missing, 1 when nothing the documents use is missing."""
    weights = [max(g.values()) for g in masses if g]
    if not weights:
        return 1.0
    forms = word_forms(text)
    missing = [max(g.values()) for g in masses if g and _held(g, forms) == 0.0]
    return 1.0 - max(missing, default=0.0) / max(weights)


def answer_clause(sentence: str, span: Span | None) -> str:
    """The clause of ``sentence`` the answer stands in (between the punctuation around it); the sentence when
    the answer is not in it."""
    if span is None or not span.text or sentence.find(span.text) < 0:
        return sentence
    start = span.start if sentence[span.start:span.end] == span.text else sentence.find(span.text)
    end = start + len(span.text)
    before = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)]
    after = _CLAUSE_END.search(sentence, end)
    return sentence[before[-1] if before else 0:after.start() if after else len(sentence)]


def margin(scores: Sequence[float]) -> float:
    """How far the best passage's score stands above the second's (0 with one passage)."""
    return max(0.0, scores[0] - scores[1]) if len(scores) >= 2 else 0.0


def dense_agrees(top_dense: float, best_dense: float) -> float:
    """The best passage's dense score as a share of the best dense score among all candidates."""
    return top_dense / best_dense if best_dense > 0 else 0.0
