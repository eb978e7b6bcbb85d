"""Embedding cache keyed by model and text, so unchanged passages are never embedded twice."""
from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np


def _key(model: str, text: str) -> str:
    return hashlib.sha1(f"{model}\x00{text}".encode()).hexdigest()


def _batches(n: int, most: int, first: int = 8):
    """(start, stop) of batches growing from ``first`` to ``most`` texts: a progress bar moves within
    seconds, and long builds still embed in full batches."""
    start, size = 0, min(first, most)
    while start < n:
        yield start, min(start + size, n)
        start, size = start + size, min(size * 2, most)


class EmbeddingCache:
    """A SQLite file of vectors; safe to share between threads of one process."""

    def __init__(self, path: Path | None):
        self._lock = threading.Lock()
        self._db = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS vec (k TEXT PRIMARY KEY, v BLOB)")

    def encode(self, model: str, dim: int, texts: list[str],
               embed: Callable[[list[str]], np.ndarray],
               progress: Callable[[int, int], None] | None = None, batch: int = 64) -> tuple[np.ndarray, int]:
        """Vectors for ``texts``, embedding only those not cached.

        Args:
            model: the embedder's name (part of the key).
            dim: vector dimension.
            texts: the passages.
            embed: the function that embeds a list of texts.
            progress: called with (done, total) as batches of new texts are embedded (the first ones small).
            batch: how many texts to embed per call.

        Returns:
            (vectors in the order of ``texts``, how many were newly embedded).
        """
        out = np.zeros((len(texts), dim), dtype=np.float32)
        keys = [_key(model, t) for t in texts]
        found: dict[str, bytes] = {}
        if self._db is not None:
            with self._lock:
                for i in range(0, len(keys), 500):
                    chunk = keys[i:i + 500]
                    q = f"SELECT k, v FROM vec WHERE k IN ({','.join('?' * len(chunk))})"
                    found.update(self._db.execute(q, chunk).fetchall())
        missing = [i for i, k in enumerate(keys) if k not in found or len(found[k]) != 4 * dim]
        for i, k in enumerate(keys):
            if k in found and len(found[k]) == 4 * dim:
                out[i] = np.frombuffer(found[k], dtype=np.float32)
        unique = list(dict.fromkeys(missing_text for missing_text in (texts[i] for i in missing)))
        fresh: dict[str, np.ndarray] = {}
        if progress:
            progress(0, len(unique))
        for start, stop in _batches(len(unique), batch):
            part = unique[start:stop]
            vecs = embed(part)
            fresh.update(zip(part, vecs))
            if self._db is not None:
                with self._lock, self._db:
                    self._db.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?)",
                                         [(_key(model, t), v.astype(np.float32).tobytes()) for t, v in zip(part, vecs)])
            if progress:
                progress(stop, len(unique))
        for i in missing:
            out[i] = fresh[texts[i]]
        return out, len(unique)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
