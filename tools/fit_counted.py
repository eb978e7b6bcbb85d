"""Fit the weight a count question's passage gains for giving a figure beside the thing counted, over the passages of
its best document that only name it (``retrieval/figure_beside.py``, ``reorder.counted_first``).

    python tools/fit_counted.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]

Scores paragraph hit@1 of the search alone on every tune half, each over its documents (``tune_halves.py``), at each
weight of the grid (0 turns the step off); only the count questions (多少, 几, how many, how much, the number of) are
asked, as no other question's ranking moves. Judged by ``tune_halves``' rule (leave one set out; a new value only when
it holds up). A near miss is a guard the search alone cannot score (it asks for a figure the documents do not give):
for each weight the tool prints how many near-miss count questions get a first passage that gives a figure beside the
counted thing, a passage the answer step would likely answer from; a weight that raises that count is not taken.
Writes ``index/retrieval/fitted/counted.json``. Never fit on a check half.
"""
from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "counted.json"
WEIGHTS = [0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5]
_COUNT = re.compile(r"多少|几|幾|how (?:many|much)|number of", re.I)


def counts(q: dict) -> bool:
    """A question that may ask a count (a superset of the analysed count kind: the others do not move)."""
    return bool(_COUNT.search(q["question"]))


def near_misses(parts: list[th.Part]) -> dict[str, list[dict]]:
    """The near-miss count questions of each part's tune sets, by corpus."""
    from reportbot.index.evaluate import load_questions

    files = {p.name: p for p in th.DATA.glob("*tune*.jsonl")}
    return {pt.corpus: [q for name in pt.sets if name in files for q in load_questions(files[name])
                        if not q["evidence"] and counts(q)] for pt in parts}


def counted_tops(parts: list[th.Part], misses: dict[str, list[dict]], tuning) -> int:
    """How many near misses get a first passage that gives a figure beside the thing they count."""
    from reportbot.index.retrieval.figure_beside import counted_terms, states_count

    n = 0
    for pt in parts:
        s = th.searcher(pt, tuning)
        for q in misses[pt.corpus]:
            res = s.search(q["question"], 1)
            counted = counted_terms(res.query)
            n += bool(res.top and counted and states_count(res.top.paragraph.text, counted))
    return n


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.tuning import DEFAULT

    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts(args.seed, args.library, args.data_root)
    misses = near_misses(parts)
    shipped = DEFAULT.counted_weight
    at = lambda p: dataclasses.replace(DEFAULT, counted_weight=p[0])  # noqa: E731
    points = [(w,) for w in th.grid(WEIGHTS, shipped, args.near)]
    table = th.score_grid(parts, points, at, counts)
    answered = {p: counted_tops(parts, misses, at(p)) for p in points}
    print("near misses with a counting first passage: "
          + " ".join(f"{p[0]} {n}" for p, n in answered.items()), flush=True)
    record = th.fit(table, th.tune_names(parts), (shipped,), lambda p: answered[p] <= answered[(shipped,)])
    record["near_misses_counting_first"] = {str(p[0]): n for p, n in answered.items()}
    th.write(OUT, {"counted_weight": record["value"][0], "weight": record} | th.provenance(parts), args.dry_run)


if __name__ == "__main__":
    main()
