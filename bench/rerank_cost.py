"""What the reranker costs per question: the engine's CPU time with and without it, rounds alternating.

    python bench/rerank_cost.py DATA_DIR [--rounds N] [--model FILE]

Asks the dev set and ``qa_extra`` of the seed in DATA_DIR (built when missing) with the search's fused order and
with the reranker of ``--model`` (default: the shipped ``fitted/rerank.json``, adopted or not), alternating, and
prints the median per-question CPU milliseconds of each (process time: a shared machine's load barely moves it).
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from _common import DEV, EXTRA, SEEDS, questions


def main() -> None:
    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.rerank import MODEL_FILE, load

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--model", type=Path, default=MODEL_FILE)
    args = ap.parse_args()
    record = json.loads(args.model.read_text(encoding="utf-8"))
    model = load(args.model) or load_anyway(record)
    svc = QAService(args.data, SEEDS)
    qs = [q["question"] for q in questions(DEV, EXTRA)]
    for q in qs:  # warm: question vectors and caches as a running bot has them
        svc.ask(q)
    times: dict[str, list[float]] = {"fused order": [], "reranked": []}
    for _ in range(args.rounds):
        for name, reranker in (("fused order", None), ("reranked", model)):
            svc.engine.searcher.reranker = reranker
            for q in qs:
                t0 = time.process_time()
                svc.ask(q)
                times[name].append(time.process_time() - t0)
    for name, ts in times.items():
        print(f"{name:12} median {statistics.median(ts) * 1000:.2f} ms, mean {statistics.mean(ts) * 1000:.2f} ms "
              f"CPU per question ({len(ts)} asks)")


def load_anyway(record: dict):
    """The reranker of a record whether or not its fit was adopted."""
    from reportbot.index.retrieval.rerank import Reranker

    return Reranker(tuple(record["features"]), tuple(record["weights"]), float(record["bias"]),
                    tuple(record["scale"]), float(record["threshold"]), int(record["depth"]))


if __name__ == "__main__":
    main()
