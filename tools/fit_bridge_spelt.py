"""Fit what a corpus word inside the headwords of a gloss no corpus word has weighs (``BridgeWeights.spelt``).

    python tools/fit_bridge_spelt.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]

An English word whose CC-CEDICT headwords the corpus lacks reaches the corpus words inside them (``bridge_spelt.py``:
charity -> 公益事业 -> 公益) at this weight; 0 turns the reading off (as before it). The weight shapes the bridge an
index is built with, so each grid point remakes every corpus's table from its own vocabulary and its bridge's keys
(nothing else in the index changes). Scores paragraph hit@1 of the search alone on the English
questions of every tune half, each over its documents, and judges by ``tune_halves``' rule (leave one set out; a new
value only when it holds up). Writes ``index/retrieval/fitted/bridge_spelt.json``. Never fit on a check half.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "bridge_spelt.json"
WEIGHTS = [0.0, 0.15, 0.3, 0.45, 0.6]
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def english(q: dict) -> bool:
    """An English question: the only kind the bridge's words reach."""
    return not _CHINESE.search(q["question"])


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.bridge_spelt import spelt_phrases
    from reportbot.index.retrieval.bridge_weights import BRIDGE
    from reportbot.index.retrieval.tuning import DEFAULT

    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts(args.seed, args.library, args.data_root)

    def tuning_at(point: th.Point):
        for pt in parts:
            b = pt.index.bridge
            b.spelt = spelt_phrases(pt.index.para_bm25.vocab, b.phrases.keys() | b.partial.keys() | b.composed.keys(),
                                    point[0])
        return DEFAULT

    shipped = (BRIDGE.spelt,)
    table = th.score_grid(parts, [(v,) for v in th.grid(WEIGHTS, BRIDGE.spelt, args.near)], tuning_at, english)
    record = th.fit(table, th.tune_names(parts), shipped)
    th.write(OUT, {"spelt": record["value"][0], "fit": record | th.provenance(parts) | {"questions": "English"}},
             args.dry_run)


if __name__ == "__main__":
    main()
