"""Fit ``SearchTuning.other_period`` end to end: what a passage of another period than the year a question names loses,
or one whose document writes no span of the years a question asks over (``retrieval/doc_periods.py``).

    python tools/fit_period.py [--halves DIR] [--label LABEL] [--work DIR] [--rows OUT.jsonl] [--dry-run]

Each of the 40 tune halves is asked as ``bench/halves.sh`` asks it, over a copy of the data folder that run left
(``DIR/data-LABEL-seed``, ``-lib``, ``-libN``; the weight is read at search time from what the index stores already,
so the stored index is the one the rows were made on). A question is reached when its search, at the largest
grid point, marks a candidate of another period: only those can move. Each reached question is asked end to end at
every grid point and judged (``evaluate.judge``); a set scores its reached answerable questions' hits@1 plus answers
right. Judged by ``tune_halves``' rule (leave one set out; a new value only when it holds up), and a point is
allowed only when no fewer reached near misses are refused than at the shipped value. Writes the fit to
``index/retrieval/fitted/period.json`` and, with ``--rows``, each reached question's row at the shipped value and at
the chosen one. Never fit on a check half.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime
import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "period.json"
GRID = [0.0, 0.02, 0.05, 0.1, 0.2, 0.5]
# a question that may name a year (four figures, two before 年, a fiscal year): only these can be reached
_MAY_NAME = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d\d年|fy\s*\d\d", re.I)


def corpora(data: Path) -> dict[str, list[Path]]:
    """Each tune half by the data folder ``bench/halves.sh`` asks it over (suffix: seed, lib, libN)."""
    out: dict[str, list[Path]] = {"seed": sorted(th.DATA.glob("seed_tune*.jsonl"))}
    for p in sorted(th.DATA.glob("library_tune*.jsonl")):
        n = p.stem.removeprefix("library_tune")
        key = "lib" if n in ("", "2", "3", "4") else f"lib{n}"
        if (data.parent / f"{data.name}-{key}").exists():
            out.setdefault(key, []).append(p)
    return out


def ask_all(svc, questions: list[dict], tuning) -> list[dict]:
    from per_question import row
    from reportbot.bot.render import answer_json
    from reportbot.index.evaluate import judge

    svc.engine.searcher.tuning = tuning
    out = []
    for q in questions:
        result = answer_json(svc.ask(q["question"], 3))
        out.append(row(q["set"], q, result, judge(q, result)))
    return out


def reached(svc, questions: list[dict], tuning) -> list[dict]:
    """The questions whose search marks a candidate of another period at ``tuning`` (another year's, another named
    report's, or one writing no span of the years asked over: each of :class:`Periods`' markers)."""
    s = svc.engine.searcher
    s.tuning, flags = tuning, []
    markers = ("other_period", "other_document", "other_span")
    inner = {name: getattr(s.periods, name) for name in markers}

    def spy(mark):
        def marked(*args):
            out = mark(*args)
            flags.append(bool(out.any()))
            return out
        return marked
    for name in markers:
        setattr(s.periods, name, spy(inner[name]))
    out = []
    for q in questions:
        flags.clear()
        s.search(q["question"], 3)
        if any(flags):
            out.append(q)
    for name in markers:
        setattr(s.periods, name, inner[name])
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--halves", type=Path, default=Path("/tmp/halves"))
    ap.add_argument("--label", default="end35")
    ap.add_argument("--work", type=Path, default=Path("/tmp/fit-period"))
    ap.add_argument("--rows", type=Path)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    from reportbot.index.evaluate import load_questions
    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.tuning import DEFAULT

    shipped = DEFAULT.other_period
    points = sorted(set(GRID) | {shipped})
    at = {v: dataclasses.replace(DEFAULT, other_period=v) for v in points}
    rows: dict[float, list[dict]] = {v: [] for v in points}
    args.work.mkdir(parents=True, exist_ok=True)
    for key, paths in corpora(args.halves / f"data-{args.label}").items():
        copy = args.work / key
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(args.halves / f"data-{args.label}-{key}", copy)
        svc = QAService(copy, th.ROOT / "seeds")
        svc.open()
        questions = [dict(q, set=p.name) for p in paths for q in load_questions(p) if _MAY_NAME.search(q["question"])]
        hit = reached(svc, questions, at[max(points)])
        print(f"{key}: {len(questions)} may name a year, {len(hit)} reached", flush=True)
        for v in points:
            rows[v] += ask_all(svc, hit, at[v])
        shutil.rmtree(copy, ignore_errors=True)
    tune = sorted({r["set"] for r in rows[shipped]})
    table = {(v,): {s: sum(r["hit1"] + r["ok"] for r in rows[v] if r["set"] == s and r["answerable"]) for s in tune}
             for v in points}
    refused = {v: sum(r["refused"] for r in rows[v] if not r["answerable"]) for v in points}
    for v in points:
        print(f"  {v}: hit@1 {sum(r['hit1'] for r in rows[v] if r['answerable'])}, right "
              f"{sum(r['ok'] for r in rows[v] if r['answerable'])}, answerable refused "
              f"{sum(r['refused'] for r in rows[v] if r['answerable'])}, near misses refused {refused[v]}", flush=True)
    record = th.fit(table, tune, (shipped,), lambda p: refused[p[0]] >= refused[shipped])
    record["reached"] = {"questions": len(rows[shipped]), "near_misses_refused": refused,
                         "ids": [f"{r['set']} {r['id']}" for r in rows[shipped]]}
    record = {"other_period": record["value"][0], **record, "date": datetime.date.today().isoformat(),
              "commit": th._commit(), "fitted_on": {p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:16]
                                                    for ps in corpora(args.halves / f"data-{args.label}").values()
                                                    for p in ps},
              "data": f"{args.halves}/data-{args.label}-*"}
    record["rule"] = th.RULE.replace("paragraph hits@1 of the search", "hits@1 plus answers right end to end") + \
        "; no fewer near misses refused"
    if args.rows:
        chosen = record["value"][0]
        with args.rows.open("w", encoding="utf-8") as f:
            for a, b in zip(rows[shipped], rows[chosen]):
                f.write(json.dumps({"shipped": a, "chosen": b}, ensure_ascii=False) + "\n")
    th.write(OUT, record, args.dry_run)


if __name__ == "__main__":
    main()
