"""Fit the fusion's least dense range: the spread the dense side's scores are scaled as at least as wide.

    python tools/fit_dense_range.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]

Min-max scaling gives the dense side the whole of its vote however little its cosines differ: over a short report,
or across languages, the candidates' e5 cosines lie within a few hundredths, and that hair decides over a clear
keyword match. A floor on the spread keeps such a hair a hair. Scores paragraph hit@1 of the search alone on the
tune halves, each over its documents (``tune_halves.py``), for floors from 0 (plain min-max) to 0.12, judged by
``tune_halves``' rule (leave one set out; a new value only when it holds up; the dev set must lose nothing).
Writes ``index/retrieval/fitted/dense_range.json``. Never fit on a check half.
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "dense_range.json"
GRID = [0.0, 0.03, 0.06, 0.08, 0.1, 0.12]


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.tuning import DEFAULT

    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts(args.seed, args.library, args.data_root)
    table = th.score_grid(parts, [(v,) for v in th.grid(GRID, DEFAULT.dense_least_range, args.near)],
                          lambda p: dataclasses.replace(DEFAULT, dense_least_range=p[0]))
    record = th.fit(table, th.tune_names(parts), (DEFAULT.dense_least_range,))
    th.write(OUT, {"dense_least_range": record["value"][0], "range": record} | th.provenance(parts), args.dry_run)


if __name__ == "__main__":
    main()
