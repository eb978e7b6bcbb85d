"""Why the right document's wrong passage wins across languages, and a replay of the question's words covered.

    python tools/fusion_signals.py --seed --out SIGNALS.jsonl --data-root ROOT   # the candidates, once
    python tools/bridged_cover.py SIGNALS.jsonl --data-root ROOT [--features F] [--json FILE] [--misses FILE]

Across languages the keyword side has only the bridge's words: an English question's words turned into the corpus's
Chinese (CC-CEDICT, ``bridge.py``) or a Chinese question's into English (``bridge_en.py``); each English word and its
translations are one concept group (``Query.concept_groups``). BM25 sums the terms a passage holds, so a passage
that repeats one translated word can outscore one that says several of the question's words once. Per candidate:

- ``cover``: the share of the question's idf-weighted groups the passage holds (``coverage.coverage``, its
  context at ``context_weight``), the figure the fusion's keyword weight reads only at its best;
- ``sentcover``: the same share in the passage's best sentence (the words said together, not anywhere in it);
- ``crosssent``: ``sentcover`` added only to the candidates in the other language than the question's;
- ``firstsent``: ``sentcover`` added only among the candidates of the document the shipped order puts first.

Each family is each candidate's final score plus ``a`` times its signal, the later steps' moves kept
(``heading_field.replay``), paragraph hit@1 of the search alone per library tune half, fitted by ``tune_halves.fit``
(the sets as folds; a = 0 is the shipped order); ``--json`` records grid, fit and folds won / lost / tied.
``--misses`` writes the same-document misses across languages: per miss the question's groups, which the first and
the right passage hold (in the body, in the best sentence), each one's dense and keyword side. A screen, not a
measurement. Tune halves only: the rows come from ``fusion_signals.py``, which refuses check halves.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heading_field import featured_rows, fitted, grid_hits, pinned_moves  # noqa: E402
from heading_field import features as heading_features  # noqa: E402

GRID = (-0.05, 0.0, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)
FAMILIES = ("cover", "sentcover", "crosssent", "firstsent")


def held(index, units: str, term: str, rows: np.ndarray) -> np.ndarray:
    """Whether each of ``rows`` (paragraphs or sentences) holds ``term``."""
    return (index.para_bm25 if units == "para" else index.sent_bm25).contains(term, rows)


def group_hits(index, masses: list[dict[str, float]], units: str, rows: np.ndarray) -> np.ndarray:
    """Per group (axis 0) and row (axis 1), the group's best term weight the row holds (0: none)."""
    out = np.zeros((len(masses), len(rows)), np.float32)
    for g, m in enumerate(masses):
        for t, v in m.items():
            out[g] = np.maximum(out[g], np.where(held(index, units, t, rows), v, 0.0))
    return out


def sentence_cover(index, masses: list[dict[str, float]], total: float, cand: np.ndarray) -> tuple[np.ndarray, list]:
    """Each candidate's best sentence's share of the groups' mass, and the groups that sentence holds (the search's
    own ``sentence_cover.best_sentence``)."""
    from reportbot.index.retrieval.sentence_cover import best_sentence

    return best_sentence(index, masses, total, cand)


def corpus_rows(index, path: Path, rows: list[dict]) -> list[dict]:
    """``rows`` (one set's, asked over ``index``) with each candidate's cover, best sentence's cover and groups."""
    from reportbot.index.evaluate import load_questions
    from reportbot.index.retrieval.coverage import coverage, group_mass
    from reportbot.index.retrieval.search import Searcher
    from reportbot.index.retrieval.tuning import DEFAULT

    searcher = Searcher(index, None)  # only its question analysis: no embedding
    asked = {q["id"]: q["question"] for q in load_questions(path)}
    out = []
    for r in rows:
        q = searcher.analyse(asked[r["id"]])
        masses, total = group_mass(index, q, DEFAULT)
        cand = np.array(r["rows"], np.int64)
        cov = coverage(index, searcher.field_for(q), DEFAULT.context_weight, cand, masses, total)
        scov, sgroups = sentence_cover(index, masses, total, cand)
        body = group_hits(index, masses, "para", cand)
        out.append(dict(r, cover=cov.astype(float).tolist(), sentcover=scov.tolist(), sgroups=sgroups,
                        groups=[sorted(m, key=m.get, reverse=True)[:4] for m in masses],
                        bgroups=[[g for g in range(len(masses)) if body[g, i] > 0] for i in range(len(cand))],
                        pinned=pinned_moves(r)))
    return out


def features(rows_in: list[dict], root: Path) -> list[dict]:
    """Each signals row of a library tune half with its candidates' coverage features."""
    return heading_features(rows_in, root, corpus_rows)


def extra_of(r: dict, family: str) -> np.ndarray:
    """The signal ``family`` adds to each candidate of ``r`` (before ``a``)."""
    if family == "cover":
        return np.array(r["cover"])
    s = np.array(r["sentcover"])
    if family == "crosssent":
        return s * (1 - np.array(r["same"], float))
    if family == "firstsent":
        top = r["doc"][int(np.argmax(r["final"]))]
        return s * np.array([d == top for d in r["doc"]], float)
    return s


def table_of(rows: list[dict], family: str) -> dict:
    """Hits@1 per set at every grid point of ``family``."""
    return grid_hits(rows, GRID, lambda r, final: (extra_of(r, family), None))


def misses(rows: list[dict]) -> tuple[list[dict], Counter]:
    """The same-document misses whose right passage is in the other language: both passages' groups and sides."""
    from fusion_replay import sides
    from reportbot.index.retrieval.tuning import DEFAULT

    out, tally = [], Counter()
    for r in rows:
        final, right, same = np.array(r["final"]), np.array(r["right"], bool), np.array(r["same"], bool)
        top = int(np.argmax(final))
        if not right.any() or right[top]:
            continue
        ok = [i for i in np.flatnonzero(right) if r["doc"][i] == r["doc"][top]]
        if not ok:
            continue
        best = max(ok, key=lambda i: final[i])
        if same[best]:
            continue
        dn, kk = sides(np.array(r["dense"]), np.array(r["keyword"]), DEFAULT.dense_least_range)
        b_top, b_right = set(r["bgroups"][top]), set(r["bgroups"][best])
        s_top, s_right = set(r["sgroups"][top]), set(r["sgroups"][best])
        lang = r["lang"]
        tally[f"{lang} question"] += 1
        tally[f"{lang}: first passage {'same' if same[top] else 'other'} language"] += 1
        tally[f"{lang}: body groups right " + ("more" if len(b_right) > len(b_top) else "fewer"
                                               if len(b_right) < len(b_top) else "equal")] += 1
        tally[f"{lang}: best sentence's groups right " + ("more" if len(s_right) > len(s_top) else "fewer"
                                                          if len(s_right) < len(s_top) else "equal")] += 1
        tally[f"{lang}: keyword side prefers the right {kk[best] > kk[top]}"] += 1
        tally[f"{lang}: dense side prefers the right {dn[best] > dn[top]}"] += 1
        tally[f"{lang}: groups only the first holds {'some' if b_top - b_right else 'none'}"] += 1
        tally[f"{lang}: groups only the right holds {'some' if b_right - b_top else 'none'}"] += 1
        out.append({"set": r["set"], "id": r["id"], "lang": lang, "groups": r["groups"],
                    "first": {"row": r["rows"][top], "same": bool(same[top]), "dense": round(float(dn[top]), 3),
                              "keyword": round(float(kk[top]), 3), "body": sorted(b_top), "sentence": sorted(s_top)},
                    "right": {"row": r["rows"][best], "dense": round(float(dn[best]), 3),
                              "keyword": round(float(kk[best]), 3), "body": sorted(b_right),
                              "sentence": sorted(s_right), "rank": int((final > final[best]).sum()) + 1}})
    return out, tally


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("signals", type=Path)
    ap.add_argument("--data-root", type=Path, required=True)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--misses", type=Path, help="the cross-language same-document misses, one JSON row each")
    ap.add_argument("--features", type=Path, help="the rows with their features: read when it exists, else written")
    args = ap.parse_args(argv)
    rows = featured_rows(args, features)
    found, tally = misses(rows)
    for k in sorted(tally):
        print(f"{k}: {tally[k]}")
    if args.misses:
        args.misses.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in found), "utf-8")
    record = {"misses": dict(tally)}
    tune = sorted({r["set"] for r in rows})
    for family in FAMILIES:
        record[family] = fitted(family, table_of(rows, family), tune)
    if args.json:
        args.json.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
