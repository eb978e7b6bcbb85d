"""Fit what a corpus word an English word's CC-CEDICT neighbour reaches weighs (``BridgeWeights.near``).

    python tools/fit_bridge_near.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]

Two glosses are neighbours when one headword glosses both (``bridge_near.py``); a question's word reaches the corpus
words its neighbours gloss, at this share of their weight. 0 turns the reading off (as before it). The weight shapes
the bridge an index is built with, so each grid point remakes every corpus's neighbour table from its bridge's own
dictionary matches (nothing else in the index changes). Scores paragraph hit@1 of the search alone on the English
questions of every tune half, each over its documents, and judges by ``tune_halves``' rule (leave one set out; a new
value only when it holds up). Writes ``index/retrieval/fitted/bridge_near.json``. Never fit on a check half.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "bridge_near.json"
WEIGHTS = [0.0, 0.15, 0.3, 0.45, 0.6]
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def english(q: dict) -> bool:
    """An English question: the only kind the neighbours' words reach."""
    return not _CHINESE.search(q["question"])


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.bridge_near import near_phrases
    from reportbot.index.retrieval.bridge_weights import BRIDGE
    from reportbot.index.retrieval.tuning import DEFAULT

    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts(args.seed, args.library, args.data_root)

    def tuning_at(point: th.Point):
        for pt in parts:
            pt.index.bridge.near = near_phrases(pt.index.bridge.phrases, point[0])
        return DEFAULT

    shipped = (BRIDGE.near,)
    table = th.score_grid(parts, [(v,) for v in th.grid(WEIGHTS, BRIDGE.near, args.near)], tuning_at, english)
    record = th.fit(table, th.tune_names(parts), shipped)
    th.write(OUT, {"near": record["value"][0], "fit": record | th.provenance(parts) | {"questions": "English"}},
             args.dry_run)


if __name__ == "__main__":
    main()
