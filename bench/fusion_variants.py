"""Paragraph hit@1 of fusion variants on the dev set (and our extra questions), per language.

    python bench/fusion_variants.py [DATA_DIR]
"""
from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from _common import DEV, EXTRA, SEEDS, norm, questions


def main() -> None:
    from reportbot.index.library.service import QAService

    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "data"
    svc = QAService(data, SEEDS)
    for label, path in (("dev", DEV), ("extra", EXTRA)):
        qs = [q for q in questions(path) if q["evidence"]]
        if not qs:
            continue
        print(f"\n{label} set, {len(qs)} answerable questions: hit@1 (zh / zh-hant / en)")
        for mode in ("dense", "keyword", "rrf", "hybrid"):
            hits = defaultdict(lambda: [0, 0])
            for q in qs:
                r = svc.engine.searcher.search(q["question"], 3, mode=mode)
                ok = bool(r.hits) and norm(q["evidence"]) in norm(r.hits[0].paragraph.text)
                for key in ("all", q["lang"]):
                    hits[key][0] += ok
                    hits[key][1] += 1
            langs = " / ".join(f"{hits[k][0]}/{hits[k][1]}" for k in ("zh", "zh-hant", "en") if hits[k][1])
            print(f"  {mode:<8} {hits['all'][0] / hits['all'][1]:.3f}   {langs}")


if __name__ == "__main__":
    main()
