"""Calibrate the abstention thresholds on question sets with answerable and out-of-scope questions.

    python tools/calibrate_abstention.py [DATA_DIR] [FILE.jsonl ...]

Runs the engine on every question, prints the signals the decision uses (coverage of the
question's idf-weighted words by the best passage, best dense cosine, answer type found), then
searches the thresholds of ``index/abstain.py`` for the fewest mistakes, taking the middle of
the best range so the margins on both sides are as wide as the data allows. Reproducible: the
same index and questions give the same figures.
"""
from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index import abstain  # noqa: E402
from index.abstain import Evidence  # noqa: E402
from index.evaluate import load_questions  # noqa: E402

DEFAULT_SETS = [ROOT.parent / "shared" / "eval" / "qa_dev.jsonl", ROOT / "bench" / "data" / "qa_extra.jsonl"]


def decide(e: Evidence, floor: float, strong: float, dense: float) -> bool:
    if e.coverage >= strong:
        return True
    if e.coverage >= floor:
        return e.typed or e.dense >= dense
    return False


def main() -> None:
    from index.service import QAService

    args = sys.argv[1:]
    data = Path(args.pop(0)) if args and not args[0].endswith(".jsonl") else Path(tempfile.mkdtemp()) / "data"
    sets = [Path(a) for a in args] or [p for p in DEFAULT_SETS if p.exists()]
    svc = QAService(data, ROOT / "seeds")
    rows = []
    for path in sets:
        for q in load_questions(path):
            a = svc.ask(q["question"])
            if a.evidence_features is None:  # no content words at all: always refused
                continue
            rows.append((q, a.evidence_features))
    print(f"{'kind':<5} {'lang':<7} {'cover':>5} {'dense':>5} typed  question")
    for q, e in sorted(rows, key=lambda r: (r[0]["evidence"] is None, r[1].coverage)):
        kind = "ANS" if q["evidence"] else "NULL"
        print(f"{kind:<5} {q['lang']:<7} {e.coverage:5.2f} {e.dense:5.3f} {str(e.typed):<6} {q['question'][:60]}")

    grid = [round(x * 0.02, 2) for x in range(0, 51)]
    dense_grid = [round(0.70 + x * 0.01, 2) for x in range(0, 21)]
    best, results = None, []
    for floor, strong, dense in itertools.product(grid, grid, dense_grid):
        if strong < floor:
            continue
        wrong_refusals = sum(not decide(e, floor, strong, dense) for q, e in rows if q["evidence"])
        wrong_answers = sum(decide(e, floor, strong, dense) for q, e in rows if not q["evidence"])
        cost = wrong_refusals + wrong_answers
        results.append((cost, floor, strong, dense, wrong_refusals, wrong_answers))
        if best is None or cost < best:
            best = cost
    chosen = [r for r in results if r[0] == best]

    def middle(values: list[float]) -> float:
        values = sorted(set(values))
        return values[len(values) // 2]
    floor = middle([r[1] for r in chosen])
    strong = middle([r[2] for r in chosen if r[1] == floor])
    dense = middle([r[3] for r in chosen if r[1] == floor and r[2] == strong])
    r = next(x for x in chosen if x[1:4] == (floor, strong, dense))
    print(f"\n{len(rows)} questions; fewest mistakes {best} "
          f"({r[4]} answerable refused, {r[5]} out-of-scope answered)")
    print(f"COVERAGE_FLOOR = {floor}\nSTRONG_COVERAGE = {strong}\nDENSE_FLOOR = {dense}")
    print(f"now in index/abstain.py: COVERAGE_FLOOR = {abstain.COVERAGE_FLOOR}, "
          f"STRONG_COVERAGE = {abstain.STRONG_COVERAGE}, DENSE_FLOOR = {abstain.DENSE_FLOOR}")


if __name__ == "__main__":
    main()
