"""Collect every tune half's refusal rows over copies of built data folders, for ``refusal_loso.py --rows``.

    pip install -e '.[tools]'
    python tools/refusal_rows_copied.py --start /tmp/halves/data-start45- --out ROWS.json [--jobs 2]

``refusal_loso.py --refresh`` builds a data folder for every group of library sets (about forty, a minute or two
each) or reuses folders named after ``--library-data``. When the round's data folders are already built
(``PREFIXseed`` for the seed sets, ``PREFIXlib`` for the sets on ``bench/library/docs`` alone, ``PREFIXlibN`` for
those on ``docsN`` too), this copies each in turn (``cp -rL``: they may be links), asks its sets
(``refusal_rows.collect``, every question answered while the signals are measured), and deletes the copy: at most
``--jobs`` copies exist at once and the built folders are never written. The rows file has the cache's form
(features, sets, rows). Tune halves only.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import refusal_rows  # noqa: E402
from reportbot.index.answering.signals import FEATURES  # noqa: E402
from tune_halves import DATA, library_groups  # noqa: E402


def tasks(start: str, seed: list[Path], library: list[Path]) -> list[tuple[list[Path], list[Path], Path, str]]:
    """(sets, folders, built data folder, tag) for the seed sets and each group of library sets."""
    out = [(seed, [], Path(f"{start}seed"), "seed")] if seed else []
    for folders, paths in library_groups(library).items():
        extra = [f.name.removeprefix("docs") for f in folders[1:]]
        if len(extra) > 1:
            sys.exit(f"{[p.name for p in paths]} need more than one library folder: no single built folder holds them")
        tag = "lib" + "".join(extra)
        out.append((paths, list(folders), Path(f"{start}{tag}"), tag))
    return out


def ask_copy(sets: list[Path], folders: list[Path], built: Path, tag: str) -> list[dict]:
    """The rows of ``sets`` asked over a fresh copy of ``built`` (deleted after)."""
    t0 = time.time()
    where = Path(tempfile.mkdtemp(prefix=f"refusal-rows-{tag}-")) / "data"
    subprocess.run(["cp", "-rL", str(built), str(where)], check=True)
    try:
        rows = refusal_rows._collect_unmodelled(sets, folders, where)
    finally:
        shutil.rmtree(where.parent, ignore_errors=True)
    print(f"{tag}: {len(rows)} rows in {time.time() - t0:.0f}s", flush=True)
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--start", required=True, help="the built data folders' common prefix (PREFIXseed, PREFIXlibN)")
    ap.add_argument("--out", type=Path, required=True, help="the rows file to write")
    ap.add_argument("--jobs", type=int, default=2, help="groups asked at once (copies at once)")
    ap.add_argument("--tags", nargs="*", help="only these groups (seed, lib, lib5 …; while a run is still building "
                    "the rest): the rows and their sets list hold these groups' sets alone")
    args = ap.parse_args(argv)
    seed, library = sorted(DATA.glob("seed_tune*.jsonl")), sorted(DATA.glob("library_tune*.jsonl"))
    todo = [t for t in tasks(args.start, seed, library) if not args.tags or t[3] in args.tags]
    missing = [str(t[2]) for t in todo if not t[2].exists()]
    if missing:
        sys.exit(f"not built: {', '.join(missing)}")
    with multiprocessing.get_context("fork").Pool(max(1, args.jobs)) as pool:
        rows = [r for part in pool.starmap(ask_copy, todo) for r in part]
    names = sorted(p.name for t in todo for p in t[0])
    args.out.write_text(json.dumps({"features": list(FEATURES), "sets": names, "rows": rows}, ensure_ascii=False),
                        encoding="utf-8")
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
