"""Paragraph hit@1 of fusion variants on the dev set (and our extra questions), per language.

    python bench/fusion_variants.py [DATA_DIR]
"""
from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np
from _common import DEV, EXTRA, SEEDS, norm, questions

# the variants, assembled from the production parts: each is a fusion function for the same Searcher


def dense_only(dense: np.ndarray, keyword: np.ndarray, weight: float) -> np.ndarray:
    return np.asarray(dense, np.float32).copy()


def keyword_only(dense: np.ndarray, keyword: np.ndarray, weight: float) -> np.ndarray:
    from reportbot.index.retrieval.fusion import minmax

    return np.asarray(keyword, np.float32) + 1e-3 * minmax(dense)  # dense only breaks ties


def rrf_fusion(dense: np.ndarray, keyword: np.ndarray, weight: float) -> np.ndarray:
    from reportbot.index.retrieval.fusion import rrf

    return rrf([dense, keyword])


def main() -> None:
    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.fusion import fuse
    from reportbot.index.retrieval.search import Searcher

    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "data"
    svc = QAService(data, SEEDS)
    for label, path in (("dev", DEV), ("extra", EXTRA)):
        qs = [q for q in questions(path) if q["evidence"]]
        if not qs:
            continue
        print(f"\n{label} set, {len(qs)} answerable questions: hit@1 (zh / zh-hant / en)")
        for mode, fusion in (("dense", dense_only), ("keyword", keyword_only), ("rrf", rrf_fusion), ("hybrid", fuse)):
            searcher = Searcher(svc.engine.index, svc.embedder, fusion=fusion)
            hits = defaultdict(lambda: [0, 0])
            for q in qs:
                r = searcher.search(q["question"], 3)
                ok = bool(r.hits) and norm(q["evidence"]) in norm(r.hits[0].paragraph.text)
                for key in ("all", q["lang"]):
                    hits[key][0] += ok
                    hits[key][1] += 1
            langs = " / ".join(f"{hits[k][0]}/{hits[k][1]}" for k in ("zh", "zh-hant", "en") if hits[k][1])
            print(f"  {mode:<8} {hits['all'][0] / hits['all'][1]:.3f}   {langs}")


if __name__ == "__main__":
    main()
