"""Fit a ranker over the candidate answers of ``tools/answer_rows.py`` and judge it leave one set out (issue 14).

    python tools/fit_answer_choice.py ROWS.jsonl [ROWS.jsonl ...] [--pairwise | --listwise] [--short]

Questions used: answered by the shipped engine, first passage right, the answer found by the sentence choice
(``evidence``; not a header, a page or a FAQ's answer), where a learned choice would act. Each candidate is a row of
features; a logistic regression (pointwise; pairwise over a question's right and wrong candidates; or listwise, a
softmax over its candidates) scores them, and the best-scored candidate answers when it beats the shipped choice by
more than a margin (an infinite margin is the shipped choice). Each set's right answers are counted with models
fitted on the other sets only, for every C and margin; each set is then counted at the (C, margin) the other sets'
held-out counts choose. The newest library half (the highest library_tuneN, no rule written on it) is reported
apart from the older halves. Nothing is written: held out, no variant beat the shipped choice (README, issue 14,
answer-23).
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np

GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
NEWEST = max((p.name for p in (Path(__file__).resolve().parents[1] / "bench" / "data").glob("library_tune*.jsonl")),
             key=lambda name: int(name[len("library_tune"):-len(".jsonl")] or 1))


def load(paths: list[Path]) -> list[dict]:
    rows = [json.loads(x) for p in paths for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if r["cands"] and not r["refused"] and r.get("evidence_path")]


def design(rows: list[dict], keys: list[str] | None = None) -> tuple[list[str], list[np.ndarray], list[np.ndarray]]:
    """Feature names, and per question the candidates' matrix and labels."""
    keys = keys or sorted({k for r in rows for c in r["cands"] for k in c["x"]})
    xs = [np.array([[c["x"].get(k, 0.0) for k in keys] for c in r["cands"]], dtype=float) for r in rows]
    ys = [np.array([c["y"] for c in r["cands"]], dtype=bool) for r in rows]
    return keys, xs, ys


def listwise(zs: list[np.ndarray], ys: list[np.ndarray], c: float) -> np.ndarray:
    """Weights maximising each question's softmax probability of its right candidates, L2 penalty 1/(2c)."""
    from scipy.optimize import minimize

    used = [(z, y) for z, y in zip(zs, ys) if y.any() and (~y).any()]

    def loss(w):
        total, grad = 0.5 * w @ w / c, w / c
        for z, y in used:
            s = z @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            pos = p[y].sum()
            total -= np.log(pos)
            grad = grad - (z[y].T @ p[y]) / pos + z.T @ p
        return total, grad

    return minimize(loss, np.zeros(zs[0].shape[1]), jac=True, method="L-BFGS-B").x


def fit(xs: list[np.ndarray], ys: list[np.ndarray], c: float, pairwise: bool | str):
    """(mean, scale, weights) of a logistic regression over standardised features."""
    from sklearn.linear_model import LogisticRegression

    allx = np.vstack(xs)
    mu, sd = allx.mean(0), allx.std(0)
    sd[sd == 0] = 1.0
    if pairwise == "listwise":
        return mu, sd, listwise([(x - mu) / sd for x in xs], ys, c)
    if pairwise:
        d, t = [], []
        for x, y in zip(xs, ys):
            if y.any() and (~y).any():
                z = (x - mu) / sd
                for p in z[y]:
                    for n in z[~y]:
                        d += [p - n, n - p]
                        t += [1, 0]
        model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000).fit(np.array(d), np.array(t))
    else:
        model = LogisticRegression(C=c, max_iter=2000).fit((allx - mu) / sd, np.concatenate(ys))
    return mu, sd, model.coef_[0]


MARGINS = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0, float("inf"))


def scores_of(model, x: np.ndarray) -> np.ndarray:
    mu, sd, w = model
    return ((x - mu) / sd) @ w


def pick(score: np.ndarray, x: np.ndarray, shipped_at: int, margin: float) -> int:
    """The best-scored candidate, unless it beats the shipped choice by no more than ``margin``."""
    best = int(np.argmax(score))
    return best if score[best] - score[shipped_at] > margin else shipped_at


def loso_scores(rows, xs, ys, c: float, pairwise: bool) -> list[np.ndarray]:
    """Each question's candidate scores from a model fitted on the other sets at C = c."""
    groups = defaultdict(list)
    for i, r in enumerate(rows):
        groups[r["set"]].append(i)
    out: list[np.ndarray] = [np.zeros(0)] * len(rows)
    for s, ix in sorted(groups.items()):
        train = [i for t, jx in groups.items() if t != s for i in jx]
        m = fit([xs[i] for i in train], [ys[i] for i in train], c, pairwise)
        for i in ix:
            out[i] = scores_of(m, xs[i])
    return out


def right_by_set(rows, xs, ys, scores, shipped_at, margin: float) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for r, x, y, sc, at in zip(rows, xs, ys, scores, shipped_at):
        out[r["set"]] += bool(y[pick(sc, x, at, margin)])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rows", nargs="+", type=Path)
    ap.add_argument("--pairwise", action="store_true")
    ap.add_argument("--listwise", action="store_true")
    ap.add_argument("--short", action="store_true", help="leave out candidates only the best clause proposes")
    args = ap.parse_args()
    rows = load(args.rows)
    if args.short:  # the short answers the extractors give: a clause only the clause finder proposes is left out
        for r in rows:
            r["cands"] = [c for c in r["cands"] if c["x"]["shipped"] or c["x"]["by_clause"] < c["x"]["agree"]]
    if args.listwise:
        args.pairwise = "listwise"
    keys, xs, ys = design(rows)
    shipped = defaultdict(int)
    oracle = defaultdict(int)
    n = defaultdict(int)
    for r, y in zip(rows, ys):
        shipped[r["set"]] += bool(r["shipped_y"])
        oracle[r["set"]] += bool(y.any())
        n[r["set"]] += 1
    old = [s for s in n if s != NEWEST]
    print(f"questions {len(rows)}, candidates {sum(len(x) for x in xs)}, features {len(keys)}")
    print("shipped right", sum(shipped.values()), "oracle", sum(oracle.values()))
    shipped_at = [int(np.argmax(x[:, keys.index("shipped")])) for x in xs]
    table = {}
    for c in GRID:
        scores = loso_scores(rows, xs, ys, c, args.pairwise)
        for m in MARGINS:
            got = table[c, m] = right_by_set(rows, xs, ys, scores, shipped_at, m)
            print(f"C {c} margin {m}: held out right {sum(got.values())} (older {sum(got[s] for s in old)} vs "
                  f"shipped {sum(shipped[s] for s in old)}; {NEWEST} {got.get(NEWEST, 0)} vs {shipped.get(NEWEST)})")
    # each set counted with the (C, margin) the other sets' held-out answers choose
    total = {}
    for s in n:
        cm = max(table, key=lambda k: (sum(v for t, v in table[k].items() if t != s), k[1], -k[0]))
        total[s] = table[cm][s]
        print(f"  {s}: {total[s]} vs shipped {shipped[s]} of {n[s]} (C {cm[0]}, margin {cm[1]})")
    print("chosen held out right", sum(total.values()), "shipped", sum(shipped.values()),
          f"older {sum(total[s] for s in old)} vs {sum(shipped[s] for s in old)}; "
          f"{NEWEST} {total.get(NEWEST)} vs {shipped.get(NEWEST)}")


if __name__ == "__main__":
    main()
