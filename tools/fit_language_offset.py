"""Fit the search's cross-language offset: what is added to e5 cosines of passages not in the question's language.

    python tools/fit_language_offset.py [--library SET ...] [--data-root DIR] [--dry-run]

Scores paragraph hit@1 of the search alone on the library's tune halves, each over its documents
(``tune_halves.py``), for offsets from 0 to 0.16, judged by ``tune_halves``' rule (leave one set out; a new value
only when it holds up). The seed sets are not scored: over the Chinese report alone every passage of an English
question's candidates gets the offset, which moves none of them. Writes
``index/retrieval/fitted/language_offset.json``. Never fit on a check half.
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "language_offset.json"
GRID = [round(0.02 * i, 2) for i in range(9)] + [0.09]


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.tuning import DEFAULT

    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts([], args.library, args.data_root, guard=False)
    table = th.score_grid(parts, [(o,) for o in th.grid(GRID, DEFAULT.cross_language_offset, args.near)],
                          lambda p: dataclasses.replace(DEFAULT, cross_language_offset=p[0]))
    offset = th.fit(table, th.tune_names(parts), (DEFAULT.cross_language_offset,))
    th.write(OUT, {"cross_language_offset": offset["value"][0], "offset": offset} | th.provenance(parts),
             args.dry_run)


if __name__ == "__main__":
    main()
