"""What the refusal model sees on its mistakes: the right answers it alone refuses beside the near misses it answers
(round 54, refuse54).

    pip install -e '.[tools]'
    python tools/refusal_overlap.py --rows ROWS.json [--model FILE] [--all]

``ROWS.json`` is ``refusal_rows_copied.py``'s file (every question answered while its signals are measured). Only the
finding sets' rows are read (``refusal_holding.finding``) unless ``--all``. Each row the model decides (no forced
refusal, no gate at 0) falls in one group by what the model file does with it: **RR** an answerable question whose
answer is right, refused; **RW** answerable, answer wrong, refused; **RK** a right answer kept; **AW** answerable,
answered wrong; **NA** a near miss answered; **NR** a near miss refused. Printed: each signal's mean per group and
its mean pull on the logit (weight × (value − fitted mean) / scale) for RR and NA, then, per group, how many rows
each signal pulls furthest below the model's mean (an English question's coverage and a Chinese one's coverage_en,
0 by construction, and ``english`` never pull), with the RR rows' ids. Tune halves only.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from refusal_holding import finding  # noqa: E402
from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.answering.signals import FEATURES, Signals  # noqa: E402

GROUPS = ("RR", "NA", "RK", "NR", "RW", "AW")


def group(row: dict, model: refusal.Model) -> str | None:
    """The row's group (see the module's docstring), or None when something other than the model decides it."""
    if row["x"] is None or row["forced"] or row.get("header") or refusal.contradicted(Signals(*row["x"])):
        return None
    answered = model.answers(Signals(*row["x"]))
    if not row["y"]:
        return "NA" if answered else "NR"
    if row["right"]:
        return "RK" if answered else "RR"
    return "AW" if answered else "RW"


def contributions(row: dict, model: refusal.Model) -> dict[str, float]:
    """Each plain signal's pull on the row's logit, without the terms its language fixes."""
    fixed = {"english", "coverage" if row["lang"] == "en" else "coverage_en"}
    return {f: v for f, v in model.terms(Signals(*row["x"])).items() if f in FEATURES and f not in fixed}


def pull(row: dict, model: refusal.Model) -> str:
    """The signal that pulls the row furthest below the model's mean."""
    c = contributions(row, model)
    return min(c, key=c.get)


def means(rows: list[dict], model: refusal.Model) -> dict[str, dict[str, float]]:
    """Per group: each signal's mean, P(answerable)'s mean (``P``) and the row count (``n``)."""
    out: dict[str, dict[str, float]] = {}
    by: dict[str, list[dict]] = {}
    for r in rows:
        g = group(r, model)
        if g is not None:
            by.setdefault(g, []).append(r)
    for g, rs in by.items():
        out[g] = {f: sum(r["x"][i] for r in rs) / len(rs) for i, f in enumerate(FEATURES)}
        out[g]["P"] = sum(model.probability(Signals(*r["x"])) for r in rs) / len(rs)
        out[g]["n"] = len(rs)
    return out


def report(rows: list[dict], model: refusal.Model) -> str:
    """The tables of the module's docstring."""
    table = means(rows, model)
    shown = [g for g in GROUPS if g in table]
    lines = ["rows " + ", ".join(f"{g} {table[g]['n']}" for g in shown),
             f"{'signal':16}" + "".join(f"{g:>8}" for g in shown) + "   pull RR / NA"]
    decided = [(r, group(r, model)) for r in rows]
    for f in FEATURES:
        pulls = [sum(contributions(r, model).get(f, 0.0) for r, g in decided if g == k)
                 / max(1, table.get(k, {}).get("n", 0)) for k in ("RR", "NA")]
        row = "".join(f"{table[g][f]:8.3f}" for g in shown)
        lines.append(f"{f:16}{row}   {pulls[0]:+.2f} / {pulls[1]:+.2f}")
    lines.append(f"{'P(answerable)':16}" + "".join(f"{table[g]['P']:8.3f}" for g in shown))
    counts = {g: Counter(pull(r, model) for r, k in decided if k == g) for g in shown}
    lines.append("signal pulling furthest below the mean: " + " ".join(f"{g:>6}" for g in shown))
    for f in sorted({f for c in counts.values() for f in c}, key=lambda f: -counts.get("RR", Counter())[f]):
        lines.append(f"  {f:16}" + "".join(f"{counts[g][f]:7d}" for g in shown))
    ids: dict[str, list[str]] = {}
    for r, g in decided:
        if g == "RR":
            ids.setdefault(pull(r, model), []).append(r["id"])
    lines += [f"RR {f}: {' '.join(v)}" for f, v in ids.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, required=True, help="refusal_rows_copied.py's rows file")
    ap.add_argument("--model", type=Path, default=refusal.MODEL_FILE, help="the model file (default: the engine's)")
    ap.add_argument("--all", action="store_true", help="every set's rows, not the finding sets' alone")
    args = ap.parse_args(argv)
    cached = json.loads(args.rows.read_text(encoding="utf-8"))
    if cached["features"] != list(FEATURES):
        sys.exit(f"{args.rows} holds other signals")
    rows = [r for r in cached["rows"] if args.all or finding(r["set"])]
    print(report(rows, refusal.load(args.model)))


if __name__ == "__main__":
    main()
