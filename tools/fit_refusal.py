"""Fit the refusal model: a logistic regression over the named signals of ``index/answering/signals.py``.

    pip install -e '.[tools]'
    python tools/fit_refusal.py [--seed SET.jsonl ...] [--library SET.jsonl ...] [--guard SET.jsonl ...]
                                [--out FILE] [--dry-run] [--threshold T] [--jobs N] [--rows FILE]
                                [--without SIGNAL ...]

Runs the engine on every question of the given sets (``--seed`` sets on the seed report alone,
``--library`` sets on the seed plus ``bench/library/docs`` and any other folder of ``bench/library`` holding a
document the set names, as ``docs5`` for ``library_tune5``; by default every ``*_tune*.jsonl`` in
``bench/data``), records each answer's signals and whether the question is answerable, and fits
scikit-learn's ``LogisticRegression`` on standardised signals. Questions the engine refuses whatever
the model says (no answer found, or the top passage contradicts a place or year the question names)
are left out of the fit. The regularisation, the weighting (each question or each set the same) and the threshold
are chosen by leave one set out (``refusal_select.py``): each tune half decided by the model fitted on the others,
as a blind set is; the choice with the lowest balanced error summed over the held-out halves (the share of
answerable questions refused plus the share of out-of-scope ones answered).
``--guard`` sets (the dev set) are only scored with the fitted model, never fitted on. Writes the
weights, the standardisation, the threshold, the held-out figures and what they were fitted on
to ``index/answering/refusal_model.json``; ``--threshold`` sets the threshold instead (recorded as
``threshold_set``), a point chosen on ``tools/refusal_loso.py --curve``. ``--without`` leaves signals out of the
fit (held constant, they weigh 0; recorded as ``left_out``), as ``refusal_loso.py --only`` keeps the rest. Fit on
tune halves only; the check halves stay unseen.
Reproducible: the same index and questions give the same file (liblinear; the folds are the sets).
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import sys
from pathlib import Path

from git_commit import commit as _commit  # noqa: E402  (tools/ is the script folder)

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "bench" / "library" / "docs"
DATA = ROOT / "bench" / "data"

from refusal_rows import (  # noqa: E402, F401  (re-exported: refusal_loso, refusal_debug and fit_answer_weights use them)
    _always,
    _service,
    ask_everywhere,
    collect,
    collect_all,
    collect_library,
    folders_for,
    library_tasks,
    set_arguments,
)
from refusal_select import choose, fit_signed, set_weights, standardise  # noqa: E402
from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.answering.signals import FEATURES  # noqa: E402
from reportbot.index.evaluate import load_questions  # noqa: E402


def describe(path: Path, corpus: str) -> dict:
    qs = load_questions(path)
    return {"file": path.name, "corpus": corpus, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()[:16],
            "questions": len(qs), "out_of_scope": sum(q["evidence"] is None for q in qs)}


def cross_validate(rows: list[dict]) -> dict:
    """The (C, weighting, threshold) chosen by leave one set out over these rows' sets (``refusal_select.choose``)."""
    import numpy as np

    x = np.array([r["x"] for r in rows], float)
    return choose(x, np.array([r["y"] for r in rows]), np.array([r["set"] for r in rows]),
                  np.array([r["forced"] for r in rows]), FEATURES)


def fit(rows: list[dict], c: float, threshold: float, weighting: str = "questions") -> dict:
    """Standardise the signals and fit the logistic model; the result as the model file's fields."""
    import numpy as np
    import sklearn

    train = [r for r in rows if not r["forced"]]
    x = np.array([r["x"] for r in train], float)
    y = np.array([r["y"] for r in train])
    mean, scale = standardise(x)
    lr, keep = fit_signed((x - mean) / scale, y, c, set_weights([r["set"] for r in train], weighting), FEATURES)
    weights = np.zeros(len(FEATURES))
    weights[keep] = lr.coef_[0]
    return {
        "features": list(FEATURES),
        "weights": [round(float(w), 6) for w in weights],
        "bias": round(float(lr.intercept_[0]), 6),
        "threshold": threshold,
        "mean": [round(float(m), 6) for m in mean],
        "scale": [round(float(s), 6) for s in scale],
        "dropped": [f for f, w in zip(FEATURES, weights) if w == 0],
        "fit": {"model": "LogisticRegression", "C": c, "class_weight": "balanced", "sample_weight": weighting,
                "solver": "liblinear",
                "scikit_learn": sklearn.__version__, "rows": len(train),
                "left_out_refused_anyway": len(rows) - len(train)},
    }


def score(model: dict, rows: list[dict]) -> dict:
    """Per set: answerable questions refused and out-of-scope ones refused, with the fitted model (in sample)."""
    m = refusal.Model(tuple(model["features"]), tuple(model["weights"]), model["bias"], model["threshold"],
                      tuple(model["mean"]), tuple(model["scale"]))
    out: dict[str, dict] = {}
    for r in rows:
        from reportbot.index.answering.signals import Signals

        answered = not r["forced"] and m.answers(Signals(*r["x"]))
        s = out.setdefault(r["set"], {"answerable_refused": 0, "answerable": 0, "out_of_scope_refused": 0,
                                      "out_of_scope": 0})
        if r["y"]:
            s["answerable"] += 1
            s["answerable_refused"] += not answered
        else:
            s["out_of_scope"] += 1
            s["out_of_scope_refused"] += not answered
    return out


def _corpus(path: Path) -> str:
    """What a library set was asked of: seed+library, seed+library+docs5 for a set on docs5's documents too."""
    return "+".join(["seed", "library"] + [f.name for f in folders_for(path)[1:]])


def _defaults(args) -> tuple[list[Path], list[Path]]:
    seed = sorted(DATA.glob("seed_tune*.jsonl")) if args.seed is None else args.seed
    library = sorted(DATA.glob("library_tune*.jsonl")) if args.library is None else args.library
    return seed, library


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", nargs="*", type=Path, default=None, help="sets asked of the seed report alone")
    ap.add_argument("--library", nargs="*", type=Path, default=None, help="sets asked of the seed plus the library")
    ap.add_argument("--guard", nargs="*", type=Path, default=[ROOT / "tests" / "data" / "qa_dev.jsonl"],
                    help="seed sets scored with the fitted model, never fitted on")
    ap.add_argument("--out", type=Path, default=refusal.MODEL_FILE)
    ap.add_argument("--data", type=Path, help="a data folder to reuse for the seed sets (its index is kept)")
    ap.add_argument("--library-data", type=Path, help="a data folder that already holds the library, to reuse")
    ap.add_argument("--rows", type=Path, help="the tune halves' signals cached by refusal_loso.py (--rows), reused")
    ap.add_argument("--jobs", type=int, default=1, help="groups of sets asked at once, each in its own process")
    ap.add_argument("--dry-run", action="store_true", help="print the fit, write nothing")
    ap.add_argument("--without", nargs="*", default=[], help="signals left out of the fit (weight 0)")
    ap.add_argument("--threshold", type=float, help="answer at this P(answerable) instead of the cross-validated "
                    "choice (a point of refusal_loso.py --curve that refuses no more answerable questions)")
    args = ap.parse_args(argv)
    seed_sets, library_sets = _defaults(args)
    refusal.default_model = _always  # signals are measured before any model exists
    if args.rows is not None:  # the tune halves' signals as tools/refusal_loso.py cached them; the guard asked here
        cached = json.loads(args.rows.read_text(encoding="utf-8"))
        if cached["features"] != list(FEATURES) or cached["sets"] != sorted(p.name for p in seed_sets + library_sets):
            sys.exit(f"{args.rows} holds other signals or other sets: run refusal_loso.py --refresh")
        rows = collect_all(args.guard, [], args.data) + cached["rows"]
    else:
        rows = collect_all(seed_sets + args.guard, library_sets, args.data, args.library_data, args.jobs)
    guard = {p.name for p in args.guard}
    rows = [r for r in rows if r["x"] is not None and not r["header"]]  # decided without the model
    out = [FEATURES.index(f) for f in args.without]
    rows = [dict(r, x=[0.0 if i in out else v for i, v in enumerate(r["x"])]) for r in rows]  # constant: weight 0
    tune = [r for r in rows if r["set"] not in guard]
    chosen = cross_validate(tune)
    model = fit(tune, chosen["C"], chosen["threshold"] if args.threshold is None else args.threshold,
                chosen["weighting"])
    model["leave_one_set_out"] = chosen | ({"threshold_set": args.threshold} if args.threshold is not None else {})
    if args.without:
        model["left_out"] = list(args.without)
    model["in_sample"] = score(model, rows)
    model["fitted_on"] = [describe(p, "seed") for p in seed_sets] + [describe(p, _corpus(p)) for p in library_sets]
    model["guard"] = [describe(p, "seed") for p in args.guard]
    if args.rows is not None:
        model["signals_from"] = f"{args.rows.name} (refusal_loso.py's cache of the tune halves' signals)"
    model["date"] = datetime.date.today().isoformat()
    model["commit"] = _commit()  # the code whose signals were measured (its working tree may hold more)
    text = json.dumps(model, ensure_ascii=False, indent=1)
    print(text)
    if not args.dry_run:
        args.out.write_text(text + "\n", encoding="utf-8")
        print(f"written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
