"""Fit ``SearchTuning.latest_cue``: what the latest of one body's dated documents gets added for a question that says
it wants the present state (``retrieval/editions.py``'s ``asks_latest``: 现在, 目前, 今年, now, latest).

    python tools/fit_latest_cue.py [--library SET ...] [--data-root DIR] [--dry-run]

Only a question with such a cue, asked of a corpus whose documents pair as one body's (``Editions.any``), can move;
every other question keeps its hit at any value, so only the cued questions are searched, at each grid point, and
the hits compared are theirs (each set's other questions add the same to every point). Judged by ``tune_halves``'
rule (leave one set out; a new value only when it holds up); written with the questions reached to
``index/retrieval/fitted/latest_cue.json``. The seed sets and the dev set are asked of the seed alone (one document,
no pair): the cue cannot move them, so they are not opened. Never fit on a check half.
"""
from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "latest_cue.json"
GRID = [0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5]


def fit_cue(field: str, asks: Callable[[str], bool], out: Path, doc: str, argv: list[str] | None = None) -> None:
    """Fit the ``SearchTuning`` weight ``field`` of a cue that ``asks`` finds in a question (the latest cue here, the
    revision cue in ``tools/fit_revision_cue.py``) and write it to ``out``; ``doc``: the tool's docstring."""
    from reportbot.index.retrieval.tuning import DEFAULT

    args = th.arguments(doc.splitlines()[0], argv)
    parts = th.open_parts([], args.library, args.data_root, guard=False)
    tune = th.tune_names(parts)
    reached: list[tuple[th.Part, str, dict]] = []
    for pt in parts:
        paired = th.searcher(pt, DEFAULT).editions.any()
        for name, questions in pt.sets.items():
            reached += [(pt, name, q) for q in questions if paired and asks(q["question"])]
    print(f"{field}: {len(reached)} questions reached", flush=True)
    table: th.Table = {}
    moving: dict[str, set[bool]] = {}
    for v in th.grid(GRID, getattr(DEFAULT, field), args.near):
        tuning, searchers, row = dataclasses.replace(DEFAULT, **{field: v}), {}, dict.fromkeys(tune, 0)
        for pt, name, q in reached:
            s = searchers.setdefault(pt.corpus, th.searcher(pt, tuning))
            h = th.hit(s, q)
            row[name] += h
            moving.setdefault(q["id"], set()).add(h)
        table[(v,)] = row
        print(f"  {v}: tune {sum(row.values())}", flush=True)
    record = th.fit(table, tune, (getattr(DEFAULT, field),)) | {
        "questions_reached": [f"{name}:{q['id']}" for _, name, q in reached],
        "hits_changing_on_the_grid": sorted(k for k, v in moving.items() if len(v) > 1)}
    th.write(out, {field: record["value"][0], "fit": record} | th.provenance(parts), args.dry_run)


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.editions import asks_latest

    fit_cue("latest_cue", asks_latest, OUT, __doc__, argv)

if __name__ == "__main__":
    main()
