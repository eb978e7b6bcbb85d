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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402
from fit_latest_cue import fit_cue  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "revision_cue.json"


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.revision import asks_revised

    fit_cue("revision_cue", asks_revised, OUT, __doc__, argv)


if __name__ == "__main__":
    main()
