"""Fit ``SearchTuning.sentence_cover`` end to end from ``bench/per_question.py`` runs, the library tune halves as folds.

    python bench/per_question.py --library [--also bench/library/docsN] --data COPY --out RUN-N.jsonl SET...  # per
        # weight: write it to index/retrieval/fitted/sentence_cover.json ({"weight": W}) before the run
    python tools/fit_sentence_cover.py --run 0=START*.jsonl --run 0.005=RUN*.jsonl [--write] [--dry-run]

Each run is every library tune half asked end to end at one weight (the shipped code's rows, e.g. the round's start
rows, stand for 0). A set scores its answerable questions' hits@1 plus answers right; a point is allowed only when,
summed over the sets, it loses no answer right and refuses no fewer near misses than 0. Judged by ``tune_halves``'
rule (leave one set out: the folds won / lost / tied held out against 0), and the sums are reported apart for the
English and the Chinese questions. ``--write`` records the fit in ``index/retrieval/fitted/sentence_cover.json``
(``weight``: the value kept). Tune halves only: a check half's rows are refused.
"""
from __future__ import annotations

import argparse
import datetime
import glob
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import tune_halves as th  # noqa: E402
from per_question import totals  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "sentence_cover.json"


def read_run(pattern: str) -> list[dict]:
    """The rows of every file ``pattern`` matches (one run's sets)."""
    rows = []
    for name in sorted(glob.glob(pattern)):
        rows += [json.loads(line) for line in Path(name).read_text(encoding="utf-8").splitlines() if line.strip()]
    if any("check" in r["set"] for r in rows):
        sys.exit("tune halves only")
    return [r for r in rows if r["set"].startswith("library_tune")]


def languages() -> dict[tuple[str, str], str]:
    """(set, id) -> the question's language, from the tune halves' files (traditional Chinese counts as Chinese)."""
    out = {}
    for path in sorted((th.ROOT / "bench" / "data").glob("library_tune*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line)
                out[(path.name, q["id"])] = "en" if q.get("lang") == "en" else "zh"
    return out


def score(rows: list[dict]) -> dict[str, int]:
    """Per set: answerable questions' hits@1 plus answers right."""
    out: dict[str, int] = {}
    for r in rows:
        out[r["set"]] = out.get(r["set"], 0) + (int(r["hit1"]) + int(r["ok"]) if r["answerable"] else 0)
    return out


def by_language(rows: list[dict], lang: dict) -> dict[str, dict[str, int]]:
    """``per_question.totals`` for the English and the Chinese questions apart."""
    return {x: totals(r for r in rows if lang.get((r["set"], r["id"])) == x) for x in ("en", "zh")}


def fitted_on(sets: list[str]) -> list[dict]:
    """Each tune half the fit read: its file and the hash of its questions."""
    data = th.ROOT / "bench" / "data"
    return [{"file": s, "sha256": hashlib.sha256((data / s).read_bytes()).hexdigest()[:16]} for s in sets]


def fit_runs(runs: dict[float, list[dict]], lang: dict) -> dict:
    """The fit over the runs (weight -> rows): table, verdict, folds won / lost / tied, sums per language."""
    common = set.intersection(*({(r["set"], r["id"]) for r in rows} for rows in runs.values()))
    runs = {w: [r for r in rows if (r["set"], r["id"]) in common] for w, rows in runs.items()}
    table = {(w,): score(rows) for w, rows in runs.items()}
    tune = sorted(table[(0.0,)])
    sums = {w: totals(rows) for w, rows in runs.items()}
    allowed = lambda p: sums[p[0]]["right"] >= sums[0.0]["right"] and \
        sums[p[0]]["near misses refused"] >= sums[0.0]["near misses refused"]  # noqa: E731
    record = th.fit(table, tune, (0.0,), allowed)
    held = {s: record["leave_one_set_out"][s]["held_out"] for s in tune}
    shipped = {s: table[(0.0,)][s] for s in tune}
    record["folds"] = {"won": sum(held[s] > shipped[s] for s in tune), "lost": sum(held[s] < shipped[s] for s in tune),
                       "tied": sum(held[s] == shipped[s] for s in tune)}
    record["totals"] = {str(w): dict(sums[w], **by_language(runs[w], lang)) for w in sorted(runs)}
    record["weight"] = record["value"][0]
    return record


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--run", action="append", required=True, metavar="WEIGHT=GLOB",
                    help="one run's rows at a weight (0: the shipped code's)")
    ap.add_argument("--write", action="store_true", help=f"record the fit in {OUT.name}")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    runs = {float(w): read_run(p) for w, p in (x.split("=", 1) for x in args.run)}
    if 0.0 not in runs:
        sys.exit("give the shipped code's rows as --run 0=GLOB")
    record = fit_runs(runs, languages())
    print(json.dumps({k: record[k] for k in ("weight", "adopted", "tune_hits", "folds", "grid", "totals")},
                     indent=1, ensure_ascii=False))
    if args.write:
        record.update(fitted_on=fitted_on(sorted(record["per_set"])), commit=th._commit())
        record.update(rule="hits@1 plus answers right per library tune half, end to end; a point only when it loses "
                      "no answer right and refuses no fewer near misses (summed); tune_halves' rule",
                      runs={str(w): p for w, p in (x.split("=", 1) for x in args.run)},
                      date=datetime.date.today().isoformat())
        th.write(OUT, record, args.dry_run)


if __name__ == "__main__":
    main()
