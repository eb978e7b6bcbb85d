"""Fit how much a word in a passage's context (title, date, heading path, the document's own places) scores,
and how far behind a summary table a prose passage stating the same figures may be and still go first.

    python tools/fit_context.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]

Scores paragraph hit@1 of the search alone on every tune half, each over its documents (``tune_halves.py``): first
the context match over its grid at the shipped table margin, then the margin over its grid at the context match
kept; each judged by ``tune_halves``' rule (leave one set out; a new value only when it holds up). Writes
``index/retrieval/fitted/context.json``. Never fit on a check half.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "context.json"
MATCHES = [0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5]
MARGINS = [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]


def main(argv: list[str] | None = None) -> None:
    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts(args.seed, args.library, args.data_root)
    fits = th.fit_in_turn(parts, th.tune_names(parts), [("context_match", MATCHES), ("table_margin", MARGINS)],
                          args.near)
    match, margin = fits["context_match"], fits["table_margin"]
    th.write(OUT, {"context_match": match["value"][0], "table_margin": margin["value"][0], "match": match,
                   "margin": margin} | th.provenance(parts), args.dry_run)


if __name__ == "__main__":
    main()
