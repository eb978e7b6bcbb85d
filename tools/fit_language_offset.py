"""Fit the search's cross-language offset: what is added to e5 cosines of passages not in the question's language.

    python tools/fit_language_offset.py DATA_DIR SET_tune.jsonl [...]

DATA_DIR must hold the library the questions are about (``bench/eval_sets.py --library --data DIR``
makes one). Tries offsets from 0 to 0.16 and keeps the one with the best paragraph hit@1 on the
questions (the smallest among ties), writing it with what it was fitted on to
``index/retrieval/fitted/language_offset.json``. Tune halves only: never fit on a check half.
"""
from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "index" / "retrieval" / "fitted" / "language_offset.json"
GRID = [round(0.01 * i, 2) for i in range(17)]


def main() -> None:
    from reportbot.index.evaluate import load_questions, search_hit_at_1
    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.search import Searcher
    from reportbot.index.retrieval.tuning import DEFAULT

    data, sets = Path(sys.argv[1]), [Path(a) for a in sys.argv[2:]]
    if any("check" in p.name for p in sets):
        sys.exit("fit on tune halves only")
    svc = QAService(data, None)
    questions = [q for p in sets for q in load_questions(p)]
    scores = {}
    for offset in GRID:
        tuning = dataclasses.replace(DEFAULT, cross_language_offset=offset)
        scores[offset] = search_hit_at_1(Searcher(svc.engine.index, svc.embedder, tuning), questions)
        print(f"offset {offset:.2f}  hit@1 {scores[offset]:.3f}")
    best = max(GRID, key=lambda o: (scores[o], -o))
    OUT.write_text(json.dumps({"cross_language_offset": best, "hit@1": round(scores[best], 4),
                               "fitted_on": [p.name for p in sets], "questions": len(questions),
                               "model": svc.embedder.name}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {best}")


if __name__ == "__main__":
    main()
