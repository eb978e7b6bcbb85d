"""What a search returns (:class:`Hit`, :class:`SearchResult`), the candidates it scores (:class:`Candidates`)
and which of the index's sentences count with their passage's cosine (:func:`borrowing_lines`: a PDF's heading
lines, lines that hold an e-mail or web address).

Kept apart from :mod:`.search` so the steps read alone; :mod:`.search` re-exports them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from reportbot.corpus.document import Paragraph
from reportbot.index.retrieval.addresses import ADDRESS
from reportbot.index.retrieval.context import Constraint
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.query import Query


@dataclass
class Hit:
    """One ranked passage with the signals that put it there.

    ``constraints_ok`` is False when the passage (with its title, date and heading path)
    lacks a place or year the question names: it may still be shown, but it does not answer.
    """

    row: int
    paragraph: Paragraph
    score: float
    dense: float
    keyword: float
    coverage: float
    sentence_scores: list[float] = field(default_factory=list)
    constraints_ok: bool = True


@dataclass
class SearchResult:
    query: Query
    hits: list[Hit]
    kw_weight: float
    dense_top: float
    constraints: tuple[Constraint, ...] = ()

    @property
    def top(self) -> Hit | None:
        return self.hits[0] if self.hits else None


@dataclass
class Candidates:
    """Candidate paragraph rows and where each one's sentences lie in the flat sentence arrays."""

    rows: np.ndarray
    counts: np.ndarray
    firsts: np.ndarray
    sentences: np.ndarray

    @classmethod
    def of(cls, index: PassageIndex, rows: np.ndarray) -> Candidates:
        counts = index.sent_count[rows]
        firsts = np.cumsum(counts) - counts
        sentences = np.repeat(index.sent_start[rows], counts) + np.arange(int(counts.sum())) - np.repeat(firsts, counts)
        return cls(rows, counts, firsts, sentences)

    def span(self, i: int) -> slice:
        return slice(int(self.firsts[i]), int(self.firsts[i] + self.counts[i]))

    def best(self, per_sentence: np.ndarray, fallback: np.ndarray) -> np.ndarray:
        """Each candidate's best sentence score."""
        return np.maximum.reduceat(per_sentence, self.firsts) if len(self.sentences) else fallback


def heading_lines(index: PassageIndex, shorter: int) -> np.ndarray | None:
    """Per sentence of the index, whether it is a heading shorter than ``shorter`` characters that opens its
    passage (a PDF's: "No. 2024-02", "Attendees"); None when no sentence is."""
    rows = [(r, k) for r, p in enumerate(index.paragraphs) if p.page is not None and p.path
            for k, sentence in enumerate(p.sentences) if sentence in p.path and len(sentence) < shorter]
    if not rows:
        return None
    out = np.zeros(int(index.sent_count.sum()), bool)
    out[[int(index.sent_start[r]) + k for r, k in rows]] = True
    return out


def address_lines(index: PassageIndex) -> np.ndarray | None:
    """Per sentence of the index, whether it holds an e-mail or web address (电子邮箱：redcross@donghu.edu.cn);
    None when no sentence does. e5 reads the address's Latin letters as English words, so such a line in a
    Chinese passage drew English questions about anything the address spells (Donghu, Red Cross)."""
    flags = [bool(ADDRESS.search(s)) for p in index.paragraphs for s in p.sentences]
    return np.array(flags, bool) if any(flags) else None


def borrowing_lines(index: PassageIndex, shorter: int) -> np.ndarray | None:
    """Per sentence of the index, whether its own cosine means little and it counts with its passage's: a short
    heading line that opens a PDF passage (:func:`heading_lines`) or a line with an address (:func:`address_lines`)."""
    marks = [m for m in (heading_lines(index, shorter), address_lines(index)) if m is not None]
    return np.logical_or.reduce(marks) if marks else None
