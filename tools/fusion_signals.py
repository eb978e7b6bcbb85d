"""Record each tune-half question's fusion signals, to study the passage chosen across languages.

    python tools/fusion_signals.py [--seed SET ...] [--library SET ...] [--data-root DIR] --out ROWS.jsonl

For every answerable question of the tune halves, asked over its documents (``tune_halves.py``), writes one row:
the question's language, its keyword weight, and per candidate the dense side (as the fusion sees it), the keyword
score, whether the candidate is in the question's language, whether it holds the evidence (in the named document),
its document, its row, and its final score (after the constraints, priors and moves); then a summary of the misses whose
right document came first: how the right passage ranks on the keyword side, the dense side and fused, across
languages and not. Never run on a check half.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402


def rank_of(scores: np.ndarray, right: np.ndarray) -> int:
    """1-based rank of the best right candidate under ``scores`` (0: none right)."""
    if not right.any():
        return 0
    order = np.argsort(-scores, kind="stable")
    return int(np.flatnonzero(right[order])[0]) + 1


def rows_of(pt: th.Part, name: str, questions: list[dict]) -> list[dict]:
    from reportbot.index.evaluate import norm, to_simplified
    from reportbot.index.retrieval.fusion import fuse

    seen: dict = {}

    def record(dense, keyword, w):
        # w is one weight, or one per candidate when a passage in the other language has its own (cross_weights)
        seen.update(dense=np.asarray(dense, np.float32).copy(), keyword=np.asarray(keyword, np.float32).copy(),
                    w=np.asarray(w, np.float32).tolist())
        return fuse(dense, keyword, w, _tuning().dense_least_range)

    from reportbot.index.retrieval.search import Searcher

    s = Searcher(pt.index, pt.embedder, _tuning(), fusion=record,
                 primary=pt.primary)
    ix, out = pt.index, []
    for q in questions:
        seen.clear()
        res = s.search(q["question"], 100000)
        if not res.hits or "dense" not in seen:
            continue
        rows = np.array([h.row for h in res.hits], np.int64)
        final = np.array([h.score for h in res.hits], np.float64)
        order = np.argsort(rows)  # the fusion's arrays are in candidate (row) order
        rows, final = rows[order], final[order]
        ev = norm(to_simplified(q["evidence"]))
        docs = [ix.docs[ix.paragraphs[int(r)].doc_id].source for r in rows]
        right = np.array([(not q.get("doc") or d == q["doc"]) and ev in norm(ix.paragraphs[int(r)].text)
                          for r, d in zip(rows, docs)], bool)
        same = ix.para_zh[rows] == (res.query.lang == "zh")
        out.append({"set": name, "id": q["id"], "lang": res.query.lang, "w": seen["w"],
                    # unrounded: a replay of another fusion (final - fused + another) must keep the moves' 1e-6 steps
                    "dense": seen["dense"].tolist(), "keyword": seen["keyword"].tolist(),
                    "final": final.tolist(), "right": right.astype(int).tolist(),
                    "same": same.astype(int).tolist(), "doc": docs, "rows": rows.tolist()})
    return out


def _tuning():
    from reportbot.index.retrieval.tuning import DEFAULT

    return DEFAULT


def summary(rows: list[dict]) -> None:
    """The misses whose first passage is of the right document: how the right passage ranks on each side."""
    misses = []
    for r in rows:
        right, final = np.array(r["right"], bool), np.array(r["final"])
        if not right.any():
            continue
        top = int(np.argmax(final))
        if right[top]:
            continue
        docs = {r["doc"][i] for i in np.flatnonzero(right)}
        if r["doc"][top] not in docs:
            continue
        d, k = np.array(r["dense"]), np.array(r["keyword"])
        cross = not np.array(r["same"], bool)[right].any()
        misses.append((cross, rank_of(k, right), rank_of(d, right), rank_of(final, right)))
    for cross in (True, False):
        m = [x for x in misses if x[0] == cross]
        print(f"{'cross' if cross else 'same '}-language misses, right document first: {len(m)}; keyword side first "
              f"{sum(x[1] == 1 for x in m)}, dense side first {sum(x[2] == 1 for x in m)}; fused rank 2: "
              f"{sum(x[3] == 2 for x in m)}")


def main(argv: list[str] | None = None) -> None:
    args = th.arguments(__doc__.splitlines()[0], argv, lambda ap: ap.add_argument("--out", type=Path, required=True))
    parts = th.open_parts(args.seed, args.library, args.data_root, guard=True)
    rows = []
    for pt in parts:
        for name, questions in pt.sets.items():
            rows += rows_of(pt, name, questions)
            print(f"{name}: {len(questions)}", flush=True)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    summary([r for r in rows if r["set"] != th.GUARD.name])


if __name__ == "__main__":
    main()
