"""Fit ``SearchTuning.revision_cue``: what the latest of one body's dated documents gets added for a question that says
it wants a figure as corrected or finally set (``retrieval/revision.py``'s ``asks_revised``: 更正后, 调整为, 最终,
corrected, revised, final), apart from ``latest_cue`` (the time words: ``tools/fit_latest_cue.py``, whose way this
follows).

    python tools/fit_revision_cue.py [--library SET ...] [--data-root DIR] [--dry-run]

Only a question with such a cue, asked of a corpus whose documents pair as one body's (``Editions.any``), can move;
every other question keeps its hit at any value, so only the cued questions are searched, at each grid point, and
the hits compared are theirs (each set's other questions add the same to every point). Judged by ``tune_halves``'
rule (leave one set out; a new value only when it holds up); written with the questions reached to
``index/retrieval/fitted/revision_cue.json``. The seed sets are asked of the seed alone (one document, no pair): the
cue cannot move them, so they are not opened. Never fit on a check half.
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "revision_cue.json"
GRID = [0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5]


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.revision import asks_revised
    from reportbot.index.retrieval.tuning import DEFAULT

    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts([], args.library, args.data_root, guard=False)
    tune = th.tune_names(parts)
    reached: list[tuple[th.Part, str, dict]] = []
    for pt in parts:
        paired = th.searcher(pt, DEFAULT).editions.any()
        for name, questions in pt.sets.items():
            reached += [(pt, name, q) for q in questions if paired and asks_revised(q["question"])]
    print(f"revision cue: {len(reached)} questions reached", flush=True)
    table: th.Table = {}
    moving: dict[str, set[bool]] = {}
    for v in th.grid(GRID, DEFAULT.revision_cue, args.near):
        tuning, searchers, row = dataclasses.replace(DEFAULT, revision_cue=v), {}, dict.fromkeys(tune, 0)
        for pt, name, q in reached:
            s = searchers.setdefault(pt.corpus, th.searcher(pt, tuning))
            h = th.hit(s, q)
            row[name] += h
            moving.setdefault(q["id"], set()).add(h)
        table[(v,)] = row
        print(f"  {v}: tune {sum(row.values())}", flush=True)
    record = th.fit(table, tune, (DEFAULT.revision_cue,)) | {
        "questions_reached": [f"{name}:{q['id']}" for _, name, q in reached],
        "hits_changing_on_the_grid": sorted(k for k, v in moving.items() if len(v) > 1)}
    th.write(OUT, {"revision_cue": record["value"][0], "fit": record} | th.provenance(parts), args.dry_run)


if __name__ == "__main__":
    main()
