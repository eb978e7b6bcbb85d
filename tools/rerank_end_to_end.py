"""The reranker judged end to end: fitted with the refusal model refitted on its output, both leave one set out.

    pip install -e '.[tools]'
    python tools/rerank_end_to_end.py [--rows FILE] [--data-root DIR] [--point C T W ...] [--jobs N]

``fit_rerank.py`` scores the reranker by the search's hit@1 alone; what a user sees is the answer or the refusal,
and the refusal model (``fit_refusal.py``) was fitted on the fused order's first passages. Here:

1. every question of the tune halves and the dev set is asked of the engine (each set of the documents it was
   written on), the reranker recording instead of reordering (``fit_rerank.Recording``): the refusal signals,
   the answer and its judgement of today's order, and the features of the first candidates with which of them hold
   the evidence (cached in ``--rows``, each group of sets as it finishes, so a pass cut short resumes);
2. for each grid point ``(C, threshold, near-miss weight)`` and each tune half, the reranker is fitted on the other
   halves (``fit_rerank.train``), and every question of the half whose first passage it moves is asked again with
   it (the dev set with the fit on every half);
3. the refusal model is fitted leave one set out (``refusal_loso.leave_one_out``: each half scored by the model
   fitted on the others, C and threshold cross-validated inside them) on today's rows and on each point's rows.

Printed per variant, summed over the tune halves, all held out: hit@1 (the judged first passage), short answers
right (answered and right), answerable refused, near misses refused; and the dev set's figures with the refusal
model fitted on every tune half. Never asks a check half.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_refusal  # noqa: E402
import fit_rerank  # noqa: E402
import refusal_loso  # noqa: E402
import tune_halves as th  # noqa: E402
from refusal_rows import _always, _library_tasks, _service, row  # noqa: E402
from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.answering.signals import FEATURES as SIGNALS  # noqa: E402
from reportbot.index.retrieval.rerank_features import FEATURES  # noqa: E402

POINTS = ((1.0, 0.7, 0.0), (0.3, 0.6, 0.0), (1.0, 0.5, 0.3), (0.1, 0.7, 0.3))  # fit_rerank's grid, the best few


def ask(paths: list[Path], folders: list[Path], data: Path, models: dict | None = None,
        only: set | None = None) -> list[dict]:
    """One row per question of ``paths`` (only those ``(set, id)`` in ``only`` when given): the refusal row
    (``refusal_rows.row``) plus the reranker's record (``rr``); ``models`` (set name → Reranker) reorder the
    first candidates instead of recording."""
    from reportbot.index.evaluate import load_questions

    refusal.default_model = _always  # signals are measured before any model exists
    svc = _service(folders, data)
    searcher, index = svc.engine.searcher, svc.engine.index
    rec = fit_rerank.Recording(fit_rerank.DEPTH)
    rows = []
    for path in paths:
        searcher.reranker = rec if models is None else models[path.name]
        for q in load_questions(path):
            if only is not None and (path.name, q["id"]) not in only:
                continue
            rec.seen = None
            r = row(path.name, q, svc.ask(q["question"]))
            r["rr"] = None
            if rec.seen is not None:
                cands, x = rec.seen
                r["rr"] = {"x": x, "y": [bool(q["evidence"]) and fit_rerank.holds(index, q, c) for c in cands]}
            rows.append(r)
    return rows


def tasks(seed: list[Path], library: list[Path], root: Path) -> list[tuple[list[Path], list[Path], Path]]:
    """(sets, folders, data folder): the seed sets and the dev set on the seed alone, each library group on its
    folders (data folders ROOT-seed, ROOT-library, ROOT-library+docs5 … as the fitting tools name them, made on
    first use and kept)."""
    return [([*seed, th.GUARD], [], root.with_name(f"{root.name}-seed"))] + _library_tasks(
        library, root.with_name(f"{root.name}-library"))


def _stamp() -> dict:
    """What a cache of rows was measured with: the reranker's features and the refusal signals, by name."""
    return {"features": list(FEATURES), "signals": list(SIGNALS)}


def cached(path: Path) -> list[dict] | None:
    """The rows kept in ``path`` when they were measured with today's features and signals, else None (a cache
    written by an older feature list is not read: its vectors would be scored against other columns)."""
    if not path.exists():
        return None
    kept = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(kept, dict) or {k: kept.get(k) for k in _stamp()} != _stamp():
        print(f"  {path} holds other features or signals: asked again", flush=True)
        return None
    return kept["rows"]


def keep_rows(path: Path, rows: list[dict]) -> None:
    path.write_text(json.dumps({**_stamp(), "rows": rows}, ensure_ascii=False), encoding="utf-8")


def _kept(keep: Path | None, paths: list[Path], folders: list[Path], data: Path, *rest) -> list[dict]:
    """``ask``, its rows kept in ``keep``-DATA.json when ``keep`` is given (read back when present and measured
    with today's features: a first pass cut short resumes at the groups it had not finished)."""
    part = keep and keep.with_name(f"{keep.stem}-{data.name}.json")
    rows = cached(part) if part else None
    if rows is not None:
        return rows
    rows = ask(paths, folders, data, *rest)
    if part:
        keep_rows(part, rows)
    print(f"  {data.name}: {len(rows)} questions asked", flush=True)
    return rows


def run(jobs: int, todo: list[tuple], keep: Path | None = None) -> list[dict]:
    """The rows of every task (``ask``'s arguments), ``jobs`` tasks at once."""
    todo = [(keep, *t) for t in todo]
    if jobs <= 1:
        return [r for t in todo for r in _kept(*t)]
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(min(jobs, len(todo)), maxtasksperchild=1) as pool:
        return [r for part in pool.starmap(_kept, todo, chunksize=1) for r in part]


def records(rows: list[dict]) -> list[dict]:
    """The rows as ``fit_rerank``'s records (answerable: today's paragraph hit; near misses marked)."""
    return [{"set": r["set"], "today": bool(r["rr"]["y"][0]) if r["rr"] else False, "x": r["rr"]["x"],
             "y": r["rr"]["y"], **({"near_miss": True} if not r["y"] else {})}
            for r in rows if r["rr"] is not None]


def rerankers(rows: list[dict], tune: list[str], point: tuple) -> dict:
    """Each tune half's reranker fitted on the other halves; the dev set's fitted on all of them."""
    recs = records(rows)
    out = {s: fit_rerank.train([r for r in recs if r["set"] in tune and r["set"] != s], *point, fit_rerank.DEPTH)
           for s in tune}
    out[th.GUARD.name] = fit_rerank.train([r for r in recs if r["set"] in tune], *point, fit_rerank.DEPTH)
    return out


def moved(rows: list[dict], models: dict) -> set:
    import numpy as np

    return {(r["set"], r["id"]) for r in rows if r["rr"] is not None
            and int(models[r["set"]].order(np.asarray(r["rr"]["x"])[:fit_rerank.DEPTH])[0]) != 0}


def figures(rows: list[dict], tune: list[str]) -> dict:
    """Held out on the tune halves (the refusal model fitted on the others), in sample on the dev set."""
    mine = [r for r in rows if r["set"] in tune]
    models = refusal_loso.leave_one_out(mine)
    dev = [r for r in rows if r["set"] == th.GUARD.name]
    fitting = [r for r in mine if r["x"] is not None and not r["header"]]
    chosen = fit_refusal.cross_validate(fitting)
    full = refusal_loso._model(fit_refusal.fit(fitting, chosen["C"], chosen["threshold"]))

    def tally(rs, decide):
        t = {"hit1": 0, "right": 0, "answerable_refused": 0, "answerable": 0, "near_refused": 0, "near": 0}
        for r in rs:
            answered = decide(r)
            if r["y"]:
                t["answerable"] += 1
                t["hit1"] += r["hit1"]
                t["right"] += answered and r["right"]
                t["answerable_refused"] += not answered
            else:
                t["near"] += 1
                t["near_refused"] += not answered
        return t

    return {"tune": tally(mine, lambda r: refusal_loso.answered(r, models[r["set"]][0])),
            "dev": tally(dev, lambda r: refusal_loso.answered(r, full))}


def main(argv: list[str] | None = None) -> None:
    def more(ap: argparse.ArgumentParser) -> None:
        ap.add_argument("--rows", type=Path, default=Path("/tmp/rerank-end-to-end.json"), help="cache of step 1")
        ap.add_argument("--point", nargs=3, type=float, action="append", help="C threshold near-miss-weight")
        ap.add_argument("--jobs", type=int, default=1)

    args = th.arguments(__doc__.splitlines()[0], argv, more)
    root = args.data_root
    todo = tasks(args.seed, args.library, root)
    rows = cached(args.rows)
    if rows is None:
        rows = run(args.jobs, todo, args.rows)
        keep_rows(args.rows, rows)
    tune = sorted({r["set"] for r in rows} - {th.GUARD.name})
    print("today:", json.dumps(figures(rows, tune)), flush=True)
    for point in [tuple(p) for p in args.point] if args.point else POINTS:
        models = rerankers(rows, tune, point)
        again = moved(rows, models)
        fresh = {(r["set"], r["id"]): r for r in run(args.jobs, [(*t[:3], models, again) for t in todo])}
        new = [fresh.get((r["set"], r["id"]), r) for r in rows]
        changed = sum(1 for r in rows if (r["set"], r["id"]) in again)
        print(f"point {point}: {changed} first passages moved "
              f"({sum(1 for r in rows if (r['set'], r['id']) in again and not r['y'])} near misses):",
              json.dumps(figures(new, tune)), flush=True)


if __name__ == "__main__":
    main()
