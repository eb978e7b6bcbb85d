"""Does another refusal model beat the logistic one held out? Each family of ``refusal_families.py`` judged as
``refusal_loso.py`` judges the logistic model.

    pip install -e '.[tools]'
    python tools/refusal_models.py --rows FILE [--models NAME ...] [--jobs N] [--out FILE] [--load FILE]

For each tune half, each family's setting and threshold are chosen by leave one set out inside the other halves
(nested, ``refusal_families.choose``), the family is fitted on them with that setting and decides the held-out half;
the gates, forced refusals and header cards decide as the engine does (``refusal_loso.answered``). Printed per
held-out half and summed, for each model: near misses refused, answerable refused, right kept, and right kept + near
misses refused (the adoption rule's sum), with the held-out AUC. The rows are ``refusal_loso.py``'s cache
(``--rows``), read as they are: recompute them there. ``--out`` keeps the held-out probabilities and choices
(``--load`` prints them again without fitting).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import refusal_families  # noqa: E402
from refusal_loso import answered, tally  # noqa: E402
from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.answering.signals import FEATURES, Signals  # noqa: E402


class Decided:
    """A model whose probability for this one row was computed already (``refusal_loso.answered`` asks it)."""

    def __init__(self, p: float, threshold: float):
        self.p, self.threshold = p, threshold

    def answers(self, s: Signals) -> bool:
        return self.p >= self.threshold


def arrays(rows: list[dict]) -> tuple[np.ndarray, ...]:
    return (np.array([r["x"] for r in rows], float), np.array([r["y"] for r in rows]),
            np.array([r["set"] for r in rows]), np.array([r["forced"] for r in rows], bool))


def one_held_out(name: str, rows: list[dict], held: str, chosen: dict | None = None) -> dict:
    """The family ``name`` chosen (unless ``chosen`` is given) and fitted on every set but ``held``; its
    probabilities for ``held``'s rows."""
    family = refusal_families.FAMILIES[name]
    train = [r for r in rows if r["set"] != held and r["x"] is not None]
    test = [r for r in rows if r["set"] == held and r["x"] is not None]
    x, y, sets, forced = arrays(train)
    chosen = chosen or refusal_families.choose(family, x, y, sets, forced)
    predict = family.fit(x[~forced], y[~forced], sets[~forced], **chosen["setting"])
    p = predict(arrays(test)[0]) if test else []
    return {"model": name, "set": held, "chosen": chosen, "p": {r["id"]: float(v) for r, v in zip(test, p)}}


_ROWS: list[dict] = []  # the rows every worker reads (set before the pool forks)


def _pair_task(task: tuple[str, int, tuple[str, str]]) -> tuple[tuple, dict]:
    name, i, pair = task
    family = refusal_families.FAMILIES[name]
    rows = [r for r in _ROWS if r["x"] is not None]
    return task, refusal_families.pair_fit(family, family.grid[i], *arrays(rows), pair)


def _final_task(task: tuple[str, str, dict]) -> dict:
    return one_held_out(task[0], _ROWS, task[1], task[2])


def _map(fn, tasks: list, jobs: int) -> list:
    if jobs <= 1:
        return [fn(t) for t in tasks]
    from multiprocessing import get_context

    with get_context("fork").Pool(jobs) as pool:
        return pool.map(fn, tasks, chunksize=4)


def inner_probabilities(rows: list[dict], held: str, fits: dict, name: str, i: int) -> np.ndarray:
    """The nested choice's held-out probabilities for ``held``'s training rows (every other set decided by the fit
    on every set but it and ``held``), in their order."""
    train = [r for r in rows if r["set"] != held and r["x"] is not None]
    sets = arrays(train)[2]
    p = np.zeros(len(train))
    for s in np.unique(sets):
        p[sets == s] = fits[name, i, tuple(sorted((held, s)))][s]
    return p


def run(names: list[str], rows: list[dict], jobs: int) -> list[dict]:
    """Every (model, held-out half) pair, the nested fits shared (``refusal_families.pair_fit``), in ``jobs``
    processes; the same choices and probabilities as ``one_held_out`` for each."""
    global _ROWS
    _ROWS = rows
    halves = sorted({r["set"] for r in rows})
    tasks = [(n, i, pair) for n in names for i in range(len(refusal_families.FAMILIES[n].grid))
             for pair in combinations(halves, 2)]
    fits = dict(_map(_pair_task, tasks, jobs))
    finals = []
    for n in names:
        family = refusal_families.FAMILIES[n]
        for held in halves:
            x, y, sets, forced = arrays([r for r in rows if r["set"] != held and r["x"] is not None])
            chosen = refusal_families.choose(family, x, y, sets, forced,
                                             lambda setting, h=held, n=n, g=family.grid: inner_probabilities(
                                                 rows, h, fits, n, g.index(setting)))
            finals.append((n, held, chosen))
    return _map(_final_task, finals, jobs)


def deciders(results: list[dict]) -> dict[str, dict]:
    """Per model: (set, id) -> (held-out probability, that half's chosen threshold)."""
    out: dict[str, dict] = {}
    for res in results:
        for qid, p in res["p"].items():
            out.setdefault(res["model"], {})[res["set"], qid] = (p, res["chosen"]["threshold"])
    return out


def decide(row: dict, scored: dict) -> bool:
    """Whether the engine answers ``row`` given its held-out probability and threshold (gates, forced rows and header
    cards as ``refusal_loso.answered``)."""
    p, t = scored.get((row["set"], row["id"]), (1.0, 0.0))  # rows without signals: only forced decides
    return answered(row, Decided(p, t))


def auc(rows: list[dict], scored: dict) -> float:
    """Held-out AUC over the questions the model decides (no forced refusal, no gate), pooled over the halves."""
    from sklearn.metrics import roc_auc_score

    decided = [r for r in rows if r["x"] is not None and not r["forced"]
               and not refusal.contradicted(Signals(*r["x"]))]
    return float(roc_auc_score([r["y"] for r in decided], [scored[r["set"], r["id"]][0] for r in decided]))


def sums(counts: dict[str, list[int]]) -> list[int]:
    """[near misses refused, answerable refused, right kept, right kept + near misses refused] over ``counts``."""
    t = np.sum(list(counts.values()), axis=0) if counts else np.zeros(5, int)
    return [int(t[0]), int(t[2]), int(t[4]), int(t[4] + t[0])]


def table(rows: list[dict], models: dict[str, dict]) -> str:
    """Per held-out half and summed, each model's near misses refused / answerable refused / right kept (sum)."""
    counts = {m: tally(rows, lambda r, s=scored: decide(r, s)) for m, scored in models.items()}
    names = list(models)
    lines = [f"{'set':22} " + " ".join(f"{m[:22]:>22}" for m in names),
             f"{'':22} " + " ".join(f"{'nm/ar/rk (sum)':>22}" for _ in names)]
    for s in sorted({r["set"] for r in rows}):
        cells = [sums({s: counts[m][s]}) for m in names]
        lines.append(f"{s:22} " + " ".join(f"{f'{c[0]}/{c[1]}/{c[2]} ({c[3]})':>22}" for c in cells))
    totals = [sums(counts[m]) for m in names]
    lines.append(f"{'sum':22} " + " ".join(f"{f'{c[0]}/{c[1]}/{c[2]} ({c[3]})':>22}" for c in totals))
    base = totals[0]
    lines.append(f"{'vs ' + names[0]:22} " + " ".join(
        f"{f'{c[0] - base[0]:+d}/{c[1] - base[1]:+d}/{c[2] - base[2]:+d} ({c[3] - base[3]:+d})':>22}"
        for c in totals))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, required=True, help="refusal_loso.py's cache of the tune halves' signals")
    ap.add_argument("--models", nargs="*", default=list(refusal_families.FAMILIES),
                    help="families to judge (the first is the yardstick the others are compared with)")
    ap.add_argument("--jobs", type=int, default=1, help="processes fitting at once")
    ap.add_argument("--out", type=Path, help="keep the held-out probabilities and choices here")
    ap.add_argument("--load", nargs="*", type=Path, default=[], help="print these kept results instead of fitting")
    args = ap.parse_args(argv)
    cached = json.loads(args.rows.read_text(encoding="utf-8"))
    if cached["features"] != list(FEATURES):
        sys.exit(f"{args.rows} holds other signals: recompute it with refusal_loso.py --refresh")
    rows = cached["rows"]
    if args.load:
        results = [r for p in args.load for r in json.loads(p.read_text(encoding="utf-8"))]
    else:
        os.environ.setdefault("OMP_NUM_THREADS", "1")  # the processes are the parallelism
        results = run(args.models, rows, args.jobs)
        if args.out:
            args.out.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    models = deciders(results)
    models = {m: models[m] for m in args.models if m in models}
    for m in models:
        chosen = [res["chosen"] for res in results if res["model"] == m]
        settings = sorted({json.dumps(c["setting"], sort_keys=True) for c in chosen})
        ts = [c["threshold"] for c in chosen]
        print(f"{m}: held-out AUC {auc(rows, models[m]):.3f}; thresholds {min(ts)}..{max(ts)}; "
              f"settings chosen {'; '.join(settings)}")
    print(table(rows, models))


if __name__ == "__main__":
    main()
