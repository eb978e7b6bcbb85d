"""Fit the fusion's weights: the keyword side's, and the second dense opinion's per question language.

    python tools/fit_fusion.py [--seed-data DIR] [--library-data DIR]

Scores paragraph hit@1 of the search alone on the tune halves and the sets used while tuning
(the seed sets on a data folder holding the seed report, the library's tune halves on one holding
the library; ``bench/eval_sets.py`` makes both), for every point of small grids:

1. every question, without the second opinion: the keyword weight and how much an English
   question's expressible share scales it (what serves wherever the second opinion is not there);
2. English questions, with the second opinion (USE multilingual, ``second_opinion.py``): its share
   of the dense side, with the keyword weight and expressible share that go with it;
3. Chinese questions: the second opinion's share, with the weights of 1.

Each keeps the best point (ties: nearest the hand-set 0.7 / 0.5, then the smaller share), and all
are written with what they were fitted on to ``index/retrieval/fitted/fusion.json``. Never fit on
a check half.
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
SEED_SETS = [ROOT / "tests/data/qa_dev.jsonl", ROOT / "bench/data/qa_extra.jsonl", ROOT / "bench/data/seed_tune.jsonl",
             ROOT / "bench/data/seed_tune2.jsonl", ROOT / "bench/data/seed_tune3.jsonl"]
LIBRARY_SETS = [ROOT / "bench/data/library_tune.jsonl", ROOT / "bench/data/library_tune2.jsonl",
                ROOT / "bench/data/library_tune3.jsonl"]
# the dense side keeps at least a tenth of the vote, so passages the keyword side scores alike are
# still told apart by meaning
WEIGHTS = [0.5, 0.6, 0.7, 0.8, 0.9]
SHARES = [0.0, 0.25, 0.5, 0.75, 1.0]
SECOND_SHARES = [0.0, 0.2, 0.3, 0.4, 0.5, 0.6]


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


def open_parts(description: str) -> list[tuple]:
    """Parse ``--seed-data`` / ``--library-data`` and open both folders' indexes with their tune sets.

    Returns one (index, memo embedder, questions, set files) part for the seed sets on the seed's
    folder and one for the library sets on the library's (``bench/eval_sets.py`` makes both).
    """
    from reportbot.index.evaluate import load_questions
    from reportbot.index.library.service import QAService

    tmp = Path(tempfile.gettempdir())
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--seed-data", type=Path, default=tmp / f"reportbot-bench-seed-{os.getuid()}")
    ap.add_argument("--library-data", type=Path, default=tmp / f"reportbot-bench-library-{os.getuid()}")
    args = ap.parse_args()
    parts = []
    for data, files in ((args.seed_data, SEED_SETS), (args.library_data, LIBRARY_SETS)):
        svc = QAService(data, None)
        parts.append((svc.engine.index, MemoEmbedder(svc.embedder), [q for p in files for q in load_questions(p)],
                      files))
    return parts


def _hit_rate(parts, tuning, keep) -> float:
    """Pooled paragraph hit@1 of the questions ``keep`` accepts, over (index, embedder, questions) parts."""
    from reportbot.index.evaluate import search_hit_at_1
    from reportbot.index.retrieval.search import Searcher

    hits = total = 0
    for ix, emb, questions, _ in parts:
        chosen = [q for q in questions if q["evidence"] and keep(q)]
        if chosen:
            hits += search_hit_at_1(Searcher(ix, emb, tuning), chosen) * len(chosen)
            total += len(chosen)
    return hits / total if total else 0.0


def _best(scores: dict, near: tuple) -> tuple:
    return max(scores, key=lambda k: (round(scores[k], 6), -sum(abs(a - b) for a, b in zip(k, near))))


def main() -> None:
    from reportbot.index.retrieval.second_opinion import installed
    from reportbot.index.retrieval.tuning import DEFAULT

    parts = open_parts(__doc__.splitlines()[0])
    sets = [p for *_, files in parts for p in files]
    english = lambda q: q.get("lang") == "en"  # noqa: E731
    off = dataclasses.replace(DEFAULT, second_share_en=0.0, second_share_zh=0.0)
    pooled = {(w, s): _hit_rate(parts, dataclasses.replace(off, keyword_weight=w, possible_share=s), lambda q: True)
              for w, s in itertools.product(WEIGHTS, SHARES)}
    weight, share = _best(pooled, (0.7, 0.5))
    print(f"every question, no second opinion: {weight} / {share}  hit@1 {pooled[weight, share]:.3f}")
    base = dataclasses.replace(off, keyword_weight=weight, possible_share=share)
    en = {}
    for w, s, a in itertools.product(WEIGHTS, SHARES, SECOND_SHARES):
        t = dataclasses.replace(base, keyword_weight_en=w, possible_share_en=s, second_share_en=a)
        en[w, s, a] = _hit_rate(parts, t, english)
    en_best = _best(en, (weight, share, 0.0))
    print(f"English: {en_best}  hit@1 {en[en_best]:.3f} (without: {en[weight, share, 0.0]:.3f})")
    zh = {(a,): _hit_rate(parts, dataclasses.replace(base, second_share_zh=a), lambda q: not english(q))
          for a in SECOND_SHARES}
    zh_best = _best(zh, (0.0,))
    print(f"Chinese: second share {zh_best[0]}  hit@1 {zh[zh_best]:.3f} (without: {zh[0.0,]:.3f})")
    second = installed()
    OUT.write_text(json.dumps({
        "keyword_weight": weight, "possible_share": share, "hit@1": round(pooled[weight, share], 4),
        "hand_set_hit@1": round(pooled[0.7, 0.5], 4),
        "en": {"keyword_weight": en_best[0], "possible_share": en_best[1], "second_share": en_best[2],
               "hit@1": round(en[en_best], 4), "without_second_hit@1": round(en[weight, share, 0.0], 4)},
        "zh": {"second_share": zh_best[0], "hit@1": round(zh[zh_best], 4), "without_second_hit@1": round(zh[0.0,], 4)},
        "fitted_on": [p.name for p in sets], "questions": sum(1 for _, _, qs, _ in parts for q in qs if q["evidence"]),
        "model": parts[0][1].name, "second_opinion": second.name if second else None}, indent=1) + "\n",
        encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
