"""Add signals to the shipped refusal model: its logit kept as one term, the new signals fitted beside it.

    pip install -e '.[tools]'
    python tools/refusal_over.py --rows FILE --add SIGNAL ... [--base FILE] [--out FILE] [--dry-run]

A refit from scratch on every tune half scores below the shipped model even in sample (right answers kept plus near
misses refused, at its threshold): the rules kept since its fit were each kept for helping with its weights, so the
two have adapted to each other. So a new signal is fitted over the shipped model instead: a logistic regression
(scikit-learn, class-balanced, C 0.3 as the shipped fit chose) on two kinds of term, the shipped model's logit and
each new signal standardised. The fitted model is still one linear model over named signals: the shipped weights and
bias times the logit's coefficient, the new signals' weights beside them, and the shipped threshold (no threshold is
chosen on the data).

Judged leave one set out (``--rows``: the tune halves' signals as ``refusal_loso.py`` caches them, computed with the
new signals measured): each tune half decided by the fit on the others, summed over the halves, right answers kept
and near misses refused, against the shipped model on the same rows; and in sample, the fit on every half. The model
file written records both, the rows' sets and hashes, the date and the commit. Tune halves only.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_refusal import DATA, _corpus, describe  # noqa: E402
from git_commit import commit as _commit  # noqa: E402
from refusal_loso import _model, answered, report, tally  # noqa: E402
from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.answering.signals import FEATURES, Signals  # noqa: E402

C = 0.3  # the inverse regularisation the shipped fit chose


def logit(model: refusal.Model, x: list[float]) -> float:
    """The model's log-odds of answering from a row's signals."""
    import math

    p = min(max(model.probability(Signals(*x)), 1e-12), 1 - 1e-12)
    return math.log(p / (1 - p))


def over(base: refusal.Model, rows: list[dict], add: list[str], c: float = C) -> tuple[refusal.Model, float]:
    """The base model with the ``add`` signals fitted beside its logit on ``rows`` (those the model decides), and the
    logit's fitted coefficient."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    train = [r for r in rows if r["x"] is not None and not r["forced"] and not r["header"]]
    cols = [FEATURES.index(f) for f in add]
    x = np.array([[r["x"][i] for i in cols] for r in train], float)
    mean, scale = x.mean(0), np.where(x.std(0) > 0, x.std(0), 1.0)
    z = np.column_stack([[logit(base, r["x"]) for r in train], (x - mean) / scale])
    lr = LogisticRegression(C=c, class_weight="balanced", solver="liblinear").fit(z, [r["y"] for r in train])
    a, new = float(lr.coef_[0][0]), [float(w) for w in lr.coef_[0][1:]]
    return refusal.Model(base.features + tuple(add), tuple(a * w for w in base.weights) + tuple(new),
                         a * base.bias + float(lr.intercept_[0]), base.threshold,
                         base.mean + tuple(float(m) for m in mean), base.scale + tuple(float(s) for s in scale)), a


def held_out(base: refusal.Model, rows: list[dict], add: list[str]) -> dict[str, refusal.Model]:
    """For each set, the model fitted over ``base`` on the other sets."""
    return {s: over(base, [r for r in rows if r["set"] != s], add)[0] for s in sorted({r["set"] for r in rows})}


def sums(counts: dict[str, list[int]]) -> dict[str, int]:
    """Summed over the sets: near misses refused, answerable refused, right answers kept, and kept + refused."""
    t = [sum(c[i] for c in counts.values()) for i in range(5)]
    return {"near_misses_refused": t[0], "near_misses": t[1], "answerable_refused": t[2], "answerable": t[3],
            "right_kept": t[4], "right_kept_plus_near_misses_refused": t[4] + t[0]}


def fields(model: refusal.Model) -> dict:
    r6 = lambda v: round(float(v), 6)  # noqa: E731
    return {"features": list(model.features), "weights": [r6(w) for w in model.weights], "bias": r6(model.bias),
            "threshold": model.threshold, "mean": [r6(m) for m in model.mean], "scale": [r6(s) for s in model.scale]}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, required=True, help="the tune halves' signals cached by refusal_loso.py")
    ap.add_argument("--add", nargs="+", required=True, help="signals fitted beside the base model's logit")
    ap.add_argument("--base", type=Path, default=refusal.MODEL_FILE, help="the model file added to (the shipped one)")
    ap.add_argument("--out", type=Path, default=refusal.MODEL_FILE)
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)
    cached = json.loads(args.rows.read_text(encoding="utf-8"))
    if cached["features"] != list(FEATURES) or any("check" in s for s in cached["sets"]):
        sys.exit(f"{args.rows} holds other signals (run refusal_loso.py --refresh) or a check half")
    rows, base_fields = cached["rows"], json.loads(args.base.read_text(encoding="utf-8"))
    base = _model(base_fields)
    shipped = tally(rows, lambda r: answered(r, base))
    models = held_out(base, rows, args.add)
    loso = tally(rows, lambda r: answered(r, models[r["set"]]))
    model, a = over(base, rows, args.add)
    fitted = tally(rows, lambda r: answered(r, model))
    for title, counts in (("base model", shipped), ("leave one set out", loso), ("in sample", fitted)):
        report(title, counts)
    out = fields(model) | {
        "dropped": [f for f, w in zip(model.features, model.weights) if w == 0],
        "fit": {"model": "LogisticRegression over the base model's logit", "C": C, "class_weight": "balanced",
                "solver": "liblinear", "added": args.add, "logit_coefficient": round(a, 6),
                "threshold": "the base model's"},
        "base": {k: base_fields[k] for k in ("date", "commit", "fit") if k in base_fields}
        | {"selection": base_fields.get("leave_one_set_out") or base_fields.get("cross_validation"),
           "fitted_on": [f["file"] for f in base_fields.get("fitted_on", [])]},
        "leave_one_set_out": {"model": sums(loso), "base": sums(shipped)},
        "in_sample": sums(fitted),
        "fitted_on": [describe(DATA / s, "seed" if s.startswith("seed") else _corpus(DATA / s))
                      for s in cached["sets"]], "signals_from": f"{args.rows.name} (refusal_loso.py's cache)",
        "date": datetime.date.today().isoformat(), "commit": _commit()}
    text = json.dumps(out, ensure_ascii=False, indent=1)
    if args.dry_run:
        print(json.dumps({k: out[k] for k in ("leave_one_set_out", "in_sample", "fit")}, indent=1))
        return
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
