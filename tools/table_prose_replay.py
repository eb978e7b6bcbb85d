"""Replay the table-or-prose step (``reorder.prose_first``) of every tune-half search under variants, offline.

    pip install -e '.[tools]'
    python tools/table_prose_replay.py dump ROWS.jsonl DATA_PREFIX OUT.jsonl [--work DIR]
    python tools/table_prose_replay.py replay OUT.jsonl

``dump`` asks every answerable question of the run ``ROWS`` (a ``bench/halves.sh tune`` run's rows, for the sets and
their data folders) again, searching only, and writes for each search whose best passage at the step is a table the
step's inputs (the best candidates' kinds, documents, texts and fused scores, the table's best row, the question's
terms) with which candidates hold the evidence, and whether the search's first passage did. ``replay`` scores
variants of :func:`reportbot.index.retrieval.tables.prose_for_table` on it: a search the variant decides as the
shipped step did keeps its first passage; one it decides otherwise takes the candidate the variant puts first
(later steps not replayed). Tune halves only: a check half's rows are never read.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from first_miss_why import folder_tag, holds, set_file  # noqa: E402
from tune_halves import DATA, ROOT  # noqa: E402

WINDOW = 8


def dump(rows_path: Path, prefix: str, out: Path, work: Path) -> None:
    import numpy as np
    from reportbot.index.evaluate import load_questions
    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval import search as search_module

    runs = [json.loads(x) for x in rows_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    if any("check" in r["set"] for r in runs):
        sys.exit("tune halves only")
    by_tag: dict[str, list[dict]] = {}
    for r in runs:
        if r["answerable"]:
            by_tag.setdefault(folder_tag(r["set"]), []).append(r)
    seen: list[dict] = []
    shipped = search_module.prose_first

    def spy(index, tuning, c, fused, rows_of, q=None):
        order = np.argsort(-fused, kind="stable")[:WINDOW]
        if len(order) and index.paragraphs[int(c.rows[order[0]])].kind == "table":
            ps = [index.paragraphs[int(r)] for r in c.rows[order]]
            seen.append({"rows": [int(r) for r in c.rows[order]], "fused": [float(fused[i]) for i in order],
                         "kinds": [p.kind for p in ps], "docs": [p.doc_id for p in ps], "texts": [p.text for p in ps],
                         "row": ps[0].sentences[int(np.argmax(rows_of(int(order[0]))))],
                         "terms": sorted({t.lower() for g in q.groups for t in g if len(t) >= 2 or t.isdigit()})})
        shipped(index, tuning, c, fused, rows_of, q)

    search_module.prose_first = spy
    with out.open("w", encoding="utf-8") as f:
        for tag, rs in sorted(by_tag.items()):
            gold = {}
            for name in {set_file(r["set"]) for r in rs}:
                gold.update({(name, q["id"]): q for q in load_questions(DATA / name)})
            folder = work / tag
            shutil.rmtree(folder, ignore_errors=True)
            shutil.copytree(f"{prefix}-{tag}", folder)
            svc = QAService(folder, ROOT / "seeds")
            ix = svc.engine.index
            source = {d: ix.docs[d].source for d in ix.doc_order}
            for r in rs:
                q = gold[(set_file(r["set"]), r["id"])]
                seen.clear()
                hits = svc.engine.searcher.search(q["question"], 1).hits
                if not seen or not hits:
                    continue
                step = seen[-1]
                step["holds"] = [(not q.get("doc") or source[d] == q["doc"]) and holds(q["evidence"], t)
                                 for d, t in zip(step["docs"], step["texts"])]
                p = hits[0].paragraph
                step["first_holds"] = (not q.get("doc") or source[p.doc_id] == q["doc"]) and holds(q["evidence"],
                                                                                                    p.text)
                step["first_row"] = hits[0].row
                step.update(set=r["set"], id=r["id"], question=q["question"], margin=svc.engine.searcher.tuning.
                            table_margin)
                f.write(json.dumps(step, ensure_ascii=False) + "\n")
            del svc
            shutil.rmtree(folder, ignore_errors=True)
            print(f"{tag}: {len(rs)}", file=sys.stderr, flush=True)


def score(steps: list[dict], variant, base) -> tuple[int, int, list[tuple[str, str, bool, bool]]]:
    """(hits before, hits after, the searches whose first passage changed: set, id, before, after)."""
    before = after = 0
    moved = []
    for s in steps:
        n = len(s["rows"])
        a0 = base(range(n), s)
        a1 = variant(range(n), s)
        hit0 = s["first_holds"]
        hit1 = hit0 if a0 == a1 else s["holds"][a1 if a1 is not None else 0]
        before += hit0
        after += hit1
        if hit0 != hit1:
            moved.append((s["set"], s["id"], hit0, hit1))
    return before, after, moved


def _call(fn, margin: float | None = None, window: int = 5):
    import numpy as np

    def run(order, s):
        m = s["margin"] if margin is None else margin
        k = min(window, len(s["rows"]))
        terms = s["terms"]
        return fn(range(k), np.array(s["fused"][:k]), s["kinds"][:k], s["docs"][:k], s["texts"][:k], s["row"], m,
                  lambda head: any(t in head.lower() for t in terms))
    return run


def replay(path: Path, variants: dict) -> None:
    from reportbot.index.retrieval.tables import prose_for_table

    steps = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    base = _call(prose_for_table)
    print(f"searches whose best passage at the step is a table: {len(steps)}")
    for name, fn in variants.items():
        b, a, moved = score(steps, fn, base)
        print(f"{name}: {b} -> {a}  (+{sum(x[3] for x in moved)} -{sum(x[2] for x in moved)})")
        for m in moved:
            print("   ", m)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("rows", type=Path)
    d.add_argument("prefix")
    d.add_argument("out", type=Path)
    d.add_argument("--work", type=Path, default=Path("/tmp/table-prose-replay"))
    r = sub.add_parser("replay")
    r.add_argument("steps", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.rows, args.prefix, args.out, args.work)
        return
    from reportbot.index.retrieval.tables import prose_for_table
    variants = {f"margin {m}": _call(prose_for_table, m) for m in (0.1, 0.15, 0.2, 0.25, 0.3)}
    replay(args.steps, variants)


if __name__ == "__main__":
    main()
