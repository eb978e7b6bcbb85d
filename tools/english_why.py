"""Why English questions about Chinese passages miss: what the bridge read of each, and which side of the search lost.

    pip install -e '.[tools]'
    python tools/english_why.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--list]

Asks the search (as ``tune_halves`` scores it: the first passage, paragraph hit@1) every English answerable question
of the tune halves whose evidence is Chinese (by default each ``*_tune*.jsonl`` of ``bench/data``; seed sets of the
seed alone, library sets of the folders they were written on). For each miss it tells, word by word, what the
English bridge made of the question against the passage holding the evidence (with its context: the document's
title and headings): a word it could not read at all (``unread``), a word read only as Chinese words neither writes
(``misread``: a sense the document does not use, or a word it says otherwise), and the words read as written. And
which side lost: the keyword score preferred the evidence's passage and the fusion still ranked another first
(``fusion``), only the dense side preferred it (``dense``), neither did (``both``), or the passage was not among the
first ten (``unranked``). Prints the counts per kind summed over the sets; ``--list`` prints each miss (tune halves
only: check halves are refused here).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportbot.corpus.normalize import to_simplified  # noqa: E402
from reportbot.index.evaluate import load_questions, norm  # noqa: E402
from tune_halves import DATA, library_groups, service  # noqa: E402

_CHINESE = re.compile(r"[\u4e00-\u9fff]")
DEPTH = 10  # passages looked at for the evidence


def words_against(groups: list[dict[str, float]], spanned: list[list[str]], unmatched: list[str],
                  text: str) -> dict[str, list[str]]:
    """The question's English words by how the bridge read them against ``text`` (the evidence's passage):
    ``unread`` (no corpus word found), ``misread`` (found, but none the passage writes), ``read``."""
    out: dict[str, list[str]] = {"unread": list(unmatched), "misread": [], "read": []}
    for group, words in zip(groups, spanned):
        said = any(w in text for w in group if not w.isascii())
        out["read" if said else "misread"].append(" ".join(words))
    return out


def holds(evidence: str, text: str) -> bool:
    """Whether a passage's index text holds the evidence: the index keeps text simplified, a set may quote it
    traditional (a zh-hant document)."""
    return norm(to_simplified(evidence)) in norm(text)


def losing_side(hits: list[dict]) -> str:
    """Which side lost a miss, from the first passages' keyword and dense scores (``gold``: holds the evidence)."""
    gold = next((h for h in hits if h["gold"]), None)
    if gold is None:
        return "unranked"
    first = hits[0]
    if gold["keyword"] >= first["keyword"]:
        return "fusion"
    return "dense" if gold["dense"] > first["dense"] else "both"


def misses(svc, path: Path) -> list[dict]:
    """Each English answerable question of ``path`` on Chinese evidence whose first passage misses it."""
    eng = svc.engine
    sources, bridge = eng._sources, eng.index.bridge
    rows = []
    for q in load_questions(path):
        if q.get("lang") != "en" or not q["evidence"] or not _CHINESE.search(q["evidence"]) or bridge is None:
            continue
        hits = [{"text": f"{eng.index.context[h.row]}\n{h.paragraph.text}", "keyword": h.keyword, "dense": h.dense,
                 "gold": holds(q["evidence"], h.paragraph.text)
                 and (not q.get("doc") or sources.get(h.paragraph.doc_id) == q["doc"])}
                for h in eng.searcher.search(q["question"], DEPTH).hits]
        if not hits or hits[0]["gold"]:
            continue
        groups, _, unmatched, _, spanned = bridge.translate_positions(q["question"])
        gold = next((h["text"] for h in hits if h["gold"]), None)
        words = words_against(groups, spanned, unmatched, gold) if gold else \
            {"unread": list(unmatched), "misread": [], "read": []}
        rows.append({"set": path.name, "id": q["id"], "question": q["question"], "side": losing_side(hits), **words})
    return rows


def kinds(rows: list[dict]) -> Counter:
    """Misses counted by kind: with a word unread, with a word misread (and none unread), all read; and by side."""
    out: Counter = Counter()
    for r in rows:
        out["a word unread" if r["unread"] else "a word misread" if r["misread"] else "every word read"] += 1
        out[f"side: {r['side']}"] += 1
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", nargs="*", type=Path, default=None)
    ap.add_argument("--library", nargs="*", type=Path, default=None)
    ap.add_argument("--data-root", type=Path, default=Path("/tmp/reportbot-english-why"))
    ap.add_argument("--list", action="store_true", help="print each miss")
    args = ap.parse_args(argv)
    seed = sorted(DATA.glob("seed_tune*.jsonl")) if args.seed is None else args.seed
    library = sorted(DATA.glob("library_tune*.jsonl")) if args.library is None else args.library
    if any("check" in p.name for p in seed + library):
        sys.exit("tune halves only")
    rows = []
    for folders, paths in (({(): seed} if seed else {}) | library_groups(library)).items():
        svc = service(list(folders), args.data_root / "+".join(["seed"] + [f.name for f in folders]))
        for path in paths:
            rows += misses(svc, path)
    if args.list:
        for r in rows:
            print(f"- {r['set']} {r['id']} [{r['side']}] unread={r['unread']} misread={r['misread']} {r['question']}")
    print(f"\n## English misses on Chinese evidence: {len(rows)}")
    for kind, n in sorted(kinds(rows).items()):
        print(f"  {kind}: {n}")
    print("  words unread:", dict(Counter(w.lower() for r in rows for w in r["unread"]).most_common(20)))
    print("  words misread:", dict(Counter(w.lower() for r in rows for w in r["misread"]).most_common(20)))


if __name__ == "__main__":
    main()
