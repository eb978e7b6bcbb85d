"""Leave-one-set-out judgement of the English fusion weights with the second dense opinion (USE).

    python tools/fusion_loso.py [--seed-data DIR]

The English weights of ``fitted/fusion.json`` (USE's share of the dense side, the keyword weight and the
expressible share that go with it; ``tools/fit_fusion.py``) were chosen on the tune halves they are scored on.
Here every seed tune half's English questions (USE is asked only where no candidate is in the question's
language: the seed report alone) are searched once per grid point; then for each tune half the point that does
best on the other halves is chosen (ties: nearest the shipped weights) and scored on the held-out half. Printed
per held-out half: its paragraph hit@1 hits with the shipped weights, with the point chosen without it, and
with USE off (share 0, the keyword weights chosen without it alike). Nothing is written. Never run on a
check half.
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_fusion  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TUNE = [ROOT / f"bench/data/seed_tune{n}.jsonl" for n in ("", "2", "3", "4")]


def hits_per_set(index, embedder, questions_by_set: dict[str, list[dict]], tuning) -> dict[str, int]:
    """Paragraph hit@1 hits of each set's questions under ``tuning``."""
    from reportbot.index.evaluate import search_hit_at_1
    from reportbot.index.retrieval.search import Searcher

    searcher = Searcher(index, embedder, tuning)
    return {name: round(search_hit_at_1(searcher, qs) * len(qs)) if qs else 0 for name, qs in questions_by_set.items()}


def choose(table: dict[tuple, dict[str, int]], held: str, near: tuple, keep=lambda point: True) -> tuple:
    """The grid point with the most hits on every set but ``held`` (ties: nearest ``near``)."""
    points = [p for p in table if keep(p)]
    return max(points, key=lambda p: (sum(v for k, v in table[p].items() if k != held),
                                      -sum(abs(a - b) for a, b in zip(p, near))))


def main() -> None:
    from reportbot.index.evaluate import load_questions
    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.tuning import DEFAULT

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(tempfile.gettempdir()) / f"reportbot-bench-seed-{os.getuid()}"
    ap.add_argument("--seed-data", type=Path, default=default)
    svc = QAService(ap.parse_args().seed_data, None)
    index, embedder = svc.engine.index, fit_fusion.MemoEmbedder(svc.embedder)
    by_set = {p.name: [q for q in load_questions(p) if q["evidence"] and q.get("lang") == "en"] for p in TUNE}
    shipped = (DEFAULT.keyword_weight_en, DEFAULT.possible_share_en, DEFAULT.second_share_en)
    table = {}
    for w, s, a in itertools.product(fit_fusion.WEIGHTS, fit_fusion.SHARES, fit_fusion.SECOND_SHARES):
        t = dataclasses.replace(DEFAULT, keyword_weight_en=w, possible_share_en=s, second_share_en=a)
        table[w, s, a] = hits_per_set(index, embedder, by_set, t)
    totals = {"shipped": 0, "held out": 0, "without USE": 0}
    for held in by_set:
        chosen = choose(table, held, shipped)
        off = choose(table, held, shipped, keep=lambda p: p[2] == 0.0)
        row = {"shipped": table[shipped][held], "held out": table[chosen][held], "without USE": table[off][held]}
        for k, v in row.items():
            totals[k] += v
        print(f"{held:22s} n={len(by_set[held]):3d}  shipped {shipped}: {row['shipped']}  "
              f"chosen without it {chosen}: {row['held out']}  without USE {off}: {row['without USE']}")
    print("summed:", totals, "of", sum(len(v) for v in by_set.values()))
    for a in fit_fusion.SECOND_SHARES:  # in sample, for reading: each share at its best keyword weights
        best = choose(table, "", shipped, keep=lambda p, a=a: p[2] == a)
        print(f"USE share {a}: best {best} hits per set {table[best]} summed {sum(table[best].values())}")


if __name__ == "__main__":
    main()
