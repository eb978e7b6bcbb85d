"""Calibrate the abstention floors on question sets with answerable and out-of-scope questions.

    python tools/calibrate_abstention.py [DATA_DIR] [FILE.jsonl ...]

Runs the engine on every question, prints the signals of ``index/abstain.py`` (coverage of the
question's idf-weighted words by the best passage; for English, times the share of its words
the corpus can express), then finds per language the floor with the fewest mistakes, placed in
the middle of the gap so the margins on both sides are as wide as the data allows.
Reproducible: the same index and questions give the same figures.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from reportbot.index.answering import refusal as abstain  # noqa: E402
from reportbot.index.evaluate import load_questions  # noqa: E402

DEFAULT_SETS = [ROOT.parent / "shared" / "eval" / "qa_dev.jsonl", ROOT / "bench" / "data" / "qa_extra.jsonl"]


def main() -> None:
    from reportbot.index.library.service import QAService

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
    print(f"{'kind':<5} {'lang':<7} {'score':>5} {'cover':>5} {'expr':>5} {'dense':>5}  question")
    for q, e in sorted(rows, key=lambda r: (r[1].lang, r[1].score)):
        kind = "ANS" if q["evidence"] else "NULL"
        print(f"{kind:<5} {q['lang']:<7} {e.score:5.2f} {e.coverage:5.2f} {e.expressible:5.2f} {e.dense:5.3f}  "
              f"{q['question'][:60]}")

    print()
    for lang in ("zh", "en"):
        mine = [(q, e) for q, e in rows if (e.lang == lang)]
        pos = sorted(e.score for q, e in mine if q["evidence"])
        neg = sorted(e.score for q, e in mine if not q["evidence"])
        best = None
        for floor in sorted({0.0, 1.01, *pos, *neg}):
            answered = sum(s >= floor for s in neg)
            mistakes = sum(s < floor for s in pos) + answered
            # on a tie, refuse: answering an out-of-scope question is the worse mistake
            if best is None or (mistakes, answered) < best[0]:
                best = ((mistakes, answered), floor)
        # the middle of the gap below the best floor: widest margin on both sides
        below = max([s for s in pos + neg if s < best[1]], default=0.0)
        floor = round((below + best[1]) / 2, 3)
        margin = best[1] - below
        wrong_refused = sum(s < floor for s in pos)
        wrong_answered = sum(s >= floor for s in neg)
        print(f"{lang}: {len(pos)} answerable (lowest score {pos[0] if pos else 0:.2f}), {len(neg)} out of scope "
              f"(highest {neg[-1] if neg else 0:.2f}); floor {floor} (gap {margin:.3f}): {wrong_refused} answerable refused, "
              f"{wrong_answered} out-of-scope answered; now {abstain.FLOORS.get(lang)}")


if __name__ == "__main__":
    main()
