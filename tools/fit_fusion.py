"""Fit the fusion's keyword weight and how much an English question's expressible share scales it.

    python tools/fit_fusion.py [--seed-data DIR] [--library-data DIR]

Scores paragraph hit@1 of the search alone on the tune halves and the sets used while tuning
(the seed sets on a data folder holding the seed report, ``library_tune`` on one holding the
library; ``bench/eval_sets.py`` makes both), for every point of a small grid, and writes the best
(nearest the hand-set 0.7 / 0.5 among ties) with what it was fitted on to
``index/retrieval/fitted/fusion.json``. Never fit on a check half.
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "index" / "retrieval" / "fitted" / "fusion.json"
SEED_SETS = [ROOT / "tests/data/qa_dev.jsonl", ROOT / "bench/data/qa_extra.jsonl", ROOT / "bench/data/seed_tune.jsonl"]
LIBRARY_SETS = [ROOT / "bench/data/library_tune.jsonl"]
# the dense side keeps at least a tenth of the vote, so passages the keyword side scores alike are
# still told apart by meaning
WEIGHTS = [0.5, 0.6, 0.7, 0.8, 0.9]
SHARES = [0.0, 0.25, 0.5, 0.75, 1.0]


class MemoEmbedder:
    """The service's embedder with question vectors kept, so each grid point does not embed again."""

    def __init__(self, inner):
        self.inner, self.name, self.dim, self.memo = inner, inner.name, inner.dim, {}

    def encode_queries(self, texts):
        import numpy as np

        missing = [t for t in texts if t not in self.memo]
        if missing:
            self.memo.update(zip(missing, self.inner.encode_queries(missing)))
        return np.vstack([self.memo[t] for t in texts])


def main() -> None:
    from reportbot.index.evaluate import load_questions, search_hit_at_1
    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.search import Searcher
    from reportbot.index.retrieval.tuning import DEFAULT

    tmp = Path(tempfile.gettempdir())
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed-data", type=Path, default=tmp / f"reportbot-bench-seed-{os.getuid()}")
    ap.add_argument("--library-data", type=Path, default=tmp / f"reportbot-bench-library-{os.getuid()}")
    args = ap.parse_args()
    parts = []
    for data, sets in ((args.seed_data, SEED_SETS), (args.library_data, LIBRARY_SETS)):
        svc = QAService(data, None)
        questions = [q for p in sets for q in load_questions(p)]
        parts.append((svc.engine.index, MemoEmbedder(svc.embedder), questions, sets))
    total = sum(sum(1 for q in qs if q["evidence"]) for _, _, qs, _ in parts)
    scores = {}
    for weight, share in itertools.product(WEIGHTS, SHARES):
        tuning = dataclasses.replace(DEFAULT, keyword_weight=weight, possible_share=share)
        hits = sum(search_hit_at_1(Searcher(ix, emb, tuning), qs) * sum(1 for q in qs if q["evidence"])
                   for ix, emb, qs, _ in parts)
        scores[weight, share] = hits / total
        print(f"keyword weight {weight:.2f}  possible share {share:.2f}  hit@1 {scores[weight, share]:.3f}")
    best = max(scores, key=lambda k: (round(scores[k], 6), -abs(k[0] - 0.7) - abs(k[1] - 0.5)))
    OUT.write_text(json.dumps({"keyword_weight": best[0], "possible_share": best[1],
                               "hit@1": round(scores[best], 4), "hand_set_hit@1": round(scores[0.7, 0.5], 4),
                               "fitted_on": [p.name for _, _, _, sets in parts for p in sets],
                               "questions": total, "model": parts[0][1].name}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {best}")


if __name__ == "__main__":
    main()
