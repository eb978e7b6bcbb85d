"""Fit the refusal model: a logistic regression over the named signals of ``index/answering/signals.py``.

    pip install -e '.[tools]'
    python tools/fit_refusal.py [--seed SET.jsonl ...] [--library SET.jsonl ...] [--out FILE] [--dry-run]

Runs the engine on every question of the given sets (``--seed`` sets on the seed report alone,
``--library`` sets on the seed plus ``bench/library/docs``), records each answer's signals and
whether the question is answerable, fits scikit-learn's ``LogisticRegression`` on standardised
signals (balanced classes: the sets hold four answerable questions to one out of scope), and
writes the weights, the standardisation, the threshold and what they were fitted on to
``index/answering/refusal_model.json``. Fit on tune halves only; the check halves stay unseen.
Reproducible: the same index and questions give the same file (liblinear, no randomness).
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "bench" / "library" / "docs"
DEFAULT_SEED = [ROOT / "bench" / "data" / "seed_tune.jsonl"]

from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.answering.signals import FEATURES  # noqa: E402
from reportbot.index.evaluate import load_questions  # noqa: E402

C = 1.0           # inverse regularisation strength (sklearn's default; few rows, few features)
THRESHOLD = 0.5   # answer when P(answerable) >= this
# every signal says "more of it, more likely answerable" (english only shifts the intercept);
# a fitted weight of the wrong sign is noise of a small set, so that signal is dropped and the rest refit
SIGNED = {"english": False}


def _always() -> refusal.Model:
    """A stand-in model while signals are collected: every question answered."""
    n = len(FEATURES)
    return refusal.Model(FEATURES, (0.0,) * n, 10.0, 0.5, (0.0,) * n, (1.0,) * n)


def collect(sets: list[Path], library: bool, data: Path | None = None) -> list[tuple[dict, list[float]]]:
    """(question, signal vector) for every question of ``sets`` with content words."""
    from reportbot.index.library.service import QAService

    fresh = data is None
    data = data or Path(tempfile.mkdtemp()) / "data"
    svc = QAService(data, ROOT / "seeds")
    if library and fresh:
        for p in sorted(LIBRARY.iterdir()):
            if p.is_file() and not p.name.endswith(".py"):
                svc.add(p.read_bytes(), p.name, "fit_refusal")
    rows = []
    for path in sets:
        for q in load_questions(path):
            a = svc.ask(q["question"])
            if a.signals is not None:
                rows.append((q, a.signals.vector()))
    return rows


def describe(path: Path, corpus: str) -> dict:
    qs = load_questions(path)
    return {"file": path.name, "corpus": corpus, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()[:16],
            "questions": len(qs), "out_of_scope": sum(q["evidence"] is None for q in qs)}


def fit(rows: list[tuple[dict, list[float]]]) -> dict:
    """Standardise the signals and fit the logistic model; the result as the model file's fields."""
    import numpy as np
    import sklearn
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    x = np.array([v for _, v in rows], dtype=float)
    y = np.array([q["evidence"] is not None for q, _ in rows], dtype=int)
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    z = (x - scaler.mean_) / scale
    keep = list(range(len(FEATURES)))
    while True:
        lr = LogisticRegression(C=C, class_weight="balanced", solver="liblinear").fit(z[:, keep], y)
        wrong = [i for i, w in zip(keep, lr.coef_[0]) if w < 0 and SIGNED.get(FEATURES[i], True)]
        if not wrong:
            break
        keep.remove(min(wrong, key=lambda i: lr.coef_[0][keep.index(i)]))
    weights = np.zeros(len(FEATURES))
    weights[keep] = lr.coef_[0]
    answered = lr.predict_proba(z[:, keep])[:, 1] >= THRESHOLD
    return {
        "features": list(FEATURES),
        "weights": [round(float(w), 6) for w in weights],
        "bias": round(float(lr.intercept_[0]), 6),
        "threshold": THRESHOLD,
        "mean": [round(float(m), 6) for m in scaler.mean_],
        "scale": [round(float(s), 6) for s in scale],
        "dropped": [f for f, w in zip(FEATURES, weights) if w == 0],
        "fit": {"model": "LogisticRegression", "C": C, "class_weight": "balanced", "solver": "liblinear",
                "scikit_learn": sklearn.__version__, "rows": len(rows),
                "answerable_refused": int(((y == 1) & ~answered).sum()),
                "out_of_scope_answered": int(((y == 0) & answered).sum())},
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", nargs="*", type=Path, default=None, help="sets asked of the seed report alone")
    ap.add_argument("--library", nargs="*", type=Path, default=[], help="sets asked of the seed plus the library")
    ap.add_argument("--out", type=Path, default=refusal.MODEL_FILE)
    ap.add_argument("--data", type=Path, help="a data folder to reuse for the seed sets (its index is kept)")
    ap.add_argument("--library-data", type=Path, help="a data folder that already holds the library, to reuse")
    ap.add_argument("--dry-run", action="store_true", help="print the fit, write nothing")
    args = ap.parse_args(argv)
    seed_sets = DEFAULT_SEED if args.seed is None else args.seed
    refusal.default_model = _always  # signals are measured before any model exists
    rows = collect(seed_sets, library=False, data=args.data) if seed_sets else []
    if args.library:
        rows += collect(args.library, library=True, data=args.library_data)
    model = fit(rows)
    model["fitted_on"] = [describe(p, "seed") for p in seed_sets] + [describe(p, "seed+library") for p in args.library]
    model["date"] = datetime.date.today().isoformat()
    text = json.dumps(model, ensure_ascii=False, indent=1)
    print(text)
    if not args.dry_run:
        args.out.write_text(text + "\n", encoding="utf-8")
        print(f"written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
