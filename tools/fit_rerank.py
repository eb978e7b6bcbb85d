"""Fit the reranker (``index/retrieval/rerank.py``): a logistic model of a candidate beating the search's first.

    pip install -e '.[tools]'
    python tools/fit_rerank.py [--seed SET.jsonl ...] [--library SET.jsonl ...] [--data-root DIR]
                               [--depth N] [--rows FILE] [--dry-run]

Asks every answerable question of the tune halves (``tune_halves.py``: seed sets of the seed alone, each library
set of its folders) with the search's reranking step recording, not reordering: for each question, the features
(``rerank_features.FEATURES``) of its first ``--depth`` candidates in today's order, and which of them hold the
question's evidence (in its document, when it names one: ``tune_halves.hit``'s judgement). Each later candidate
is set against the first where exactly one of the two holds it: their feature difference, labelled 1 when the
challenger holds it. scikit-learn's ``LogisticRegression`` on the standardised differences gives the weights; at
search time the likeliest challenger takes the first place when its probability passes the threshold.

Near misses (questions the documents do not answer) are asked too: moving their first passage only risks an
answer where a refusal was, so each of their challengers is a "stay" pair (weight ``NEAR_WEIGHTS``), and each one
moved counts as a hit lost. Scored as the search's paragraph hit@1 per tune half. Leave one set out: each tune half
is scored with the model fitted on the others; (C, threshold, near-miss weight) is the grid point with the most
held-out hits less held-out near misses moved, where no tune half loses more than ``MOST_LOST``. Adopted
(``"adopted": true``, so the search loads it) only when that beats today's order and the dev set (scored, never
fitted on) loses nothing. The file records the sets it was fitted on, their hashes, the commit and the figures.
Never fit on a check half.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import tune_halves as th
from reportbot.index.retrieval.rerank import MODEL_FILE, Reranker
from reportbot.index.retrieval.rerank_features import FEATURES
from reportbot.index.retrieval.search import Searcher

C_GRID = (0.1, 0.3, 1.0)        # inverse regularisation strengths tried
THRESHOLDS = (0.5, 0.6, 0.7)    # the probability a challenger must pass to take the first place
DEPTH = 8                       # candidates reordered: the misses' evidence mostly lies this close
MOST_LOST = 1                   # held-out hits a tune half may lose to the others' gain
NEAR_WEIGHTS = (0.0, 0.3, 1.0)  # the weight of a near miss's challengers (all "stay") beside a question's pairs


class Recording:
    """Stands in for the reranker: records the first candidates' rows and features instead of reordering them."""

    def __init__(self, depth: int):
        self.depth, self.seen = depth, None

    def reorder(self, index, q, scores, head, sizes):
        from reportbot.index.retrieval.rerank_features import features

        self.seen = (scores.rows[head].tolist(), features(index, q, scores, head, sizes).tolist())
        return head


def holds(index, q: dict, row: int) -> bool:
    """Whether passage ``row`` holds ``q``'s evidence (in its document, when it names one)."""
    from reportbot.index.evaluate import norm, to_simplified

    p = index.paragraphs[row]
    source_ok = not q.get("doc") or index.docs[p.doc_id].source == q["doc"]
    return bool(source_ok and norm(to_simplified(q["evidence"])) in norm(p.text))


def near_misses(name: str) -> list[dict]:
    """The questions of set ``name`` the documents do not answer (the search runs on them too, and the reranker
    must not make them look answered)."""
    from reportbot.index.evaluate import load_questions

    path = th.GUARD if name == th.GUARD.name else th.DATA / name
    return [q for q in load_questions(path) if not q["evidence"]]


def collect(parts, depth: int) -> list[dict]:
    """One record per answerable question: its set, today's hit, and (when reranked) its candidates' features
    and labels."""
    out = []
    for pt in parts:
        rec = Recording(depth)
        s = Searcher(pt.index, pt.embedder, primary=pt.primary, reranker=rec)
        for name, questions in pt.sets.items():
            for q in questions:
                rec.seen = None
                top = s.search(q["question"], 1).top
                today = top is not None and holds(pt.index, q, top.row)
                one = {"set": name, "today": today, "x": None, "y": None}
                if rec.seen is not None:
                    rows, x = rec.seen
                    one["x"], one["y"] = x, [holds(pt.index, q, r) for r in rows]
                out.append(one)
            for q in near_misses(name):
                rec.seen = None
                s.search(q["question"], 1)
                if rec.seen is not None:
                    out.append({"set": name, "today": False, "x": rec.seen[1], "y": [False] * len(rec.seen[0]),
                                "near_miss": True})
            print(f"  {name}: {sum(r['today'] for r in out if r['set'] == name)} hits today", flush=True)
    return out


def challenges(records: list[dict], depth: int, near_weight: float = 0.0
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each candidate after the first against the first (their feature difference), where exactly one of the two
    holds the evidence: 1 when it is the challenger (it should take the first place), 0 when it is the first. A
    near miss's challengers are all 0 (moving its first passage only risks an answer), weighing ``near_weight``."""
    xs, ys, ws = [], [], []
    for r in records:
        if r["x"] is None:
            continue
        x, y, near = np.asarray(r["x"])[:depth], r["y"][:depth], r.get("near_miss", False)
        for j in range(1, len(y)):
            if near or y[j] != y[0]:
                xs.append(x[j] - x[0])
                ys.append(int(y[j]))
                ws.append(near_weight if near else 1.0)
    keep = np.array(ws) > 0
    return np.array(xs).reshape(-1, len(FEATURES))[keep], np.array(ys)[keep], np.array(ws)[keep]


def train(records: list[dict], c: float, threshold: float, near_weight: float, depth: int) -> Reranker:
    """The logistic model of a challenger beating the first, on standardised differences."""
    from sklearn.linear_model import LogisticRegression

    d, y, w = challenges(records, depth, near_weight)
    scale = d.std(0)
    scale = np.where(scale > 0, scale, 1.0)
    lr = LogisticRegression(C=c, solver="liblinear").fit(d / scale, y, sample_weight=w)
    return Reranker(FEATURES, tuple(round(float(v), 6) for v in lr.coef_[0]), round(float(lr.intercept_[0]), 6),
                    tuple(round(float(v), 6) for v in scale), threshold, depth)


def hits(model: Reranker | None, records: list[dict]) -> dict[str, int]:
    """Hits@1 per set with ``model`` choosing the first passage (None: today's order)."""
    out: dict[str, int] = {}
    for r in records:
        if r.get("near_miss"):
            continue
        hit = r["today"]
        if model is not None and r["x"] is not None:
            hit = bool(r["y"][int(model.order(np.asarray(r["x"])[:model.depth])[0])])
        out[r["set"]] = out.get(r["set"], 0) + hit
    return out


def moved(model: Reranker, records: list[dict]) -> int:
    """Near misses whose first passage the model moves."""
    return sum(int(model.order(np.asarray(r["x"])[:model.depth])[0]) != 0 for r in records
               if r.get("near_miss") and r["x"] is not None)


def leave_one_set_out(records: list[dict], tune: list[str], point: tuple[float, float, float], depth: int
                      ) -> tuple[dict[str, int], int]:
    """Each tune half's hits with the model fitted on the other tune halves, and its near misses moved."""
    out, near = {}, 0
    for s in tune:
        model = train([r for r in records if r["set"] in tune and r["set"] != s], *point, depth)
        mine = [r for r in records if r["set"] == s]
        out[s] = hits(model, mine).get(s, 0)
        near += moved(model, mine)
    return out, near


def main(argv: list[str] | None = None) -> None:
    def more(ap):
        ap.add_argument("--depth", type=int, default=DEPTH, help="candidates reordered")
        ap.add_argument("--rows", type=Path, help="cache of the recorded candidates (read when present, else written)")
        ap.add_argument("--out", type=Path, default=MODEL_FILE)

    args = th.arguments(__doc__.splitlines()[0], argv, more)
    parts = th.open_parts(args.seed, args.library, args.data_root)
    tune = th.tune_names(parts)
    if args.rows is not None and args.rows.exists():
        cached = json.loads(args.rows.read_text(encoding="utf-8"))
        if cached["features"] != list(FEATURES) or cached["depth"] != args.depth:
            sys.exit(f"{args.rows} holds other features or another depth: delete it")
        records = cached["records"]
    else:
        records = collect(parts, args.depth)
        if args.rows is not None:
            args.rows.write_text(json.dumps({"features": list(FEATURES), "depth": args.depth, "records": records}))
    today = hits(None, records)
    base = sum(today[s] for s in tune)
    held = {k: leave_one_set_out(records, tune, k, args.depth) for k in
            [(c, t, w) for w in NEAR_WEIGHTS for c in C_GRID for t in THRESHOLDS]}
    gain = {k: sum(h.values()) - base - near for k, (h, near) in held.items()}
    worst = {k: min(h[s] - today[s] for s in tune) for k, (h, _) in held.items()}
    for k, (h, near) in held.items():
        print(f"  C {k[0]} threshold {k[1]} near-miss weight {k[2]}: held out {sum(h.values())} (today {base}), "
              f"near misses moved {near}, worst set {worst[k]:+d}", flush=True)
    # the most held-out hits less near misses moved, where no tune half loses more than MOST_LOST (ties: the higher
    # threshold, which moves fewer passages, then the stronger regularisation)
    point = max(held, key=lambda k: (worst[k] >= -MOST_LOST, gain[k], k[1], -k[0]))
    model = train([r for r in records if r["set"] in tune], *point, args.depth)
    full = hits(model, records)
    guard_ok = all(full[s] >= today[s] for s in today if s not in tune)
    adopt = gain[point] > 0 and worst[point] >= -MOST_LOST and guard_ok
    print(f"  chose {point}: held out {sum(held[point][0].values())}, near misses moved {held[point][1]}, worst set "
          f"{worst[point]:+d}, dev {'ok' if guard_ok else 'loses'} -> {'adopt' if adopt else 'keep today'}",
          flush=True)
    c, t, w = point
    record = {"adopted": adopt, "features": list(FEATURES), "weights": list(model.weights), "bias": model.bias,
              "scale": list(model.scale), "threshold": t, "depth": args.depth,
              "fit": {"model": "LogisticRegression (a challenger against the first: feature differences)", "C": c,
                      "near_miss_weight": w, "C_grid": list(C_GRID), "threshold_grid": list(THRESHOLDS),
                      "near_miss_weight_grid": list(NEAR_WEIGHTS), "solver": "liblinear", "most_lost": MOST_LOST,
                      "pairs": len(challenges([r for r in records if r["set"] in tune], args.depth, w)[1])},
              "hits": {"today": today, "leave_one_set_out": held[point][0], "full_fit_in_sample": full,
                       "sum_tune": {"today": base, "held_out": sum(held[point][0].values()),
                                    "in_sample": sum(full[s] for s in tune)},
                       "near_misses": sum(1 for r in records if r.get("near_miss") and r["set"] in tune),
                       "near_misses_moved_held_out": held[point][1],
                       "grid_held_out": {",".join(map(str, k)): {"hits": sum(h.values()), "near_misses_moved": n}
                                         for k, (h, n) in held.items()}},
              **th.provenance(parts)}
    record["rule"] = ("the (C, threshold, near-miss weight) with the most held-out hits@1 summed over the tune halves "
                      "(each scored with the model fitted on the others) less the held-out near misses whose first "
                      "passage moves, where no tune half loses more than most_lost; adopted when that beats today's "
                      "order and the dev set loses nothing")
    th.write(args.out, record, args.dry_run)


if __name__ == "__main__":
    main()
