"""BM25 keyword scoring over an inverted index held in flat numpy arrays.

Written here rather than taken from ``rank_bm25``: that package scores every
document in a Python loop for each query term (too slow at 100,000 passages)
and its Okapi idf is zero or negative for a term in half the documents or more
(rank_bm25 issues #39, #43). This uses Lucene's always-positive idf. Postings
are kept CSR-style (one array of unit ids and one of term counts, sliced per
term), saved as ``.npz`` and memory-light to load.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

# term -> (the units whose context holds it, the score a context match has), or None
ContextMatch = Callable[[str], "tuple[np.ndarray, float] | None"]


class BM25:
    """An inverted index with BM25 scoring.

    Build it with :meth:`from_tokens`; ``vocab`` maps a term to its row in the CSR arrays.
    """

    def __init__(self, vocab: dict[str, int], offsets: np.ndarray, ids: np.ndarray, tfs: np.ndarray,
                 lengths: np.ndarray, k1: float = 1.2, b: float = 0.75):
        self.vocab, self.offsets, self.ids, self.tfs = vocab, offsets, ids, tfs
        self.k1, self.b = k1, b
        self.lengths = lengths.astype(np.float32)
        self.n = len(lengths)
        self.avgdl = float(self.lengths.mean()) if self.n and self.lengths.sum() else 1.0
        self._norm = self.k1 * (1 - self.b + self.b * self.lengths / self.avgdl)

    @classmethod
    def from_tokens(cls, docs: list[list[str]], k1: float = 1.2, b: float = 0.75) -> BM25:
        """Index one token list per unit (sentence or paragraph)."""
        postings: dict[str, list[tuple[int, int]]] = {}
        for i, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                postings.setdefault(term, []).append((i, tf))
        vocab = {t: j for j, t in enumerate(postings)}
        sizes = np.array([len(p) for p in postings.values()], dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        ids = np.fromiter((i for p in postings.values() for i, _ in p), dtype=np.int32, count=int(offsets[-1]))
        tfs = np.fromiter((tf for p in postings.values() for _, tf in p), dtype=np.float32, count=int(offsets[-1]))
        return cls(vocab, offsets, ids, tfs, np.array([len(d) for d in docs]), k1, b)

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(sorted unit ids, term counts) of a term, or None for a term the index has never seen."""
        j = self.vocab.get(term)
        if j is None:
            return None
        a, b = self.offsets[j], self.offsets[j + 1]
        return self.ids[a:b], self.tfs[a:b]

    def df(self, term: str) -> int:
        j = self.vocab.get(term)
        return 0 if j is None else int(self.offsets[j + 1] - self.offsets[j])

    def idf(self, term: str) -> float:
        """Inverse document frequency; 0.0 for a term the index has never seen."""
        df = self.df(term)
        if df == 0:
            return 0.0
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def contains(self, term: str, rows: np.ndarray) -> np.ndarray:
        """For each unit in ``rows``, whether it contains ``term``."""
        hit = self.postings(term)
        if hit is None:
            return np.zeros(len(rows), dtype=bool)
        ids = hit[0]
        pos = np.searchsorted(ids, rows)
        return (pos < len(ids)) & (ids[np.minimum(pos, len(ids) - 1)] == rows)

    def term_scores(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(unit rows, BM25 contribution) of one term, or None for an unknown term."""
        hit = self.postings(term)
        if hit is None:
            return None
        ids, tfs = hit
        return ids, self.idf(term) * tfs * (self.k1 + 1) / (tfs + self._norm[ids])

    def scores(self, terms: dict[str, float] | list[str]) -> np.ndarray:
        """BM25 score of every unit for a bag of query terms (a list, or term -> weight)."""
        if isinstance(terms, list):
            terms = dict(Counter(terms))
        return self.group_scores([{t: w} for t, w in terms.items()])

    def group_scores(self, groups: list[dict[str, float]], context: ContextMatch | None = None) -> np.ndarray:
        """BM25 for groups of alternative terms: each group adds its best-matching term once.

        Args:
            groups: one mapping of term -> weight per query concept (a word and its
                sub-words, or the translations of one English phrase).
            context: term -> (the units whose context holds it, the score it has there), or None.
                A term its context holds scores that context match wherever it stands, the same
                for every unit of a document: a word that names the document tells its passages
                apart from other documents' passages, not from one another.
        """
        out = np.zeros(self.n, dtype=np.float32)
        for group in groups:
            best = None
            for term, weight in group.items():
                scores = self._term_array(term, context)
                if scores is None or weight <= 0:
                    continue
                best = weight * scores if best is None else np.maximum(best, weight * scores)
            if best is not None:
                out += best
        return out

    def _term_array(self, term: str, context: ContextMatch | None) -> np.ndarray | None:
        hit = self.term_scores(term)
        extra = context(term) if context is not None else None
        if hit is None and extra is None:
            return None
        scores = np.zeros(self.n, dtype=np.float32)
        if hit is not None:
            scores[hit[0]] = hit[1]
        if extra is not None:
            scores[extra[0]] = extra[1]
        return scores

    def group_scores_at(self, groups: list[dict[str, float]], rows: np.ndarray,
                        skip: dict[str, np.ndarray] | None = None) -> np.ndarray:
        """:meth:`group_scores` for the units ``rows`` only: cheap when they are few and terms are common.

        Args:
            skip: term -> a mask over ``rows`` where the term counts nothing (it is scored elsewhere).
        """
        out = np.zeros(len(rows), dtype=np.float32)
        if not len(rows):
            return out
        for group in groups:
            best = np.zeros(len(rows), dtype=np.float32)
            for term, weight in group.items():
                hit = self.postings(term)
                if hit is None or weight <= 0:
                    continue
                ids, tfs = hit
                pos = np.minimum(np.searchsorted(ids, rows), len(ids) - 1)
                found = ids[pos] == rows
                if not found.any():
                    continue
                if skip is not None and term in skip:
                    found = found & ~skip[term]
                tf = np.where(found, tfs[pos], 0.0)
                norm = self._norm[rows]
                contrib = self.idf(term) * tf * (self.k1 + 1) / (tf + norm)
                best = np.maximum(best, weight * contrib)
            out += best
        return out

    def appended(self, docs: list[list[str]]) -> BM25:
        """A new index: these units after the existing ones (postings merged, nothing re-tokenised)."""
        if not docs:
            return self
        new = BM25.from_tokens(docs, self.k1, self.b)
        vocab = dict(self.vocab)
        for t in new.vocab:
            vocab.setdefault(t, len(vocab))
        n_old = len(self.vocab)
        where = np.fromiter((vocab[t] for t in new.vocab), np.int64, count=len(new.vocab))
        counts = np.zeros(len(vocab), np.int64)
        counts[:n_old] = np.diff(self.offsets)
        counts[where] += np.diff(new.offsets)
        offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        # each term's new postings go after its old ones (ids stay sorted within a term); a term the
        # index did not have goes at the end, in vocabulary order
        at = np.where(where < n_old, self.offsets[np.minimum(where, n_old - 1) + 1], len(self.ids))
        order = np.argsort(where, kind="stable")  # the new postings term by term in the merged vocabulary's order
        lens = np.diff(new.offsets)[order]
        pick = np.repeat(new.offsets[:-1][order] - (np.cumsum(lens) - lens), lens) + np.arange(int(lens.sum()))
        at = np.repeat(at[order], lens)
        ids = np.insert(self.ids, at, (new.ids[pick] + self.n).astype(self.ids.dtype))
        tfs = np.insert(self.tfs, at, new.tfs[pick].astype(self.tfs.dtype))
        return BM25(vocab, offsets, ids, tfs, np.concatenate([self.lengths, new.lengths]), self.k1, self.b)

    def without(self, rows: np.ndarray) -> BM25:
        """A new index without the units ``rows``; the others are renumbered in order."""
        if not len(rows):
            return self
        keep = np.ones(self.n, bool)
        keep[np.asarray(rows, dtype=np.int64)] = False
        renumber = (np.cumsum(keep) - 1).astype(np.int32)
        alive = keep[self.ids]
        starts = self.offsets[:-1]
        counts = np.add.reduceat(alive.astype(np.int64), starts) if len(alive) else np.zeros(len(starts), np.int64)
        counts[starts == self.offsets[1:]] = 0  # (reduceat gives an empty term its next element)
        present = counts > 0  # a term only the removed units had leaves the vocabulary
        vocab = self.vocab if present.all() else {t: j for j, t in enumerate(t for t, k in self.vocab.items()
                                                                                if present[k])}
        offsets = np.concatenate([[0], np.cumsum(counts[present])]).astype(np.int64)
        return BM25(vocab, offsets, renumber[self.ids[alive]], self.tfs[alive], self.lengths[keep], self.k1, self.b)

    def save(self, path: Path) -> None:
        np.savez(path, offsets=self.offsets, ids=self.ids, tfs=self.tfs, lengths=self.lengths,
                 params=np.array([self.k1, self.b]),
                 vocab=np.frombuffer(json.dumps(list(self.vocab), ensure_ascii=False).encode("utf-8"), np.uint8))

    @classmethod
    def load(cls, path: Path) -> BM25:
        with np.load(path) as z:
            words = json.loads(z["vocab"].tobytes().decode("utf-8"))
            k1, b = (float(x) for x in z["params"])
            return cls({t: j for j, t in enumerate(words)}, z["offsets"], z["ids"], z["tfs"], z["lengths"], k1, b)
