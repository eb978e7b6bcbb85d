"""Why Chinese questions about English documents miss: what the bridge read of each, and what won instead.

    python tools/chinese_why.py [--library SET ...] [--data-root DIR] [--list]

Asks the search every Chinese (zh, zh-hant) answerable question of the library tune halves whose evidence is English
text, over the folders each set was written on (tune halves only: check halves are refused). For each miss (the
first passage does not hold the evidence) it tells which kind it is:

- ``dense``: the keyword side prefers the evidence's passage and the dense side (or the fusion) ranks another first;
- ``same document``: the keyword side prefers another passage of the evidence's own document;
- ``unreached``: another document's passage ranks first and none of the question's Chinese words reaches, through
  the English bridge, a word the evidence's passage or its context writes;
- ``other document``: words reach it, and a passage of another document (often a Chinese one, matching the words
  the bridge did not translate) ranks first, the keyword side preferring it.

``--list`` prints each miss with the words read and unread.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from english_why import holds  # noqa: E402
from reportbot.index.evaluate import load_questions  # noqa: E402
from tune_halves import DATA, library_groups, service  # noqa: E402

_CHINESE = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
DEPTH = 20


def english_text(text: str) -> bool:
    """Whether a passage is English: Latin letters outnumber Chinese characters four to one."""
    return len(_LATIN.findall(text)) > 4 * len(_CHINESE.findall(text))


def reached(groups: list[dict[str, float]], text: str) -> tuple[list[str], list[str]]:
    """The question's Chinese words (each group's first) whose English readings ``text`` writes, and the rest."""
    words = set(re.findall(r"[a-z0-9]+", text.lower()))
    from reportbot.index.retrieval.tokenize import stem
    stems = {stem(w) for w in words}
    hit, miss = [], []
    for g in groups:
        head = next(iter(g))
        if head.isascii():
            continue
        english = [t for t in g if t.isascii()]
        read = f"{head}>{'/'.join(english[:3])}" if english else head
        (hit if any(t in stems for t in english) else miss).append(read)
    return hit, miss


def misses(svc, path: Path) -> list[dict]:
    eng = svc.engine
    sources = eng._sources
    rows = []
    for q in load_questions(path):
        if not q.get("lang", "").startswith("zh") or not q["evidence"] or not english_text(q["evidence"]):
            continue
        result = eng.searcher.search(q["question"], DEPTH)
        hits = [{"doc": sources.get(h.paragraph.doc_id), "keyword": h.keyword, "dense": h.dense,
                 "text": f"{eng.index.context[h.row]}\n{h.paragraph.text}",
                 "gold": holds(q["evidence"], h.paragraph.text) and sources.get(h.paragraph.doc_id) == q["doc"]}
                for h in result.hits]
        if not hits or hits[0]["gold"]:
            continue
        query = eng.searcher.analyse(q["question"])
        gold = next((h for h in hits if h["gold"]), None)
        text = gold["text"] if gold else next(
            (f"{eng.index.context[i]}\n{p.text}" for i, p in enumerate(eng.index.paragraphs)
             if holds(q["evidence"], p.text) and sources.get(p.doc_id) == q["doc"]), "")
        read, unread = reached(list(query.groups), text)
        first = hits[0]
        if gold is not None and gold["keyword"] >= first["keyword"]:
            kind = "dense"  # the keyword side preferred the evidence's passage
        elif first["doc"] == q["doc"]:
            kind = "same document"
        elif not read:
            kind = "unreached"
        else:
            kind = "other document"
        rows.append({"set": path.name, "id": q["id"], "question": q["question"], "kind": kind, "read": read,
                     "unread": unread, "first": first["doc"], "first_en": english_text(first["text"]),
                     "rank": next((i for i, h in enumerate(hits) if h["gold"]), None)})
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--library", nargs="*", type=Path, default=None)
    ap.add_argument("--data-root", type=Path, default=Path("/tmp/reportbot-chinese-why"))
    ap.add_argument("--list", action="store_true", help="print each miss")
    args = ap.parse_args(argv)
    library = sorted(DATA.glob("library_tune*.jsonl")) if args.library is None else args.library
    if any("check" in p.name for p in library):
        sys.exit("tune halves only")
    rows = []
    for folders, paths in library_groups(library).items():
        svc = service(list(folders), args.data_root / "+".join(["seed"] + [f.name for f in folders]))
        for path in paths:
            rows += misses(svc, path)
    if args.list:
        for r in rows:
            print(f"- {r['set']} {r['id']} [{r['kind']}] rank={r['rank']} first={r['first']} read={r['read']} "
                  f"unread={r['unread']} {r['question']}")
    print(f"\n## Chinese misses on English evidence: {len(rows)}")
    for kind, n in sorted(Counter(r["kind"] for r in rows).items()):
        print(f"  {kind}: {n}")
    print("  first passage Chinese (other documents):",
          sum(not r["first_en"] for r in rows if r["kind"] != "same document"))


if __name__ == "__main__":
    main()
