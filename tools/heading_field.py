"""Replay a passage-level signal over ``fusion_signals.py``'s rows: the heading path as a keyword field of its own.

    python tools/fusion_signals.py --out SIGNALS.jsonl      # the tune halves' candidates, once
    python tools/heading_field.py SIGNALS.jsonl --data-root ROOT [--json FILE]

The keyword side already reads a passage's heading path, inside its context (title, date, heading path: a context
match scores ``context_match`` times the term's idf at the paragraph level and nothing at the sentence level, the way
a word naming the document is read). Within one document the title and date are every passage's, so only the heading
path tells two passages apart there; this replays the heading path scored on its own, BM25F-like:

- ``heading``: each candidate's final score plus ``a`` times its heading field, the question's keyword groups found
  in its heading path (not the title), each at its best term's weight times idf, over the question's ideal score;
- ``firstdoc``: as ``heading``, added only to the candidates of the document the shipped order puts first (a
  re-ordering inside the right document, which is where the misses it aims at lie);
- ``asked``: ``a`` added to each candidate that states a value of the kind a count or when question asks
  (``measured.asked_pattern``: a figure in the asked measure or of the asked noun, a date), over the whole order
  where ``reorder.measure_first`` moves one passage close behind the first;
- ``neighbour``: ``a`` times the better keyword score of the passage's two neighbours in its document (when they
  are candidates): a passage in a stretch of its document that matches the question.

``ROOT`` is the ``--data-root`` the signals were recorded over (``tune_halves``' folders ROOT-library,
ROOT-library+docs5 …), read only. Each family is scored as paragraph hits@1 per library tune half and fitted by
``tune_halves.fit`` (the sets as folds; a = 0 is the shipped order); ``--json`` records the grid, the fit and the
folds won, lost and tied. A screen, not a measurement (the later steps' moves are kept as the shipped order left
them). Tune halves only: the rows come from ``fusion_signals.py``, which refuses check halves.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

GRID = (-0.05, -0.02, 0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)


def field_score(groups: list[dict[str, float]], heads: set[str], idf) -> float:
    """The question's groups found in ``heads`` (a heading path's tokens), each at its best term's weight times
    idf, over the groups' ideal (every group at its best term): 0 when no group is found, 1 when every one is."""
    ideal = sum(max((w * idf(t) for t, w in g.items()), default=0.0) for g in groups)
    got = sum(max((w * idf(t) for t, w in g.items() if t in heads), default=0.0) for g in groups)
    return got / ideal if ideal > 0 else 0.0


def neighbour_keyword(rows: np.ndarray, docs: list[str], keyword: np.ndarray) -> np.ndarray:
    """For each candidate, the better keyword score of the rows just before and after it in its document, when they
    are candidates (0 otherwise)."""
    at = {int(r): i for i, r in enumerate(rows)}
    out = np.zeros(len(rows))
    for i, r in enumerate(rows):
        for n in (int(r) - 1, int(r) + 1):
            j = at.get(n)
            if j is not None and docs[j] == docs[i]:
                out[i] = max(out[i], float(keyword[j]))
    return out


def replay(final: np.ndarray, right: np.ndarray, extra: np.ndarray, a: float, firstdoc: np.ndarray | None = None,
           pinned: list[tuple[int, int]] = ()) -> bool:
    """Whether the first candidate under ``final + a * extra`` (only where ``firstdoc``, when given) is right;
    ``pinned``: the later steps' moves (``fusion_replay.pins``), each kept just above the passage it was put above."""
    new = final + (a * extra if firstdoc is None else a * extra * firstdoc)
    for i, j in pinned:
        new[i] = new[j] + 1e-6
    return bool(right[int(np.argmax(new))])


def pinned_moves(r: dict) -> list[tuple[int, int]]:
    """The moves ``r``'s final order shows (``fusion_replay.pins``: a step the fusion did not make)."""
    from fusion_replay import pins
    from reportbot.index.retrieval.fusion import fuse
    from reportbot.index.retrieval.tuning import DEFAULT

    w = np.asarray(r["w"], np.float32)
    final = np.array(r["final"])
    after = final - fuse(np.array(r["dense"]), np.array(r["keyword"]), w if w.ndim else float(w),
                         DEFAULT.dense_least_range)
    return pins(final, after)


def features(rows_in: list[dict], root: Path, rows_of=None) -> list[dict]:
    """Each signals row of a library tune half with its candidates' features (``rows_of``, by default
    ``corpus_rows``: the heading field, asked kind and neighbours), each group's index loaded once."""
    from reportbot.index.retrieval.passage_index import PassageIndex

    by_set: dict[str, list[dict]] = {}
    for r in rows_in:
        if r["set"].startswith("library_tune") and "check" not in r["set"]:
            by_set.setdefault(r["set"], []).append(r)
    out = []
    for folders, paths in th.library_groups([th.DATA / s for s in sorted(by_set)]).items():
        name = "+".join(["library"] + [f.name for f in folders[1:]])
        data = root.with_name(f"{root.name}-{name}")
        index = PassageIndex.load(data / "indexes" / (data / "CURRENT").read_text().strip())
        for path in paths:
            out += (rows_of or corpus_rows)(index, path, by_set[path.name])
        print(f"{name}: {sum(len(by_set[p.name]) for p in paths)} rows", flush=True)
    return out


def corpus_rows(index, path: Path, rows: list[dict]) -> list[dict]:
    """``rows`` (one set's, asked over ``index``) with each candidate's features."""
    from reportbot.index.evaluate import load_questions
    from reportbot.index.retrieval.measured import asked_pattern
    from reportbot.index.retrieval.search import Searcher
    from reportbot.index.retrieval.tokenize import tokenize

    searcher = Searcher(index, None)  # only its question analysis: no embedding
    heads: dict[str, set[str]] = {}

    def head(row: int) -> set[str]:
        section = index.paragraphs[row].section or ""
        if section not in heads:
            heads[section] = set(tokenize(section)) if section else set()
        return heads[section]

    def idf(t: str) -> float:
        return index.para_bm25.idf(t) or index.context_bm25.idf(t)
    asked = {q["id"]: q["question"] for q in load_questions(path)}
    out = []
    for r in rows:
        q = searcher.analyse(asked[r["id"]])
        groups = list(q.groups)
        cand = np.array(r["rows"], np.int64)
        kind = asked_pattern(q.text, q.lang, q.kind) if q.kind in ("count", "when") else None
        out.append(dict(r, asked=[float(bool(kind and kind.search(index.paragraphs[int(x)].text))) for x in cand],
                        heading=[field_score(groups, head(int(x)), idf) for x in cand], pinned=pinned_moves(r),
                        neighbour=neighbour_keyword(cand, r["doc"], np.array(r["keyword"])).tolist()))
    return out


def grid_hits(rows: list[dict], grid, score) -> dict:
    """Hits@1 per set at every point ``a`` of ``grid``: each row replayed with ``score(row, final)``'s extra score
    (and the first passage's document mask, or None) weighted by ``a``."""
    table: dict = {}
    for a in grid:
        hits: dict[str, int] = {}
        for r in rows:
            final, right = np.array(r["final"]), np.array(r["right"], bool)
            extra, first = score(r, final)
            hits[r["set"]] = hits.get(r["set"], 0) + replay(final, right, extra, a, first, r["pinned"])
        table[(a,)] = hits
    return table


def table_of(rows: list[dict], family: str) -> dict:
    """Hits@1 per set at every grid point of ``family``."""
    def score(r: dict, final):
        extra = np.array(r[{"firstdoc": "heading"}.get(family, family)])
        if family != "firstdoc":
            return extra, None
        top = r["doc"][int(np.argmax(final))]
        return extra, np.array([d == top for d in r["doc"]], float)
    return grid_hits(rows, GRID, score)


def featured_rows(args, build) -> list[dict]:
    """The signals rows with their features: read from ``args.features`` when it exists, else ``build`` over
    ``args.signals`` (and written to ``args.features`` when given)."""
    if args.features and args.features.exists():
        return [json.loads(line) for line in args.features.read_text(encoding="utf-8").splitlines()]
    rows = [json.loads(line) for line in args.signals.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = build(rows, args.data_root)
    if args.features:
        args.features.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return rows


def fitted(family: str, table: dict, tune: list[str]) -> dict:
    """``th.fit`` of one family's table with sets as folds, and the folds won / lost / tied against the shipped 0."""
    print(family, " ".join(f"{p[0]}: {sum(t.values())}" for p, t in table.items()), flush=True)
    fit = th.fit(table, tune, (0.0,))
    shipped = {s: table[(0.0,)][s] for s in tune}
    held = {s: fit["leave_one_set_out"][s]["held_out"] for s in tune}
    fit["folds"] = {"won": sum(held[s] > shipped[s] for s in tune), "lost": sum(held[s] < shipped[s] for s in tune),
                    "tied": sum(held[s] == shipped[s] for s in tune)}
    print(f"  folds won/lost/tied held out: {fit['folds']}", flush=True)
    return fit


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("signals", type=Path)
    ap.add_argument("--data-root", type=Path, required=True)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--features", type=Path, help="the rows with their features: read when it exists, else written")
    args = ap.parse_args(argv)
    rows = featured_rows(args, features)
    record = {}
    for family in ("heading", "firstdoc", "asked", "neighbour"):
        record[family] = fitted(family, table_of(rows, family), sorted({r["set"] for r in rows}))
    if args.json:
        args.json.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
