"""Fit the name-free share of the dense side: how much a Chinese question quoting an English document's name is
compared, within that document, without the name (``retrieval/dense_text.py``).

    python tools/fit_dense_names.py [--library SET ...] [--data-root DIR] [--dry-run] [--near]

Scores paragraph hit@1 of the search alone on the library's tune halves, each over its documents
(``tune_halves.py``), for shares from 0 (the whole question, as before) to 1 (the name left out), judged by
``tune_halves``' rule (leave one set out; a new value only when it holds up). Only questions with both Chinese and
Latin letters can move, so only they are scored. The seed sets are not scored: the seed report names itself in
Chinese, so no seed question quotes a document's English name. Writes ``index/retrieval/fitted/dense_names.json``.
Never fit on a check half.
"""
from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "dense_names.json"
GRID = [0.0, 0.25, 0.5, 0.75, 1.0]


def mixed_script(q: dict) -> bool:
    """A question with Chinese characters and Latin letters: the only kind whose dense side the share moves."""
    return bool(re.search(r"[\u3400-\u9fff]", q["question"]) and re.search(r"[A-Za-z]", q["question"]))


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.tuning import DEFAULT

    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts([], args.library, args.data_root, guard=False)
    table = th.score_grid(parts, [(s,) for s in th.grid(GRID, DEFAULT.name_free_share, args.near)],
                          lambda p: dataclasses.replace(DEFAULT, name_free_share=p[0]), mixed_script)
    share = th.fit(table, th.tune_names(parts), (DEFAULT.name_free_share,))
    th.write(OUT, {"name_free_share": share["value"][0], "share": share,
                   "scored": "questions with Chinese characters and Latin letters"} | th.provenance(parts),
             args.dry_run)


if __name__ == "__main__":
    main()
