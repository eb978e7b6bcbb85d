"""Split a question set into a tune half and a check half before anyone scores it.

    python tools/split_set.py bench/data/FILE.jsonl NAME

writes bench/data/NAME_tune.jsonl and bench/data/NAME_check.jsonl. Questions are
grouped by language and by whether they are answerable; inside each group they
are ordered by a hash of their id and dealt out alternately, so both halves
have the same mix and the split depends on nothing but the ids.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path


def split(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[(row.get("lang"), row.get("evidence") is None)].append(row)
    tune: list[dict] = []
    check: list[dict] = []
    for key in sorted(groups, key=str):
        ordered = sorted(groups[key], key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
        for i, row in enumerate(ordered):
            (tune if i % 2 == 0 else check).append(row)
    order = {row["id"]: n for n, row in enumerate(rows)}
    return sorted(tune, key=lambda r: order[r["id"]]), sorted(check, key=lambda r: order[r["id"]])


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: split_set.py FILE.jsonl NAME", file=sys.stderr)
        return 2
    source = Path(argv[0])
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    tune, check = split(rows)
    folder = Path("bench/data")
    _write(folder / f"{argv[1]}_tune.jsonl", tune)
    _write(folder / f"{argv[1]}_check.jsonl", check)
    print(f"{len(tune)} tune, {len(check)} check")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
