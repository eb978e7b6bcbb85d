"""Fit a passage's best-sentence share of its dense score when it is not in the question's language.

    python tools/fit_cross_sentence.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]

A passage's dense score mixes its best sentence's e5 cosine with its whole paragraph's (``sentence_share``, 0.7).
Across languages (an English question, a Chinese passage) one sentence's cosine is a noisier reading than the whole
paragraph's, which is embedded under its title and headings: a line that echoes a word or two of the question drew it
to a passage that does not answer. ``cross_sentence_share`` is that share for passages in the other language. Scores
paragraph hit@1 of the search alone on the tune halves, each over its documents (``tune_halves.py``), judged by
``tune_halves``' rule (leave one set out; a new value only when it holds up; the dev set must lose nothing). Writes
``index/retrieval/fitted/cross_sentence.json``. Never fit on a check half.
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "cross_sentence.json"
GRID = [0.0, 0.2, 0.4, 0.55, 0.7]


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.tuning import DEFAULT

    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts(args.seed, args.library, args.data_root)
    table = th.score_grid(parts, [(v,) for v in th.grid(GRID, DEFAULT.cross_sentence_share, args.near)],
                          lambda p: dataclasses.replace(DEFAULT, cross_sentence_share=p[0]))
    record = th.fit(table, th.tune_names(parts), (DEFAULT.cross_sentence_share,))
    th.write(OUT, {"cross_sentence_share": record["value"][0], "share": record} | th.provenance(parts), args.dry_run)


if __name__ == "__main__":
    main()
