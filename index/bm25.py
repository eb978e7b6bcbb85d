"""BM25 keyword scoring over an inverted index held in numpy arrays.

Written here rather than taken from ``rank_bm25``: that package scores every
document in a Python loop for each query term (too slow at 100,000 passages)
and its Okapi idf is zero or negative for a term in half the documents or more
(rank_bm25 issues #39, #43). This uses Lucene's always-positive idf.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import numpy as np


class BM25:
    """An inverted index over token lists with BM25 scoring.

    Args:
        docs: one token list per unit (sentence or paragraph).
        k1: term-frequency saturation.
        b: length normalisation.
    """

    def __init__(self, docs: list[list[str]], k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.n = len(docs)
        self.lengths = np.array([len(d) for d in docs], dtype=np.float32)
        self.avgdl = float(self.lengths.mean()) if self.n and self.lengths.sum() else 1.0
        postings: dict[str, list[tuple[int, int]]] = {}
        for i, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                postings.setdefault(term, []).append((i, tf))
        self.vocab = {t: j for j, t in enumerate(postings)}
        self._ids = [np.array([p[0] for p in postings[t]], dtype=np.int32) for t in postings]
        self._tfs = [np.array([p[1] for p in postings[t]], dtype=np.float32) for t in postings]
        self._norm = self.k1 * (1 - self.b + self.b * self.lengths / self.avgdl)

    def idf(self, term: str) -> float:
        """Inverse document frequency; 0.0 for a term the index has never seen."""
        j = self.vocab.get(term)
        if j is None:
            return 0.0
        df = len(self._ids[j])
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def df(self, term: str) -> int:
        j = self.vocab.get(term)
        return 0 if j is None else len(self._ids[j])

    def scores(self, terms: dict[str, float] | list[str]) -> np.ndarray:
        """BM25 score of every unit for a weighted bag of query terms.

        Args:
            terms: query terms, either a list (weight 1 each, repeats add up) or a
                mapping from term to weight.

        Returns:
            A float32 array of length ``n``; zeros where nothing matched.
        """
        if isinstance(terms, list):
            terms = dict(Counter(terms))
        out = np.zeros(self.n, dtype=np.float32)
        for term, weight in terms.items():
            j = self.vocab.get(term)
            if j is None or weight <= 0:
                continue
            ids, tfs = self._ids[j], self._tfs[j]
            out[ids] += weight * self.idf(term) * tfs * (self.k1 + 1) / (tfs + self._norm[ids])
        return out

    def term_scores(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(unit rows, BM25 contribution) of one term, or None for an unknown term."""
        j = self.vocab.get(term)
        if j is None:
            return None
        ids, tfs = self._ids[j], self._tfs[j]
        return ids, self.idf(term) * tfs * (self.k1 + 1) / (tfs + self._norm[ids])

    def group_scores(self, groups: list[dict[str, float]]) -> np.ndarray:
        """BM25 for groups of alternative terms: each group adds its best-matching term once.

        Args:
            groups: one mapping of term -> weight per query concept (a word and its
                sub-words, or the translations of one English phrase).
        """
        out = np.zeros(self.n, dtype=np.float32)
        for group in groups:
            best = np.zeros(self.n, dtype=np.float32)
            for term, weight in group.items():
                hit = self.term_scores(term)
                if hit is None or weight <= 0:
                    continue
                ids, contrib = hit
                best[ids] = np.maximum(best[ids], weight * contrib)  # ids are unique per term
            out += best
        return out

    def save(self, path: Path, docs: list[list[str]]) -> None:
        """Write the token lists; the index is rebuilt from them on load (fast)."""
        path.write_text(json.dumps({"k1": self.k1, "b": self.b, "docs": docs}, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> tuple["BM25", list[list[str]]]:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["docs"], data["k1"], data["b"]), data["docs"]
