"""Score question sets, check halves first, on the seed alone or on the seed plus the library.

    python bench/eval_sets.py [--library] [--also DIR] [--data DIR] SET.jsonl ...

With ``--library`` every file in ``bench/library/docs/`` is added next to the seed report
first (the data folder is kept between runs, so only changed documents are embedded again).
``--also DIR`` adds the files of DIR too: ``bench/library/docs5/`` holds the five documents
the fifth blind set was written on (``library_tune5`` / ``library_check5``), and
``bench/library/docs6/`` the six of the sixth (``library_tune6`` / ``library_check6``), and
``bench/library/docs7/`` the six of the seventh, on other domains (``library_tune7`` / ``library_check7``), and
``bench/library/docs8/`` the six of the eighth (``library_tune8`` / ``library_check8``), and
``bench/library/docs9/`` the five of the ninth (``library_tune9`` / ``library_check9``; ``seed_tune5`` /
``seed_check5`` were written with them, on the seed alone), and
``bench/library/docs10/`` the six of the tenth (``library_tune10`` / ``library_check10``; ``seed_tune6`` /
``seed_check6`` were written with them, on the seed alone), and
``bench/library/docs11/`` the six of the eleventh (``library_tune11`` / ``library_check11``; ``seed_tune7`` /
``seed_check7`` were written with them, on the seed alone), and
``bench/library/docs12/`` the six of the thirteenth (``library_tune12`` / ``library_check12``).
Prints ``reportbot eval``'s table for each set; nothing here asserts.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "bench" / "library" / "docs"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--library", action="store_true", help="add bench/library/docs next to the seed")
    ap.add_argument("--also", type=Path, action="append", default=[], help="add this folder's files as well")
    ap.add_argument("--data", type=Path, help="data folder (default: one per kind under the temp folder)")
    ap.add_argument("--misses", action="store_true", help="also list the misses (tune halves only!)")
    ap.add_argument("sets", nargs="+", type=Path)
    args = ap.parse_args()
    kind = "library" if args.library or args.also else "seed"
    data = args.data or Path(tempfile.gettempdir()) / f"reportbot-bench-{kind}-{os.getuid()}"
    os.environ["REPORTBOT_DATA_DIR"] = str(data)
    from reportbot.bot.cli import main as cli

    folders = ([LIBRARY] if args.library else []) + args.also
    if folders:
        files = [str(p) for f in folders for p in sorted(f.iterdir()) if p.is_file() and not p.name.endswith(".py")]
        cli(["docs", "add", *files])
    # check halves first, as the README reports them
    for path in sorted(args.sets, key=lambda p: "check" not in p.name):
        print(f"\n== {path.name} ({kind})")
        sys.stdout.flush()
        cli(["eval", str(path)] + ([] if args.misses and "check" not in path.name else ["--quiet"]))


if __name__ == "__main__":
    main()
