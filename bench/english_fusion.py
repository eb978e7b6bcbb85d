"""How the fusion combines the two sides for English questions over the Chinese report, and what other ways do.

    python bench/english_fusion.py [--data-root DIR] [--misses] [SET.jsonl ...]

For each English question of the seed tune halves (default: every ``seed_tune*``, on the seed alone, as
``tools/tune_halves.py`` opens them) where the second opinion is asked, the search is run once and its candidates'
scores kept: e5's, USE's, the mixed dense side's, the keyword side's and its weight. Then:

1. the count of questions each side alone ranks right, and of those where one side is right and the fused order
   follows the other (``dense right, keyword won`` / ``keyword right, dense won``);
2. variants of the fusion, each a small grid, scored on the kept scores: paragraph hit@1 of the fused order
   summed over the halves, the shipped point, the best point in sample and the held-out sum (leave one set out,
   ties to the shipped point). The fused order here is before the constraints, priors and reorders the search
   applies after it, so its sums run a question or two below the search's.

With ``--misses``, each question whose fused first passage misses is listed with each side's rank of the
evidence. Never give it a check half.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))


def minmax(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, float)
    span = x.max() - x.min() if len(x) else 0.0
    return (x - x.min()) / span if span > 1e-9 else x * 0


def collect(pt, tuning) -> list[dict]:
    """Each English question's candidates' scores, where USE is asked, from one search with the sides recorded."""
    from reportbot.index.evaluate import norm, to_simplified
    from reportbot.index.retrieval import search as S
    from reportbot.index.retrieval import second_opinion as so

    seen: dict = {}
    dense_side = so.dense_side

    def recording(index, text, lang, c, dense, t):
        out = dense_side(index, text, lang, c, dense, t)
        question = so.question_vector(index, text, lang, c.rows, 1.0) if out[1] else None
        seen.update(c=c, e5=dense.copy(), use=None)
        if question is not None:
            v = index.second
            para = np.asarray(v.paragraphs[c.rows], np.float32) @ question
            sent = np.asarray(v.sentences[index.sent_uniq[c.sentences]], np.float32) @ question
            seen["use"] = t.sentence_share * c.best(sent, para) + (1 - t.sentence_share) * para
        return out

    def fusion(opinion, keyword, w):
        seen.update(opinion=opinion.copy(), keyword=np.clip(keyword, 0, 1), w=w)
        return S.fuse(opinion, keyword, w)

    so.dense_side = recording
    try:
        searcher = S.Searcher(pt.index, pt.embedder, tuning, fusion=fusion, primary=pt.primary)
        rows = []
        for name, questions in pt.sets.items():
            for q in questions:
                if q.get("lang") != "en":
                    continue
                searcher.search(q["question"], 1)
                if seen["use"] is None:
                    continue
                key = norm(to_simplified(q["evidence"]))
                gold = np.array([key in norm(pt.index.paragraphs[int(r)].text) for r in seen["c"].rows])
                rows.append(dict(set=name, id=q["id"], question=q["question"], gold=gold, w=seen["w"],
                                 e5=minmax(seen["e5"]), use=minmax(seen["use"]), opinion=minmax(seen["opinion"]),
                                 keyword=seen["keyword"]))
    finally:
        so.dense_side = dense_side
    return rows


def rank(scores: np.ndarray, gold: np.ndarray) -> int | None:
    if not gold.any():
        return None
    order = list(np.argsort(-scores, kind="stable"))
    return min(order.index(i) for i in np.flatnonzero(gold)) + 1


def fused(r: dict, w: float) -> np.ndarray:
    return (1 - w) * r["opinion"] + w * r["keyword"]


def agree(r: dict) -> bool:
    return int(np.argmax(r["e5"])) == int(np.argmax(r["use"]))


def first(x: np.ndarray) -> np.ndarray:
    return np.arange(len(x)) == int(np.argmax(x))


def margin(x: np.ndarray) -> float:
    top = np.sort(x)[::-1]
    return float(top[0] - top[1]) if len(top) > 1 else 0.0


# each variant: (what it does, its grid with the shipped point first, the fused scores at a point)
VARIANTS = {
    "agreement cut": ("the keyword weight times (1 - a) when e5 and USE put the same passage first",
                      [0, .2, .3, .4, .5, .6], lambda r, a: fused(r, r["w"] * (1 - a * agree(r)))),
    "dense margin cut": ("the keyword weight times (1 - a * the dense side's first-second margin / 0.2)",
                         [0, .1, .3, .5, 1],
                         lambda r, a: fused(r, r["w"] * max(0.0, 1 - a * margin(r["opinion"]) / .2))),
    "keyword margin raise": ("the keyword weight times (1 + a * the keyword side's first-second margin)",
                             [0, .5, 1, 2, 4], lambda r, a: fused(r, min(.9, r["w"] * (1 + a * margin(r["keyword"]))))),
    "weight floor": ("the keyword weight at least a (when it matched anything)",
                     [0, .2, .3, .4], lambda r, a: fused(r, max(r["w"], a) if r["w"] > 0 else 0.0)),
    "weight shrink": ("the keyword weight pulled a of the way to 0.45",
                      [0, .25, .5, .75], lambda r, a: fused(r, (1 - a) * r["w"] + a * .45 if r["w"] > 0 else 0.0)),
    "agreed passage bonus": ("a added to the passage e5 and USE both put first",
                             [0, .02, .05, .1, .2],
                             lambda r, a: fused(r, r["w"]) + a * agree(r) * first(r["e5"])),
}


def grid_table(rows: list[dict], grid: list[float], scores) -> dict[float, collections.Counter]:
    table = {}
    for a in grid:
        table[a] = collections.Counter(r["set"] for r in rows if r["gold"][int(np.argmax(scores(r, a)))])
    return table


def held_out(table: dict[float, collections.Counter], sets: list[str]) -> tuple[float, int, int, int]:
    """(the best point in sample, its hits, the shipped point's hits, the held-out hits summed)."""
    shipped = next(iter(table))
    total = lambda a, ss: sum(table[a][s] for s in ss)  # noqa: E731
    best = lambda ss: max(table, key=lambda a: (total(a, ss), -abs(a - shipped)))  # noqa: E731
    full = best(sets)
    held = sum(table[best([t for t in sets if t != s])][s] for s in sets)
    return full, total(full, sets), total(shipped, sets), held


def main() -> None:
    import tune_halves as th
    from reportbot.index.retrieval.tuning import DEFAULT

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-root", type=Path, default=None, help="as tools/tune_halves.py (ROOT-seed is the seed's)")
    ap.add_argument("--misses", action="store_true", help="list the fused order's misses with each side's rank")
    ap.add_argument("sets", nargs="*", type=Path)
    args = ap.parse_args()
    sets = args.sets or sorted(th.DATA.glob("seed_tune*.jsonl"))
    if any("check" in p.name for p in sets):
        sys.exit("tune halves only")
    root = args.data_root or th.arguments("", []).data_root
    pt = th.open_parts(sets, [], root, guard=False)[0]
    rows = collect(pt, DEFAULT)
    names = sorted({r["set"] for r in rows})
    right = {side: sum(rank(r[side], r["gold"]) == 1 for r in rows) for side in ("e5", "use", "opinion", "keyword")}
    won = collections.Counter()
    for r in rows:
        def top(x: np.ndarray, r: dict = r) -> bool:
            return bool(r["gold"][int(np.argmax(x))])
        f = top(fused(r, r["w"]))
        won["fused"] += f
        won["dense right, keyword won"] += top(r["opinion"]) and not f
        won["keyword right, dense won"] += top(r["keyword"]) and not f
        won["keyword right, fused right, dense wrong"] += top(r["keyword"]) and f and not top(r["opinion"])
        won["dense right, fused right, keyword wrong"] += top(r["opinion"]) and f and not top(r["keyword"])
    print(f"{len(rows)} English questions asked across languages on {len(names)} halves")
    print("right first, by side alone: " + ", ".join(f"{k} {v}" for k, v in right.items()))
    print("fused: " + ", ".join(f"{k} {v}" for k, v in won.items()))
    print(f"\n{'variant':22} {'shipped':>7} {'best':>12} {'held out':>8}  what")
    for name, (what, grid, scores) in VARIANTS.items():
        full, best, shipped, held = held_out(grid_table(rows, grid, scores), names)
        print(f"{name:22} {shipped:>7} {best:>6} at {full:<4} {held:>8}  {what}")
    if args.misses:
        print()
        for r in rows:
            f = fused(r, r["w"])
            if not r["gold"][int(np.argmax(f))]:
                ranks = " ".join(f"{k} {rank(r[k], r['gold'])}" for k in ("e5", "use", "opinion", "keyword"))
                print(f"- [{r['id']}] w {r['w']:.2f}, {ranks}, fused {rank(f, r['gold'])}: {r['question']}")


if __name__ == "__main__":
    main()
