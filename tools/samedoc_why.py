"""Why a question's first passage is in the right document but not the right passage: each tune-half miss described.

    pip install -e '.[tools]'
    python tools/samedoc_why.py ROWS.jsonl DATA_PREFIX [--work DIR] [--json FILE] [--list]

``ROWS`` is a run of ``bench/halves.sh tune LABEL`` (/tmp/halves/LABEL-tune.jsonl) and ``DATA_PREFIX`` the data
folders it asked over. A row counts when its question is answerable, its hit@1 is false and its first passage is
from the question's own document (the answer may still be right). Each folder is copied to ``--work`` first and
removed after. Tune halves only: a check half's rows are never read.

For each miss: where the right passage (a passage of the question's document holding the evidence) ranks in the
search, in its document, by the keyword side alone and by the dense side alone (among the search's candidates); its
kind (text, list, table), length in characters and sentences, against the first passage's; whether the evidence
lies under a heading (``path``) and whether the two passages share one.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from first_miss_why import holds, misses_by_folder, questions_of, set_file  # noqa: E402
from tune_halves import ROOT  # noqa: E402

DEPTH = 400


def _bucket(rank: int | None) -> str:
    if rank is None:
        return "absent"
    return next(f"<= {b}" for b in (1, 2, 3, 5, 10, 20, 50, 1000) if rank <= b)


def describe(svc, q: dict, top: str) -> dict:
    """One miss's ranks and shapes."""
    ix, s = svc.engine.index, svc.engine.searcher
    source = {d: ix.docs[d].source for d in ix.doc_order}
    doc = q.get("doc") or top
    rows = {i for i, p in enumerate(ix.paragraphs) if source[p.doc_id] == doc and holds(q["evidence"], p.text)}
    hits = s.search(q["question"], DEPTH).hits
    if not hits:
        return {"rank": None}
    at = next((i for i, h in enumerate(hits) if h.row in rows), None)
    first = hits[0]
    same = [h for h in hits if h.paragraph.doc_id == first.paragraph.doc_id]
    in_doc = next((i for i, h in enumerate(same) if h.row in rows), None)
    out = {"rank": None if at is None else at + 1, "doc_rank": None if in_doc is None else in_doc + 1,
           "first_kind": first.paragraph.kind, "first_len": len(first.paragraph.text),
           "first_sents": len(first.paragraph.sentences), "first_path": " › ".join(first.paragraph.path),
           "first_text": first.paragraph.text, "gold_n": len(rows)}
    if at is None:
        p = ix.paragraphs[min(rows)] if rows else None
        out.update(gold_kind=p.kind if p else "none", gold_len=len(p.text) if p else 0,
                   gold_text=p.text if p else "", gold_path=" › ".join(p.path) if p else "")
        return out
    g = hits[at]
    kw_rank = sum(h.keyword > g.keyword for h in same) + 1
    de_rank = sum(h.dense > g.dense for h in same) + 1
    out.update(gold_kind=g.paragraph.kind, gold_len=len(g.paragraph.text), gold_sents=len(g.paragraph.sentences),
               gold_path=" › ".join(g.paragraph.path), gold_text=g.paragraph.text,
               kw_rank=kw_rank, de_rank=de_rank, kw_first=g.keyword >= first.keyword, de_first=g.dense >= first.dense,
               gold_score=g.score, first_score=first.score, gold_kw=g.keyword, first_kw=first.keyword,
               gold_de=g.dense, first_de=first.dense, gold_cov=g.coverage, first_cov=first.coverage,
               same_path=g.paragraph.path == first.paragraph.path, gold_ok=g.constraints_ok)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows", type=Path)
    ap.add_argument("prefix")
    ap.add_argument("--work", type=Path, default=Path("/tmp/samedoc-why"))
    ap.add_argument("--json", type=Path)
    ap.add_argument("--only", help="only this folder tag (seed, lib, lib5, ...)")
    args = ap.parse_args(argv)
    from reportbot.index.library.service import QAService

    by_tag = misses_by_folder(args.rows, lambda r: r["answerable"] and not r["hit1"])
    out = []
    for tag, rs in sorted(by_tag.items()):
        if args.only and tag != args.only:
            continue
        gold = questions_of(rs)
        rs = [r for r in rs if (gold[(set_file(r["set"]), r["id"])].get("doc") or r["top"]) == r["top"]]
        if not rs:
            continue
        work = args.work / tag
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(f"{args.prefix}-{tag}", work)
        svc = QAService(work, ROOT / "seeds")
        for r in rs:
            q = gold[(set_file(r["set"]), r["id"])]
            d = describe(svc, q, r["top"])
            out.append({"set": r["set"], "id": r["id"], "lang": q.get("lang", "zh"), "question": q["question"],
                        "evidence": q["evidence"], "ok": r["ok"], "refused": r["refused"], **d})
        del svc
        shutil.rmtree(work, ignore_errors=True)
        print(f"{tag}: {len(rs)}", file=sys.stderr, flush=True)
    if args.json:
        args.json.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n", encoding="utf-8")
    print(f"## same-document misses: {len(out)}")
    print("rank: " + ", ".join(f"{k} {n}" for k, n in sorted(Counter(_bucket(o.get("rank")) for o in out).items())))
    placed = [o for o in out if o.get("rank")]
    for axis in ("kw_first", "de_first", "gold_kind", "first_kind", "same_path", "gold_ok"):
        print(f"{axis}: " + ", ".join(f"{k} {n}" for k, n in Counter(o.get(axis) for o in placed).most_common()))


if __name__ == "__main__":
    main()
