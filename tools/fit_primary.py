"""Fit how much the report the bot is about (the seed documents) is preferred when other documents sit beside it.

    python tools/fit_primary.py [--library-data DIR]

On a data folder holding the seed report and the library (``bench/eval_sets.py --library`` makes it),
scores paragraph hit@1 of the search alone, for every pair of priors of a small grid (one for a question that
names no other document, one for a question that names one: a word of its title or own places, or one only it
says, that the report never says), on six tune halves:
the seed report's (``seed_tune``, ``seed_tune2``, ``seed_tune3``: questions that name no document, asked with the
library loaded) and the library's (``library_tune``, ``library_tune2``, ``library_tune3``: questions about every
document, most naming theirs). The objective is the mean of the six sets' hit@1, each set counting alike, so neither
kind of question outweighs the other by its size, among the priors that cost each library set at most
``TOLERANCE`` of its hit@1 without a prior (a question that names its document must keep its passage;
the prior is only meant to decide what names none); among ties the smallest prior wins. Writes the value
with what it was fitted on to ``index/retrieval/fitted/primary.json``. Never fit on a check half.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import tempfile
from pathlib import Path

from fit_fusion import MemoEmbedder  # tools/ is the script's folder

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "index" / "retrieval" / "fitted" / "primary.json"
SETS = [ROOT / f"bench/data/{kind}_tune{n}.jsonl" for kind in ("seed", "library") for n in ("", "2", "3")]
TOLERANCE = 0.025
PRIORS = [0.0, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4]
# the prior for a question that names another document (Searcher._primary_prior): at most the other one
NAMED = [0.0, 0.05, 0.075, 0.1]


def main() -> None:
    from reportbot.index.evaluate import load_questions, search_hit_at_1
    from reportbot.index.library.registry import SEED
    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.search import Searcher
    from reportbot.index.retrieval.tuning import DEFAULT

    ap = argparse.ArgumentParser()
    ap.add_argument("--library-data", type=Path,
                    default=Path(tempfile.gettempdir()) / f"reportbot-bench-library-{os.getuid()}")
    args = ap.parse_args()
    svc = QAService(args.library_data, None)
    primary = frozenset(r.id for r in svc.library.documents() if r.added_by == SEED)
    if not primary:
        raise SystemExit(f"{args.library_data} holds no seed document; run bench/eval_sets.py --library first")
    index, emb = svc.engine.index, MemoEmbedder(svc.embedder)
    sets = [load_questions(p) for p in SETS]
    scores = {}
    for prior, named in ((p, n) for p in PRIORS for n in NAMED if n <= p):
        tuning = dataclasses.replace(DEFAULT, primary_prior=prior, primary_prior_named=named)
        searcher = Searcher(index, emb, tuning, primary=primary)
        scores[prior, named] = [search_hit_at_1(searcher, qs) for qs in sets]
        print(f"prior {prior:.3f} named {named:.3f}  " + "  ".join(f"{p.stem} {s:.3f}" for p, s in
                                                                    zip(SETS, scores[prior, named]))
              + f"  mean {sum(scores[prior, named]) / len(SETS):.3f}", flush=True)
    library = [i for i, p in enumerate(SETS) if p.stem.startswith("library")]
    none = (0.0, 0.0)
    allowed = [v for v in scores if all(scores[v][i] >= scores[none][i] - TOLERANCE for i in library)]
    best = max(allowed, key=lambda v: (round(sum(scores[v]), 6), -v[0], -v[1]))
    OUT.write_text(json.dumps({"primary_prior": best[0], "primary_prior_named": best[1],
                               "mean_hit@1": round(sum(scores[best]) / len(SETS), 4),
                               "per_set": {p.name: round(s, 4) for p, s in zip(SETS, scores[best])},
                               "without": {p.name: round(s, 4) for p, s in zip(SETS, scores[none])},
                               "library_tolerance": TOLERANCE, "fitted_on": [p.name for p in SETS],
                               "model": emb.name}, indent=1) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT}: {best}")


if __name__ == "__main__":
    main()
