"""Each question's result end to end, written as JSON lines, and what changed between two such runs.

    python bench/per_question.py [--library] [--also DIR] [--data DIR] --out RUN.jsonl SET.jsonl ...
    python bench/per_question.py --diff OLD.jsonl NEW.jsonl

The first form answers every question of tune halves (check halves are refused: their questions are not to be read)
and writes one row each: hit@1, the short answer right, refused, the answer and the first passage's file. Run it on
two checkouts (each with its own install, or one install with the other checkout first on ``PYTHONPATH``) and the
second form lists the questions whose hit@1, answer or refusal changed, and the sums before and after: a change
measured by search alone can move answers and refusals it did not look at.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "bench" / "library" / "docs"
OUTCOME = ("hit1", "ok", "refused")


def row(set_name: str, q: dict, result: dict, judged: dict) -> dict:
    """One question's outcome (``judged``: :func:`reportbot.index.evaluate.judge`'s verdict on ``result``)."""
    top = (result.get("passages") or [{}])[0]
    return {"set": set_name, "id": q["id"], "question": q["question"], "answerable": judged["answerable"],
            "hit1": judged.get("hit1", False), "ok": judged.get("answer_ok", False), "refused": judged["refused"],
            "answer": result.get("answer", ""), "top": top.get("source", "")}


def totals(rows: Iterable[dict]) -> dict[str, int]:
    """The sums the README reports: hit@1, answers right, answerable refused, near misses (out of scope) refused."""
    out = dict.fromkeys(("hit@1", "right", "answerable refused", "near misses refused"), 0)
    for r in rows:
        if r["answerable"]:
            out["hit@1"] += r["hit1"]
            out["right"] += r["ok"]
            out["answerable refused"] += r["refused"]
        else:
            out["near misses refused"] += r["refused"]
    return out


def changes(old: Iterable[dict], new: Iterable[dict]) -> list[tuple[dict, dict]]:
    """The (old, new) rows of the questions both runs asked whose hit@1, answer or refusal differs."""
    before = {(r["set"], r["id"]): r for r in old}
    return [(before[k], r) for r in new if (k := (r["set"], r["id"])) in before
            and tuple(before[k][f] for f in OUTCOME) != tuple(r[f] for f in OUTCOME)]


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _diff(old: Path, new: Path) -> None:
    a, b = _read(old), _read(new)
    for x, y in changes(a, b):
        print(f"[{x['set']} {x['id']}] {x['question']}")
        for tag, r in (("old", x), ("new", y)):
            print(f"  {tag}: hit@1 {r['hit1']}, right {r['ok']}, refused {r['refused']}, answer {r['answer']!r}, "
                  f"first passage from {r['top']}")
    keys = {(r["set"], r["id"]) for r in b}
    print("sums", totals(r for r in a if (r["set"], r["id"]) in keys), "->", totals(b))


def _run(args: argparse.Namespace) -> None:
    if any("check" in p.name for p in args.sets):
        sys.exit("tune halves only: a check half's questions are not to be read")
    data = args.data or Path(f"/tmp/reportbot-per-question-{os.getuid()}")
    from reportbot.bot.render import answer_json
    from reportbot.index.evaluate import judge, load_questions
    from reportbot.index.library.service import QAService

    svc = QAService(data, ROOT / "seeds")
    for p in sorted(p for f in ([LIBRARY] if args.library else []) + args.also for p in f.iterdir()):
        if p.is_file() and not p.name.endswith(".py"):  # one the folder holds already is not embedded again
            svc.add(p.read_bytes(), p.name, "bench")
    with args.out.open("w", encoding="utf-8") as out:
        for path in args.sets:
            for q in load_questions(path):
                result = answer_json(svc.ask(q["question"], 3))
                out.write(json.dumps(row(path.name, q, result, judge(q, result)), ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--library", action="store_true", help="add bench/library/docs next to the seed")
    ap.add_argument("--also", type=Path, action="append", default=[], help="add this folder's files as well")
    ap.add_argument("--data", type=Path, help="data folder (kept between runs of the same documents)")
    ap.add_argument("--out", type=Path, help="where to write the rows")
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("OLD", "NEW"), help="compare two runs' rows")
    ap.add_argument("sets", nargs="*", type=Path)
    args = ap.parse_args()
    if args.diff:
        _diff(*args.diff)
    elif args.out and args.sets:
        _run(args)
    else:
        ap.error("give --out and sets, or --diff OLD NEW")


if __name__ == "__main__":
    main()
