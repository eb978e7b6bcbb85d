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
are left out of the fit. The regularisation and the threshold are chosen by repeated stratified 5-fold
cross-validation inside these sets: the pair with the lowest balanced error (the mean of the share of
answerable questions refused and the share of out-of-scope ones answered, each set weighing the same).
``--guard`` sets (the dev set) are only scored with the fitted model, never fitted on. Writes the
weights, the standardisation, the threshold, the cross-validated figures and what they were fitted on
to ``index/answering/refusal_model.json``; ``--threshold`` sets the threshold instead (recorded as
``threshold_set``), a point chosen on ``tools/refusal_loso.py --curve``. ``--without`` leaves signals out of the
fit (held constant, they weigh 0; recorded as ``left_out``), as ``refusal_loso.py --only`` keeps the rest. Fit on
tune halves only; the check halves stay unseen.
Reproducible: the same index and questions give the same file (liblinear, fixed folds).
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
from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.answering.signals import FEATURES  # noqa: E402
from reportbot.index.evaluate import load_questions  # noqa: E402

C_GRID = (0.1, 0.3, 1.0, 3.0)          # inverse regularisation strengths tried
THRESHOLDS = tuple(round(0.15 + 0.025 * i, 3) for i in range(23))  # P(answerable) floors tried, 0.15 .. 0.7
FOLDS, REPEATS = 5, 5
# every signal says "more of it, more likely answerable" (english only shifts the intercept);
# a fitted weight of the wrong sign is noise of a small set, so that signal is dropped and the rest refit
SIGNED = {"english": False}


def describe(path: Path, corpus: str) -> dict:
    qs = load_questions(path)
    return {"file": path.name, "corpus": corpus, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()[:16],
            "questions": len(qs), "out_of_scope": sum(q["evidence"] is None for q in qs)}


def _fit_signed(z, y, c: float):
    """A logistic fit on standardised signals that drops signals whose weight comes out against their meaning."""
    from sklearn.linear_model import LogisticRegression

    keep = list(range(z.shape[1]))
    while True:
        lr = LogisticRegression(C=c, class_weight="balanced", solver="liblinear").fit(z[:, keep], y)
        wrong = [i for i, w in zip(keep, lr.coef_[0]) if w < 0 and SIGNED.get(FEATURES[i], True)]
        if not wrong:
            return lr, keep
        keep.remove(min(wrong, key=lambda i: lr.coef_[0][keep.index(i)]))


def _standardise(x):
    import numpy as np

    mean, scale = x.mean(0), x.std(0)
    return mean, np.where(scale > 0, scale, 1.0)


def _predict(x_train, y_train, x_test, c: float):
    mean, scale = _standardise(x_train)
    lr, keep = _fit_signed((x_train - mean) / scale, y_train, c)
    return lr.predict_proba(((x_test - mean) / scale)[:, keep])[:, 1]


def _balanced_error(p, y, sets, forced, threshold: float) -> float:
    """Mean over sets of (share of answerable refused + share of out of scope answered) / 2."""
    import numpy as np

    answered = (p >= threshold) & ~forced
    errors = []
    for s in np.unique(sets):
        m = sets == s
        refused = (~answered[m] & (y[m] == 1)).sum() / max(1, (y[m] == 1).sum())
        taken = (answered[m] & (y[m] == 0)).sum() / max(1, (y[m] == 0).sum())
        errors.append((refused + taken) / 2)
    return float(np.mean(errors))


def cross_validate(rows: list[dict]) -> dict:
    """Out-of-fold probabilities for each C; the (C, threshold) with the lowest balanced error."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    x = np.array([r["x"] for r in rows], float)
    y = np.array([r["y"] for r in rows])
    sets = np.array([r["set"] for r in rows])
    forced = np.array([r["forced"] for r in rows])
    strata = np.array([f"{s}:{v}" for s, v in zip(sets, y)])
    fit = ~forced
    scores = {}
    for c in C_GRID:
        for rep in range(REPEATS):
            p = np.zeros(len(rows))
            for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=rep).split(x, strata):
                train = train[fit[train]]
                p[test] = _predict(x[train], y[train], x[test], c)
            for t in THRESHOLDS:
                scores.setdefault((c, t), []).append(_balanced_error(p, y, sets, forced, t))
    (c, t), errs = min(scores.items(), key=lambda kv: (round(float(np.mean(kv[1])), 4), -kv[0][0], abs(kv[0][1] - 0.5)))
    return {"C": c, "threshold": t, "balanced_error": round(float(np.mean(errs)), 4),
            "grid": {"C": list(C_GRID), "threshold": [THRESHOLDS[0], THRESHOLDS[-1]], "folds": FOLDS,
                     "repeats": REPEATS}}


def fit(rows: list[dict], c: float, threshold: float) -> dict:
    """Standardise the signals and fit the logistic model; the result as the model file's fields."""
    import numpy as np
    import sklearn

    train = [r for r in rows if not r["forced"]]
    x = np.array([r["x"] for r in train], float)
    y = np.array([r["y"] for r in train])
    mean, scale = _standardise(x)
    lr, keep = _fit_signed((x - mean) / scale, y, c)
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
        "fit": {"model": "LogisticRegression", "C": c, "class_weight": "balanced", "solver": "liblinear",
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
    model = fit(tune, chosen["C"], chosen["threshold"] if args.threshold is None else args.threshold)
    model["cross_validation"] = chosen | ({"threshold_set": args.threshold} if args.threshold is not None else {})
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
