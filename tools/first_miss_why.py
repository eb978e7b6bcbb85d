"""Why an answerable question's first passage is not the right one: each tune-half miss sorted on five axes.

    pip install -e '.[tools]'
    python tools/first_miss_why.py ROWS.jsonl DATA_PREFIX [--work DIR] [--json FILE] [--list]

``ROWS`` is a run of ``bench/halves.sh tune LABEL`` (/tmp/halves/LABEL-tune.jsonl) and ``DATA_PREFIX`` the data
folders it asked over (/tmp/halves/data-LABEL). A row counts when its question is answerable and neither its first
passage held the evidence nor its answer was right. Each folder is copied to ``--work`` first (the run's folder is
never touched) and removed after. Tune halves only: a check half's rows are never read.

Axes, for each miss (the right passage: a passage of the question's document holding its evidence):

- ``where``: ``wrong document`` (the search's first passage is another document's) or ``same document``;
- ``side``: which side preferred the right passage over the first one: ``both`` (the steps after fusion, priors and
  reorderings, lost it), ``keyword only`` (the dense side lost), ``dense only`` (the keyword side lost), ``neither``,
  or ``not a candidate``;
- ``language``: the question's language against the right passage's (``zh on en``, ``en on zh``, ``same``);
- ``context``: whether the right passage's context (title, places, year) agrees with the question's constraints,
  and the first passage's;
- ``loaded``: ``in a passage``, ``across passages`` (the stored text holds the evidence, no passage does) or
  ``not in stored text`` (a loading fault).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportbot.corpus.normalize import to_simplified  # noqa: E402
from reportbot.index.evaluate import load_questions, norm  # noqa: E402
from tune_halves import DATA, ROOT  # noqa: E402

_LATIN = re.compile(r"[A-Za-z]")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
_SET = re.compile(r"(seed|library)_tune(\d*)(?:\.jsonl)?( in the library)?")
_BESIDE = {"5": "lib9", "6": "lib10", "7": "lib11"}  # seed sets asked beside a library of their own
DEPTH = 400


def folder_tag(set_name: str) -> str:
    """The data folder's suffix ``bench/halves.sh`` asked ``set_name`` over."""
    m = _SET.fullmatch(set_name)
    if m is None:
        raise ValueError(set_name)
    kind, n, beside = m.groups()
    if beside:
        return _BESIDE[n]
    if kind == "seed":
        return "seed"
    return f"lib{n}" if n and int(n) >= 5 else "lib"


def misses_by_folder(path: Path, keep) -> dict[str, list[dict]]:
    """The rows of a ``bench/halves.sh`` tune run (``path``) that ``keep`` takes, by the data folder each was asked
    over (:func:`folder_tag`); a check half's row stops the tool: it reads tune halves only."""
    runs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    if any("check" in r["set"] for r in runs):
        sys.exit("tune halves only")
    by_tag: dict[str, list[dict]] = {}
    for r in runs:
        if keep(r):
            by_tag.setdefault(folder_tag(r["set"]), []).append(r)
    return by_tag


def questions_of(rows: list[dict]) -> dict[tuple[str, str], dict]:
    """The questions ``rows`` were asked, by (set file, id)."""
    gold = {}
    for name in {set_file(r["set"]) for r in rows}:
        gold.update({(name, q["id"]): q for q in load_questions(DATA / name)})
    return gold


def set_file(name: str) -> str:
    """The file a row's set names (``seed_tune5 in the library``: seed_tune5.jsonl)."""
    base = name.removesuffix(" in the library")
    return base if base.endswith(".jsonl") else f"{base}.jsonl"


def english(text: str) -> bool:
    """Latin letters outnumber Chinese characters four to one."""
    return len(_LATIN.findall(text)) > 4 * len(_CHINESE.findall(text))


# Markdown's emphasis around evidence copied from a file as written (不少于 **48小时**): no text of a passage
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")


def holds(evidence: str, text: str) -> bool:
    """Whether a passage's text holds the evidence: as written, its Markdown emphasis left out, or, for a table's row
    written with pipes (``新增配置AED | 台 | 580``), its cells in order (a passage reads a row with its header:
    ``新增配置AED — 单位：台；2025年上半年：580``)."""
    read, evidence = norm(to_simplified(text)), _EMPHASIS.sub("", evidence)
    if norm(to_simplified(evidence)) in read:
        return True
    cells = [c for c in (norm(to_simplified(x)) for x in evidence.strip().strip("|").split("|")) if c]
    if len(cells) < 2:  # (no row)
        return False
    at = 0
    for cell in cells:
        at = read.find(cell, at)
        if at < 0:
            return False
        at += len(cell)
    return True


def side(gold: dict | None, first: dict) -> str:
    """Which side preferred the right passage over the first one."""
    if gold is None:
        return "not a candidate"
    kw, de = gold["keyword"] >= first["keyword"], gold["dense"] >= first["dense"]
    return {(True, True): "both", (True, False): "keyword only", (False, True): "dense only",
            (False, False): "neither"}[(kw, de)]


def language(q: dict, text: str) -> str:
    ql = q.get("lang", "zh")
    if ql.startswith("zh") and english(text):
        return "zh on en"
    if ql == "en" and not english(text):
        return "en on zh"
    return "same"


def source_file(name: str) -> Path | None:
    found = [p for p in (ROOT / "bench" / "library").glob(f"docs*/{name}")] + list((ROOT / "seeds").glob(name))
    return found[0] if found else None


def loaded(q: dict, in_passage: bool) -> str:
    if in_passage:
        return "in a passage"
    from stored_text import stored

    path = source_file(q["doc"]) if q.get("doc") else None
    if path is None:
        return "unknown"
    return "across passages" if holds(q["evidence"], stored(path)) else "not in stored text"


def classify(svc, q: dict) -> dict:
    eng = svc.engine
    ix, s = eng.index, eng.searcher
    source = {d: ix.docs[d].source for d in ix.doc_order}
    want = q.get("doc") or None
    rows = [i for i, p in enumerate(ix.paragraphs)
            if (want is None or source[p.doc_id] == want) and holds(q["evidence"], p.text)]
    result = s.search(q["question"], DEPTH)
    hits = [{"row": h.row, "doc": source[h.paragraph.doc_id], "keyword": h.keyword, "dense": h.dense,
             "ok": h.constraints_ok, "text": h.paragraph.text} for h in result.hits]
    first = hits[0] if hits else {"row": -1, "doc": None, "keyword": 0, "dense": 0, "ok": True, "text": ""}
    at = next((i for i, h in enumerate(hits) if h["row"] in rows), None)
    gold = hits[at] if at is not None else None
    text = ix.paragraphs[rows[0]].text if rows else q["evidence"]
    home = want or (source[ix.paragraphs[rows[0]].doc_id] if rows else None)
    ctx = ("agrees" if gold is None or gold["ok"] else "disagrees") + \
        ("" if not result.constraints else f"; first {'agrees' if first['ok'] else 'disagrees'}")
    return {"set": q["set"], "id": q["id"], "question": q["question"], "lang": q.get("lang", "zh"),
            "where": "same document" if first["doc"] == home else "wrong document",
            "side": side(gold, first), "language": language(q, text),
            "context": ctx if result.constraints else "no constraint",
            "loaded": loaded(q, bool(rows)), "rank": None if at is None else at + 1,
            "search_first_right": at == 0, "first_doc": first["doc"], "doc": want,
            "first_text": first["text"][:120], "gold_text": text[:120]}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows", type=Path)
    ap.add_argument("prefix")
    ap.add_argument("--work", type=Path, default=Path("/tmp/first-miss-why"))
    ap.add_argument("--json", type=Path)
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    from reportbot.index.library.service import QAService

    by_tag = misses_by_folder(args.rows, lambda r: r["answerable"] and not r["hit1"] and not r["ok"])
    out = []
    for tag, rs in sorted(by_tag.items()):
        gold = questions_of(rs)
        work = args.work / tag
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(f"{args.prefix}-{tag}", work)
        svc = QAService(work, ROOT / "seeds")
        for r in rs:
            q = dict(gold[(set_file(r["set"]), r["id"])], set=r["set"])
            out.append(dict(classify(svc, q), refused=r["refused"]))
        del svc
        shutil.rmtree(work, ignore_errors=True)
        print(f"{tag}: {len(rs)}", file=sys.stderr, flush=True)
    if args.json:
        args.json.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n", encoding="utf-8")
    if args.list:
        for o in out:
            print(f"- {o['set']} {o['id']} [{o['where']} | {o['side']} | {o['language']} | {o['context']} | "
                  f"{o['loaded']}] rank={o['rank']} {o['question']}")
    print(f"\n## misses: {len(out)} (refused {sum(o['refused'] for o in out)})")
    for axis in ("where", "side", "language", "context", "loaded"):
        print(f"{axis}: " + ", ".join(f"{k} {n}" for k, n in Counter(o[axis] for o in out).most_common()))


if __name__ == "__main__":
    main()
