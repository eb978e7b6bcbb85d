"""Why English questions miss the answering passage: each tune-half miss sorted into one kind, and the counts.

    python tools/english_misses.py ROWS.jsonl DATA_PREFIX [--list]

``ROWS`` is a run of ``bench/halves.sh tune LABEL`` (/tmp/halves/LABEL-tune.jsonl) and ``DATA_PREFIX`` the data folders
it asked over (/tmp/halves/data-LABEL): seed sets were asked of ``PREFIX-seed``, library_tune..4 of ``PREFIX-lib``,
library_tuneN of ``PREFIX-libN`` (seed sets asked "in the library" are left out). A row counts when its question
is answerable, in English (its set's ``lang``) and its first passage missed (hit@1 false). The answering passage is
the one of the question's document that holds its evidence; the question is read by that folder's bridge
(``bridge.json``), and a group of the bridge's words reaches the passage when one of them is in its text, its heading
path or its document's title.
Kinds, the first that applies:

- english text: the answering passage is English (under a fifth Chinese characters);
- no corpus word: a content word of the question reaches no corpus word at all (Bridge.translate's unmatched);
- words, not the passage's: every word reaches some corpus word, but some group none of the answering passage's;
- wrong document: every group reaches the passage, and the first passage is from another document;
- another passage: every group reaches the passage, in the right document (the dense side or the ranking pulls
  another).

Reads only tune halves' rows; never a check half.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
_SET = re.compile(r"library_tune(\d*)\.jsonl")


def folder(set_name: str, prefix: str) -> Path:
    """The data folder ``bench/halves.sh`` asked ``set_name`` over."""
    m = _SET.fullmatch(set_name)
    if not m:
        return Path(f"{prefix}-seed")
    n = m.group(1)
    return Path(f"{prefix}-lib{n if n and int(n) >= 5 else ''}")


def kind(passage_text: str, context: str, groups: list[dict[str, float]], unmatched: list[str],
         top_doc: str, doc: str) -> str:
    """The kind of one miss (see the module's list)."""
    if passage_text and len(_CHINESE.findall(passage_text)) < 0.2 * len(passage_text):
        return "english text"
    if unmatched:
        return "no corpus word"
    if not all(any(w in passage_text or w in context for w in g) for g in groups):
        return "words, not the passage's"
    return "wrong document" if top_doc != doc else "another passage"


def _index(path: Path):
    from reportbot.index.retrieval.bridge import Bridge

    current = path / "indexes" / (path / "CURRENT").read_text().strip()
    docs = json.loads((current / "documents.json").read_text(encoding="utf-8"))
    passages = [json.loads(x) for x in (current / "passages.jsonl").read_text(encoding="utf-8").splitlines()]
    return Bridge.load(current / "bridge.json"), docs, passages


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.evaluate import to_simplified

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows", type=Path)
    ap.add_argument("prefix")
    ap.add_argument("--list", action="store_true", help="print each miss with its kind")
    args = ap.parse_args(argv)
    questions = {}
    for path in DATA.glob("*tune*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line)
                questions[(path.name, q["id"])] = q
    rows = [json.loads(x) for x in args.rows.read_text(encoding="utf-8").splitlines() if x.strip()]
    misses = [r for r in rows if r["answerable"] and not r["hit1"] and (r["set"], r["id"]) in questions
              and questions[(r["set"], r["id"])].get("lang") == "en"]
    loaded, counts = {}, Counter()
    squash = lambda t: re.sub(r"\s+", "", to_simplified(t))  # noqa: E731
    for r in misses:
        q = questions[(r["set"], r["id"])]
        path = folder(r["set"], args.prefix)
        if path not in loaded:
            loaded[path] = _index(path)
        bridge, docs, passages = loaded[path]
        doc = q.get("doc") or r["top"]
        source = {d["doc_id"]: d["source"] for d in docs}
        evidence = squash(q.get("evidence") or "")
        gold = [p for p in passages if source.get(p["doc"]) == doc and evidence and evidence in squash(p["text"])]
        text = "".join(p["text"] for p in gold)
        context = "".join(" ".join([p.get("section") or "", *map(str, p.get("path") or [])]) for p in gold)
        context += "".join(d.get("title") or "" for d in docs if d["source"] == doc)
        groups, _, unmatched = bridge.translate(q["question"])
        k = kind(text, context, groups, unmatched, r["top"], doc) + ("" if gold else " (evidence in no one passage)")
        counts[k] += 1
        if args.list:
            print(f"{k:32} refused={r['refused']!s:5} {r['set']} {r['id']} {q['question']}  unmatched={unmatched}")
    for k, n in counts.most_common():
        print(f"{n:4}  {k}")
    print(f"{sum(counts.values()):4}  English misses")


if __name__ == "__main__":
    main()
