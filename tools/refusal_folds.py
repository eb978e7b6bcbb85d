"""Folds won: the refusal model refitted with some signals against a baseline, each tune half held out in turn.

    pip install -e '.[tools]'
    python tools/refusal_folds.py --rows ROWS.json --base SIGNAL ... [--with SIGNAL ...] [--model FILE]
                                  [--seed SET ...] [--library SET ...] [--json FILE]

``refusal_loso.py`` sums the held-out errors; a change is adopted when it wins on the held-out sets, not only in
the sum. For the baseline (``--base``: the signals the fit may weigh) and each candidate (the baseline plus one of
``--with``), every tune half is scored by the model fitted on the others exactly as ``refusal_loso.py`` fits it
(C, weighting and threshold chosen by leave one set out inside them: nested), on the same rows
(``refusal_rows_copied.py``'s file). ``--model``: the shipped model file scored too (in sample for the sets it was
fitted on). Printed per candidate: near misses refused, answerable refused, right answers kept, kept + refused
(the adoption yardstick), and the held-out sets it wins, loses and ties on kept + refused. Tune halves only.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import refusal_loso  # noqa: E402


def sums(counts: dict[str, list[int]]) -> list[int]:
    """[near misses refused, near misses, answerable refused, answerable, right kept] over the sets."""
    return [sum(t[i] for t in counts.values()) for i in range(5)]


def folds(base: dict[str, list[int]], other: dict[str, list[int]]) -> tuple[int, int, int]:
    """(won, lost, tied): the sets where ``other`` keeps more right answers plus refuses more near misses."""
    score = {s: t[4] + t[0] for s, t in base.items()}
    diff = [other[s][4] + other[s][0] - score[s] for s in score]
    return sum(d > 0 for d in diff), sum(d < 0 for d in diff), sum(d == 0 for d in diff)


def held_out(rows: list[dict], only: list[str]) -> dict[str, list[int]]:
    """Each set's tally under the model fitted on the other sets with ``only`` weighed (nested choice)."""
    masked = refusal_loso._masked(rows, only)
    models = refusal_loso.leave_one_out(masked)
    return refusal_loso.tally(masked, lambda r: refusal_loso.answered(r, models[r["set"]][0]))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, required=True)
    ap.add_argument("--base", nargs="+", required=True, help="the signals the baseline weighs")
    ap.add_argument("--with", dest="extra", nargs="*", default=[], help="signals tried one at a time on top")
    ap.add_argument("--model", type=Path, help="the shipped model file, scored on the same rows")
    ap.add_argument("--seed", nargs="*", type=Path, default=None)
    ap.add_argument("--library", nargs="*", type=Path, default=None)
    ap.add_argument("--json", type=Path, help="write every candidate's per-set tally here")
    args = ap.parse_args(argv)
    rows = refusal_loso.rows_for(args.rows, False, None, None, args)
    out = {"base": held_out(rows, args.base)}
    if args.model:
        fixed = refusal_loso._model(json.loads(args.model.read_text(encoding="utf-8")))
        out["model file"] = refusal_loso.tally(rows, lambda r: refusal_loso.answered(r, fixed))
    for extra in args.extra:
        out[f"+{extra}"] = held_out(rows, args.base + [extra])
    print(f"{'':18} {'NM refused':>14} {'answerable refused':>19} {'right kept':>10} {'kept+refused':>12} "
          f"{'folds won/lost/tied vs base':>28}")
    for name, counts in out.items():
        t = sums(counts)
        won = "" if name == "base" else "{}/{}/{}".format(*folds(out["base"], counts))
        print(f"{name:18} {t[0]:>6}/{t[1]:<7} {t[2]:>11}/{t[3]:<7} {t[4]:>10} {t[4] + t[0]:>12} {won:>28}")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
