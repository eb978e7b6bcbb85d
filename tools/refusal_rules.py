"""The hard rules as evidence, not vetoes: each veto's firing a named signal of the refusal model, weighed by a fit.

    pip install -e '.[tools]'
    python tools/gate_audit.py --out ROWS.json            # every tune half asked: signals, every veto that holds
    python tools/refusal_rules.py ROWS.json [ROWS2.json …] [--fresh SET …] [--write FILE]

A veto (``refusal.GATES``, the search's constraints, ``Engine._counts_asked``'s checks …) refuses whatever the model
says; some stop near misses on the halves written after them, some mostly refuse right answers (``gate_audit
--eras``). Here each veto becomes a term of the model, 1 when it holds and 0 when it fires, beside the model's
signals, and the logistic fit weighs them: a veto that stops near misses reliably gets a weight that refuses, one
that mostly misfires does not. Judged leave one set out, nested as ``refusal_loso.py`` judges a refit (each tune
half decided by a model whose regularisation, weighting and threshold were chosen by leave one set out over the
other halves, ``refusal_select.choose``), against (a) the shipped system's own decisions and (b) the same nested
refit of the model with the vetoes kept as vetoes. A question refused with no answer found stays refused; a header
card's title or author keeps its shipped decision. An answerable question the new model answers is right when its
answer with every veto off is (``gate_audit``'s ``would``). Printed per group (the older halves, ``--fresh``) and
pooled: right answers kept, answerable refused, near misses refused; and the weights of the fit on every half.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_answer_choice import NEWEST  # noqa: E402
from refusal_select import C_GRID, NEAR, THRESHOLDS, WEIGHTINGS, choose, fit_signed, held_out, set_weights, standardise  # noqa: E402,E501
from reportbot.index.answering.signals import FEATURES  # noqa: E402

IN_SIGNALS = {"measure", "structure", "qualifier", "shape"}  # vetoes the model's signals already carry (0: fires)


def reason(why: str) -> str:
    """A veto's name as a term: the asked shape merged (``shape:phone`` is ``shape``), ``counted:`` dropped."""
    return why.split(":")[0] if why.startswith("shape") else why.removeprefix("counted:")


def vetoes(rows: list[dict]) -> list[str]:
    """The vetoes that fire on some row and are not already a signal of the model."""
    names = {reason(w) for r in rows for w in r["why"] if w != "model"}
    return sorted(names - IN_SIGNALS)


def forced(r: dict) -> bool:
    """Refused with nothing to weigh: no passage, no content word or no answer found."""
    return r["x"] is None or r["refused"] and not r["why"]


def matrix(rows: list[dict], names: list[str], with_vetoes: bool):
    """The terms of each row: the model's signals, then (``with_vetoes``) each veto 1 when it holds, 0 when it fires."""
    import numpy as np

    out = []
    for r in rows:
        x = list(r["x"]) if r["x"] is not None else [0.0] * len(FEATURES)
        fired = {reason(w) for w in r["why"]}
        out.append(x + ([0.0 if n in fired else 1.0 for n in names] if with_vetoes else []))
    return np.array(out, float)


def vetoed(r: dict) -> bool:
    """A veto other than the model refuses this row (the shipped rules: refused whatever the model says)."""
    return any(w != "model" for w in r["why"])


def choose_kept(x, y, sets, right, terms: list[str]) -> dict:
    """As ``refusal_select.choose``, but the choice that keeps the most right answers plus near misses refused over
    the held-out sets (the adoption rule's sum) instead of the lowest balanced error."""
    import numpy as np

    best = None
    for c in C_GRID:
        for weighting in WEIGHTINGS:
            p = held_out(x, y, sets, np.zeros(len(y), bool), c, weighting, terms)
            for t in THRESHOLDS:
                answered = p >= t
                score = int((answered & right).sum() + (~answered & (y == 0)).sum())
                key = (-score, c, abs(t - NEAR))
                if best is None or key < best[0]:
                    best = (key, c, weighting, t)
    return {"C": best[1], "weighting": best[2], "threshold": best[3], "held_out_sum": -best[0][0]}


def right_if_answered(r: dict) -> bool:
    return bool(r["answerable"] and (r["right"] if not r["refused"] else r["would"]))


def decisions(rows: list[dict], names: list[str], with_vetoes: bool, terms: list[str],
              criterion: str = "balanced") -> list[bool]:
    """Answered or not for each row, each set decided by the model fitted (nested choice) on the other sets."""
    import numpy as np

    x = matrix(rows, names, with_vetoes)
    right = np.array([right_if_answered(r) for r in rows])
    y = np.array([int(r["answerable"]) for r in rows])
    sets = np.array([r["set"] for r in rows])
    # rows the fit never weighs: nothing to answer, a header card, and (vetoes kept as vetoes) a vetoed row
    fixed = np.array([forced(r) or r["header"] or (not with_vetoes and vetoed(r)) for r in rows])
    answered = [not r["refused"] if r["header"] else False for r in rows]
    for held in sorted(set(sets)):
        train = (sets != held) & ~fixed
        chosen = choose(x[train], y[train], sets[train], np.zeros(train.sum(), bool), terms) \
            if criterion == "balanced" else choose_kept(x[train], y[train], sets[train], right[train], terms)
        mean, scale = standardise(x[train])
        lr, keep = fit_signed((x[train] - mean) / scale, y[train], chosen["C"],
                              set_weights(sets[train], chosen["weighting"]), terms)
        test = np.where((sets == held) & ~fixed)[0]
        p = lr.predict_proba(((x[test] - mean) / scale)[:, keep])[:, 1]
        for i, pi in zip(test, p):
            answered[i] = bool(pi >= chosen["threshold"])
        print(f"  {held}: C={chosen['C']} {chosen['weighting']} threshold={chosen['threshold']}", flush=True)
    return answered


def tally(rows: list[dict], answered: list[bool]) -> dict[str, int]:
    right = sum(a and right_if_answered(r) for r, a in zip(rows, answered))
    refused = sum(not a and r["answerable"] for r, a in zip(rows, answered))
    near = sum(not a and not r["answerable"] for r, a in zip(rows, answered))
    return {"right kept": right, "answerable refused": refused, "near misses refused": near,
            "right kept + near misses refused": right + near}


def shipped_fitted_on() -> set[str]:
    """The halves the shipped model file says it was fitted on (on the others it is held out too)."""
    from reportbot.index.answering.refusal import MODEL_FILE

    return {f["file"] for f in json.loads(MODEL_FILE.read_text(encoding="utf-8")).get("fitted_on", [])}


def show(rows: list[dict], ways: dict[str, list[bool]], fresh: set[str]) -> None:
    fitted = shipped_fitted_on()
    groups = {"older halves": lambda r: r["set"] not in fresh, "fresh": lambda r: r["set"] in fresh,
              "halves the shipped model was not fitted on": lambda r: r["set"] not in fitted,
              "all": lambda r: True}
    for g, keep in groups.items():
        idx = [i for i, r in enumerate(rows) if keep(r)]
        if not idx:
            continue
        print(f"\n{g}: {len(idx)} questions, {sum(rows[i]['answerable'] for i in idx)} answerable")
        for way, answered in ways.items():
            print(f"  {way:34} {tally([rows[i] for i in idx], [answered[i] for i in idx])}")


def full_fit(rows: list[dict], names: list[str], terms: list[str]) -> dict:
    """The model fitted on every tune half (choice by leave one set out), its weights by term."""
    import numpy as np

    x = matrix(rows, names, True)
    y = np.array([int(r["answerable"]) for r in rows])
    sets = np.array([r["set"] for r in rows])
    fit = np.array([not (forced(r) or r["header"]) for r in rows])
    chosen = choose(x[fit], y[fit], sets[fit], np.zeros(fit.sum(), bool), terms)
    mean, scale = standardise(x[fit])
    lr, keep = fit_signed((x[fit] - mean) / scale, y[fit], chosen["C"], set_weights(sets[fit], chosen["weighting"]),
                          terms)
    weights = np.zeros(len(terms))
    weights[keep] = lr.coef_[0]
    return {"features": terms, "weights": [round(float(w), 6) for w in weights],
            "bias": round(float(lr.intercept_[0]), 6), "threshold": chosen["threshold"],
            "mean": [round(float(m), 6) for m in mean], "scale": [round(float(s), 6) for s in scale],
            "leave_one_set_out": chosen}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows", nargs="+", type=Path, help="gate_audit.py --out files (their rows are joined)")
    ap.add_argument("--fresh", nargs="*", default=[NEWEST], help="halves reported apart (the newest library half)")
    ap.add_argument("--criterion", choices=("balanced", "kept"), default="balanced",
                    help="the nested choice: lowest balanced error (refusal_select) or most right kept + near misses "
                         "refused")
    ap.add_argument("--save", type=Path, help="write each way's held-out decisions (a list per way) to this file")
    ap.add_argument("--write", type=Path, help="write the fit on every half (the vetoes as terms) to this file")
    args = ap.parse_args(argv)
    rows = [r for p in args.rows for r in json.loads(p.read_text(encoding="utf-8"))]
    if any("check" in r["set"] for r in rows):
        sys.exit("tune halves only")
    names = vetoes(rows)
    terms = list(FEATURES) + [f"holds:{n}" for n in names]
    print("vetoes as terms:", ", ".join(names))
    print("nested leave one set out, vetoes as vetoes (the model refitted):")
    kept = decisions(rows, names, False, list(FEATURES), args.criterion)
    print("nested leave one set out, vetoes as terms:")
    weighed = decisions(rows, names, True, terms, args.criterion)
    ways = {"shipped": [not r["refused"] for r in rows], "refit, vetoes kept": kept, "refit, vetoes weighed": weighed}
    show(rows, ways, set(args.fresh))
    if args.save:
        args.save.write_text(json.dumps(ways), encoding="utf-8")
    model = full_fit(rows, names, terms)
    print("\nweights of the fit on every half (standardised terms):")
    for t, w, m in sorted(zip(terms, model["weights"], model["mean"]), key=lambda z: -abs(z[1])):
        print(f"  {t:28} {w:+.3f}  (holds on {m:.1%})")
    if args.write:
        args.write.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
