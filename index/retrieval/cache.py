"""Embedding caches: passages on disk keyed by model and text, so unchanged passages are never
embedded twice; question vectors in memory, so a question asked again is not embedded again."""
from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from reportbot.index.retrieval.batching import submit_query


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


@dataclass(frozen=True)
class QueryCacheSize:
    """How many question vectors the query cache keeps (least recently used go first).

    Attributes:
        entries: 4,096 vectors of 384 floats are 6 MB; members of a group asking the same thing
            within minutes hit it. Not fitted: any size above a burst of repeated questions works.
    """

    entries: int = 4096


_TRAILING = re.compile(r"[\s?？!！.。~～]+$")


def query_key(text: str) -> str:
    """The key two spellings of one question share: spaces collapsed, case folded, closing marks dropped."""
    return _TRAILING.sub("", " ".join(text.split()).casefold())


class CachedQueries:
    """An embedder whose question vectors are kept in an LRU cache keyed by :func:`query_key`.

    Passages go straight through (the build has its own cache on disk). Thread-safe; a vector
    is computed outside the lock, so two threads may embed the same new question once each.
    """

    def __init__(self, embedder, size: QueryCacheSize = QueryCacheSize()):
        self.inner = embedder
        self.name, self.dim = embedder.name, embedder.dim
        self._size = size.entries
        self._lru: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def submit_query(self, text: str) -> Future:
        """The question's vector as a future: done at once on a hit, else from the wrapped embedder."""
        key = query_key(text)
        with self._lock:
            v = self._lru.get(key)
            if v is not None:
                self._lru.move_to_end(key)
        if v is not None:
            self.hits += 1
            done: Future = Future()
            done.set_result(v)
            return done
        self.misses += 1
        out: Future = Future()  # done only once the vector is cached, so the caller's next ask hits

        def keep(f: Future) -> None:
            if f.exception() is not None:
                out.set_exception(f.exception())
            else:
                self._keep(key, f.result())
                out.set_result(f.result())
        submit_query(self.inner, text).add_done_callback(keep)
        return out

    def clear(self) -> None:
        with self._lock:
            self._lru.clear()

    def _keep(self, key: str, vector: np.ndarray) -> None:
        with self._lock:
            self._lru[key] = vector
            while len(self._lru) > self._size:
                self._lru.popitem(last=False)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        keys = [query_key(t) for t in texts]
        out: list[np.ndarray | None] = [None] * len(texts)
        with self._lock:
            for i, k in enumerate(keys):
                v = self._lru.get(k)
                if v is not None:
                    self._lru.move_to_end(k)
                    out[i] = v
        todo = [i for i, v in enumerate(out) if v is None]
        if todo:
            fresh = self.inner.encode_queries([texts[i] for i in todo])
            for i, v in zip(todo, fresh):
                out[i] = v
                self._keep(keys[i], v)
        self.hits += len(texts) - len(todo)
        self.misses += len(todo)
        return np.stack(out) if out else np.zeros((0, self.dim), np.float32)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self.inner.encode_passages(texts)
