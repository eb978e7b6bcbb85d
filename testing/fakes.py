"""Fakes shared by tests/ and bench/: a deterministic embedder (no model, no network)."""
from __future__ import annotations

import hashlib

import numpy as np


class HashEmbedder:
    """Deterministic bag-of-character-bigrams vectors: fast, and similar texts get similar vectors."""

    def __init__(self, name: str = "fake-hash", dim: int = 64):
        self.name, self.dim = name, dim
        self.calls = 0
        self.texts_embedded = 0

    def _one(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, np.float32)
        for a, b in zip(text, text[1:] + " "):
            v[int(hashlib.md5((a + b).encode()).hexdigest(), 16) % self.dim] += 1
        n = np.linalg.norm(v)
        return v / n if n else v

    def encode_queries(self, texts):
        return np.vstack([self._one(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def encode_passages(self, texts):
        self.calls += 1
        self.texts_embedded += len(texts)
        return self.encode_queries(list(texts))


def first_text(index, embedder, tuning, question: str, primary: str) -> str:
    """The first passage's text a search over ``index`` gives ``question``, with ``primary`` the primary document
    (tests that pin an embedder's cosines and compare tunings)."""
    from reportbot.index.retrieval.search import Searcher

    top = Searcher(index, embedder, tuning, primary=frozenset({primary})).search(question, k=3).top
    assert top is not None
    return top.paragraph.text
