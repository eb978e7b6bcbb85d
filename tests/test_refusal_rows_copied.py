"""tools/refusal_rows_copied.py: which built data folder each group of tune halves is asked over (the seed sets over
PREFIXseed, the sets on bench/library/docs alone over PREFIXlib, a set on docsN too over PREFIXlibN)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from refusal_rows_copied import tasks  # noqa: E402
from tune_halves import DATA  # noqa: E402


def test_each_group_is_asked_over_its_built_folder():
    seed = [DATA / "seed_tune.jsonl"]
    library = [DATA / "library_tune.jsonl", DATA / "library_tune2.jsonl", DATA / "library_tune5.jsonl"]
    found = {tag: (sorted(p.name for p in sets), str(built), [f.name for f in folders])
             for sets, folders, built, tag in tasks("/tmp/x-", seed, library)}
    assert found == {"seed": (["seed_tune.jsonl"], "/tmp/x-seed", []),
                     "lib": (["library_tune.jsonl", "library_tune2.jsonl"], "/tmp/x-lib", ["docs"]),
                     "lib5": (["library_tune5.jsonl"], "/tmp/x-lib5", ["docs", "docs5"])}
