"""Replay per-question fusions over ``fusion_signals.py``'s rows: which would put the right passage first.

    python tools/fusion_signals.py --out SIGNALS.jsonl      # the tune halves' candidates, once (a few minutes)
    python tools/fusion_replay.py SIGNALS.jsonl [--json FILE]

For each question the rows hold every candidate's dense side, keyword score, keyword weight and final score (after
the constraints, priors and moves). A variant's order is ``final - fuse(dense, keyword, w) + variant(...)``: the
steps after the fusion are kept as the shipped fusion left them (a move that set one score above the rest keeps its
step, not its place), so this is a screen, not a measurement; what passes it is judged end to end.

First the misses whose first passage is in the right document and whose right passage is second: what the two
differ in (which side prefers the second, each side's own top-two gap, the languages). Then the variants, each a
family of one parameter, scored as paragraph hits@1 per tune half and by ``tune_halves``' rule (leave one set out):

- ``margin``: the keyword weight moved by ``a`` times (the keyword side's own top-two gap - the dense side's), so
  the side surer of its first decides more;
- ``share``: the weight drawn ``a`` of the way to the keyword side's share of the two gaps;
- ``disagree``: the weight times ``1 - a`` when the two sides' firsts differ;
- ``rank``: ``a`` times the sum of the two sides' reciprocal ranks added (an agreement bonus);
- ``odds``: the weight's odds times (the keyword side's gap / the dense side's) to the power ``a`` (each side's gap
  plus 0.01): a ratio, so neither side's scale sets the step;
- ``docmargin``: as ``margin``, with each side's gap taken among the candidates of the document the shipped fusion
  puts first (which passage of that document: the class the misses of the right document's wrong passage fall in);
- ``regret``: the weight moved by ``a`` times (what the keyword side loses taking the dense side's first - what the
  dense side loses taking the keyword side's), 0 when the two firsts agree.

``--json`` also records, per family, the folds the held-out point won, lost and tied against the shipped one.

Tune halves only: the rows come from ``fusion_signals.py``, which refuses check halves.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tune_halves import GUARD, fit  # noqa: E402

Variant = Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]
FAMILIES = {"margin": [-0.5, -0.2, -0.1, -0.05, 0.0, 0.05, 0.1, 0.2, 0.5], "share": [0.0, 0.05, 0.1, 0.2, 0.3],
            "disagree": [0.0, 0.05, 0.1, 0.2, 0.3], "rank": [0.0, 0.002, 0.005, 0.01, 0.02],
            "odds": [-1.0, -0.5, -0.2, -0.1, 0.0, 0.1, 0.2, 0.5, 1.0],
            "docmargin": [-0.5, -0.2, -0.1, -0.05, 0.0, 0.05, 0.1, 0.2, 0.5],
            "regret": [-0.5, -0.2, -0.1, -0.05, 0.0, 0.05, 0.1, 0.2, 0.5]}
EASE = 0.01  # ``odds``: added to each side's gap, so a side with one candidate or a tie does not divide by zero


def gap(x: np.ndarray) -> float:
    """A side's own top-two gap (0 with one candidate)."""
    if len(x) < 2:
        return 0.0
    two = np.partition(x, -2)[-2:]
    return float(two[1] - two[0])


def sides(d: np.ndarray, k: np.ndarray, least_range: float) -> tuple[np.ndarray, np.ndarray]:
    from reportbot.index.retrieval.fusion import minmax

    return minmax(d, least_range), np.clip(k, 0.0, 1.0)


def variant(family: str, a: float, least_range: float) -> Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]:
    """The fused scores of one family at ``a`` (``a = 0`` is the shipped fusion)."""
    from reportbot.index.retrieval.fusion import fuse

    def fused(d, k, w, mine=None):
        dn, kk = sides(d, k, least_range)
        if family == "margin":
            w = np.clip(w + a * (gap(kk) - gap(dn)), 0.0, 1.0)
        elif family == "docmargin" and mine is not None:
            w = np.clip(w + a * (gap(kk[mine]) - gap(dn[mine])), 0.0, 1.0)
        elif family == "regret" and len(d):
            tk, td = int(np.argmax(kk)), int(np.argmax(dn))
            w = np.clip(w + a * ((kk[tk] - kk[td]) - (dn[td] - dn[tk])), 0.0, 1.0)
        elif family == "odds" and a:
            w = np.clip(np.asarray(w, np.float64), 1e-6, 1 - 1e-6)
            odds = w / (1 - w) * ((gap(kk) + EASE) / (gap(dn) + EASE)) ** a
            w = (odds / (1 + odds)).astype(np.float32)
        elif family == "share":
            total = gap(kk) + gap(dn)
            w = (1 - a) * w + a * (gap(kk) / total if total > 0 else 0.5)
        elif family == "disagree" and np.argmax(dn) != np.argmax(kk):
            w = w * (1 - a)
        out = fuse(d, k, w, least_range)  # as the search fuses (float32), so a = 0 replays the shipped order exactly
        if family == "rank" and a:
            rd, rk = np.empty(len(d)), np.empty(len(k))
            rd[np.argsort(-d, kind="stable")] = np.arange(len(d))
            rk[np.argsort(-k, kind="stable")] = np.arange(len(k))
            out = out + a * (1 / (rd + 1) + 1 / (rk + 1))
        return out
    return fused


def load(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        for f in ("dense", "keyword", "final"):
            r[f] = np.array(r[f], np.float64)
        r["w"] = np.array(r["w"], np.float32)  # as the search weighs (one float, or float32 per candidate)
        r["right"], r["same"] = np.array(r["right"], bool), np.array(r["same"], bool)
        rows.append(r)
    return rows


def second_place(rows: list[dict], least_range: float) -> dict:
    """The same-document misses with the right passage second: what the first and the second differ in."""
    out = Counter()
    for r in rows:
        order = np.argsort(-r["final"], kind="stable")
        top, sec = order[0], order[1] if len(order) > 1 else order[0]
        right = r["right"]
        if right[top] or r["doc"][top] not in {r["doc"][i] for i in np.flatnonzero(right)}:
            continue
        out["same-document misses"] += 1
        if not right[sec]:
            continue
        out["right passage second"] += 1
        dn, kk = sides(r["dense"], r["keyword"], least_range)
        kw, de = kk[sec] > kk[top], dn[sec] > dn[top]
        out[{(True, False): "keyword alone prefers it", (False, True): "dense alone prefers it",
             (True, True): "both prefer it (a later step put it second)",
             (False, False): "neither prefers it (no weighing of the two sides lifts it)"}[kw, de]] += 1
        out[f"language of first/second: {'own' if r['same'][top] else 'other'}/"
            f"{'own' if r['same'][sec] else 'other'}"] += 1
        out[f"question {r['lang']}"] += 1
        if np.argmax(dn) != np.argmax(kk):
            out["the two sides' firsts differ"] += 1
        if kw != de:  # one side for each: is the side preferring the right one the surer of its own first?
            surer_kw = gap(kk) > gap(dn)
            out["one side for each, the surer side prefers it" if surer_kw == kw else
                "one side for each, the less sure side prefers it"] += 1
    return dict(out)


def pins(final: np.ndarray, after: np.ndarray) -> list[tuple[int, int]]:
    """Moves the final order shows (``prose_first``, ``measure_first``, ``end_first``: a passage set 1e-6 above
    another): (moved, the one it was put above), each by a step the fusion did not make."""
    order = np.argsort(-final, kind="stable")[:3]
    return [(int(i), int(j)) for i, j in zip(order, order[1:])
            if 0 < final[i] - final[j] < 3e-6 and abs(after[i] - after[j]) > 1e-5]


def table_of(rows: list[dict], family: str, least_range: float) -> dict[tuple[float], dict[str, int]]:
    from reportbot.index.retrieval.fusion import fuse

    table = {}
    for a in FAMILIES[family]:
        fused_at, per = variant(family, a, least_range), Counter()
        for r in rows:
            w = r["w"] if r["w"].ndim else float(r["w"])
            after = r["final"] - fuse(r["dense"], r["keyword"], w, least_range)
            top = int(np.argmax(r["final"]))
            mine = np.array([x == r["doc"][top] for x in r["doc"]], bool)
            new = after + fused_at(r["dense"], r["keyword"], w, mine)
            for i, j in pins(r["final"], after):  # a move's place kept: just above the passage it was put above
                new[i] = new[j] + 1e-6
            per[r["set"]] += bool(r["right"][int(np.argmax(new))])
        table[(a,)] = dict(per)
    return table


def folds(record: dict) -> dict[str, int]:
    """The folds the point chosen on the other sets won, lost and tied on the set held out (against the shipped)."""
    out = Counter()
    for f in record["leave_one_set_out"].values():
        out["won" if f["held_out"] > f["shipped"] else "lost" if f["held_out"] < f["shipped"] else "tied"] += 1
    return {k: out[k] for k in ("won", "lost", "tied")}


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.tuning import DEFAULT

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("signals", type=Path)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    rows = [r for r in load(args.signals) if r["set"] != GUARD.name]
    lr = DEFAULT.dense_least_range
    report = {"second_place": second_place(rows, lr)}
    for k, v in report["second_place"].items():
        print(f"{k}: {v}")
    tune = sorted({r["set"] for r in rows})
    for family in FAMILIES:
        print(family, flush=True)
        table = table_of(rows, family, lr)
        for p, per in table.items():
            print(f"  {p[0]}: {sum(per.get(s, 0) for s in tune)}")
        report[family] = fit(table, tune, (0.0,))
        report[family]["folds"] = folds(report[family])
        print(f"  folds won/lost/tied held out: {report[family]['folds']}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
