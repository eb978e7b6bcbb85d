"""The refusal model refitted on the finding sets and judged on the holding sets (the held-out rule of round 52).

    pip install -e '.[tools]'
    python tools/refusal_holding.py --rows ROWS.json [--model FILE] [--data SEED_DATA] [--write DIR]

The tune halves fall in two groups by their number: **finding** sets (odd numbers from 3: library_tune3, 5, …;
seed_tune3, 5, …) and **holding** sets (even numbers and the unnumbered ones). ``ROWS.json`` is the file of
``refusal_rows_copied.py`` (every tune half's signals, label and answer, asked once). Fitted on the finding sets
alone and scored on both groups against the shipped model (``--model``, by default the engine's file):

- the full recipe of ``fit_refusal.py`` (C, weighting and threshold chosen by leave one finding set out);
- the shipped weights with the threshold alone chosen on the finding sets (the same pooled balanced error of
  ``refusal_select.pooled_error``; ties: nearest the shipped threshold).

Printed per group: hit@1, right answers kept, answerable refused, near misses refused, and right kept + near misses
refused (the adoption yardstick), with the holding sets each candidate wins and loses on it. ``--data`` (a data folder
holding the seed report alone, copied first) scores the dev set too. ``--write DIR`` keeps each candidate's model file.
Tune halves only.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_refusal  # noqa: E402
import refusal_loso  # noqa: E402
import refusal_select  # noqa: E402
from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.answering.signals import Signals  # noqa: E402

_NUMBERED = re.compile(r"(?:library|seed)_tune(\d*)\.jsonl$")


def finding(set_name: str) -> bool:
    """Whether a tune half is a finding set (an odd number from 3) rather than a holding one (even or unnumbered)."""
    m = _NUMBERED.match(set_name)
    if m is None:
        raise ValueError(f"not a tune half: {set_name}")
    n = int(m.group(1) or 1)
    return n % 2 == 1 and n > 1


def outcome(rows: list[dict], model: refusal.Model) -> list[int]:
    """[hit@1, right kept, answerable refused, near misses refused, answerable, near misses] under ``model``."""
    t = [0] * 6
    for r in rows:
        answered = refusal_loso.answered(r, model)
        if r["y"]:
            t[0] += r["hit1"]
            t[1] += bool(r["right"] and answered)
            t[2] += not answered
            t[4] += 1
        else:
            t[3] += not answered
            t[5] += 1
    return t


def yardstick(rows: list[dict], model: refusal.Model) -> dict[str, int]:
    """Per set: right answers kept + near misses refused."""
    out: dict[str, int] = {}
    for r in rows:
        answered = refusal_loso.answered(r, model)
        out[r["set"]] = out.get(r["set"], 0) + (bool(r["right"] and answered) if r["y"] else not answered)
    return out


def threshold_alone(rows: list[dict], model: refusal.Model) -> float:
    """The threshold over ``model``'s weights with the lowest pooled balanced error on ``rows`` (the fit's rows:
    signals measured, no header card; forced refusals count as refused whatever the threshold)."""
    import numpy as np

    p = np.array([model.probability(Signals(*r["x"])) for r in rows])
    y = np.array([r["y"] for r in rows])
    forced = np.array([bool(r["forced"]) for r in rows])
    return min(refusal_select.THRESHOLDS, key=lambda t: (round(refusal_select.pooled_error(p, y, forced, t)[0], 5),
                                                         abs(t - model.threshold)))


def candidates(rows: list[dict], shipped: refusal.Model) -> dict[str, tuple[refusal.Model, dict | None]]:
    """The shipped model and the two refits on the finding sets (with the refit's model file fields)."""
    fit_rows = [r for r in rows if finding(r["set"]) and r["x"] is not None and not r["header"]]
    chosen = fit_refusal.cross_validate(fit_rows)
    fields = fit_refusal.fit(fit_rows, chosen["C"], chosen["threshold"], chosen["weighting"])
    fields["leave_one_set_out"] = chosen
    t = threshold_alone(fit_rows, shipped)
    refit = f"refit on the finding sets (C {chosen['C']}, {chosen['weighting']})"
    return {"shipped": (shipped, None), refit: (refusal_loso._model(fields), fields),
            "shipped weights, threshold chosen on the finding sets": (replace(shipped, threshold=t), None)}


def _line(t: list[int]) -> str:
    return (f"hit@1 {t[0]}, right {t[1]}, answerable refused {t[2]}/{t[4]}, near misses refused {t[3]}/{t[5]} "
            f"(right + near misses refused {t[1] + t[3]})")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, required=True, help="refusal_rows_copied.py's file")
    ap.add_argument("--model", type=Path, default=refusal.MODEL_FILE, help="the shipped model file")
    ap.add_argument("--data", type=Path, help="a data folder of the seed report alone, to score the dev set")
    ap.add_argument("--write", type=Path, help="a folder to keep each refit's model file in")
    args = ap.parse_args(argv)
    rows = json.loads(args.rows.read_text(encoding="utf-8"))["rows"]
    if any("check" in r["set"] for r in rows):
        sys.exit("tune halves only")
    dev = []
    if args.data:
        refusal.default_model = fit_refusal._always
        dev = fit_refusal.collect([fit_refusal.ROOT / "tests" / "data" / "qa_dev.jsonl"], False, args.data)
    shipped = refusal_loso._model(json.loads(args.model.read_text(encoding="utf-8")))
    groups = {"finding": [r for r in rows if finding(r["set"])], "holding": [r for r in rows if not finding(r["set"])]}
    base = yardstick(groups["holding"], shipped)
    for i, (name, (model, fields)) in enumerate(candidates(rows, shipped).items()):
        print(f"\n{name}: threshold {model.threshold}")
        for group, rs in groups.items():
            print(f"  {group} ({len({r['set'] for r in rs})} sets): {_line(outcome(rs, model))}")
        if dev:
            print(f"  dev: {_line(outcome(dev, model))}")
        diff = [v - base[s] for s, v in yardstick(groups["holding"], model).items()]
        print(f"  holding sets won {sum(d > 0 for d in diff)}, lost {sum(d < 0 for d in diff)}")
        if args.write and fields is not None:
            args.write.mkdir(parents=True, exist_ok=True)
            (args.write / f"refit-finding-{i}.json").write_text(json.dumps(fields, indent=1) + "\n", encoding="utf-8")
        elif args.write and i:
            out = json.loads(args.model.read_text(encoding="utf-8")) | {"threshold": model.threshold}
            (args.write / f"threshold-{i}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")


if __name__ == "__main__":
    main()
