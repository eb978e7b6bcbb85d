"""Fit how far behind a passage that states the measure a count or when question asks may be and still go before
its document's best passage that states none (``retrieval/measured.py``, ``reorder.measure_first``), and among how
many of the best it is looked for.

    python tools/fit_measured.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]

Scores paragraph hit@1 of the search alone on every tune half, each over its documents (``tune_halves.py``): first
the margin over its grid (0 turns the rule off) at the shipped window, then the window over its grid at the margin
kept; each judged by ``tune_halves``' rule (leave one set out; a new value only when it holds up). Writes
``index/retrieval/fitted/measured.json``. Never fit on a check half.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "measured.json"
MARGINS = [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]
WINDOWS = [3, 5, 8, 12]


def main(argv: list[str] | None = None) -> None:
    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts(args.seed, args.library, args.data_root)
    fits = th.fit_in_turn(parts, th.tune_names(parts), [("measure_margin", MARGINS), ("measure_window", WINDOWS)],
                          args.near)
    margin, window = fits["measure_margin"], fits["measure_window"]
    th.write(OUT, {"measure_margin": margin["value"][0], "measure_window": int(window["value"][0]),
                   "margin": margin, "window": window} | th.provenance(parts), args.dry_run)


if __name__ == "__main__":
    main()
