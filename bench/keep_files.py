"""What keeping each added file costs (``index/library/originals.py``): disk, ``docs add`` time, and reading them again.

    python bench/keep_files.py

The bench library (every txt, md, docx, pdf and html file under bench/library/docs*, beside the seed report) is
added one file at a time, as ``reportbot docs add`` adds it (``QAService.add``: the file read, its text and record
written, the append build), to two fresh data folders in turns: one keeping the files, one with keeping them turned
off (what the data folder did before). The hash embedder stands in for the model, so what is timed is the file
handling and the index work (e5 adds the same seconds to both). Then the cost of a version bump: every kept file read
again (``read_again``: loaders, parsing, the changed texts written), which a full build adds before it embeds.
Figures only: nothing here asserts.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from _common import ROOT, SEEDS, machine
from reportbot.testing.fakes import HashEmbedder  # noqa: E402

LIBRARY = ROOT / "bench" / "library"


def files() -> list[Path]:
    from reportbot.corpus.loaders import SUPPORTED

    return sorted(p for d in sorted(LIBRARY.glob("docs*")) for p in sorted(d.iterdir())
                  if p.suffix.lower() in SUPPORTED)


def size(paths) -> int:
    return sum(p.stat().st_size for p in paths if p.is_file())


def add_all(work: Path, paths: list[Path]) -> dict[bool, tuple[Path, list[float], list[float]]]:
    """Each file added to two fresh folders, one keeping files and one not, in turns (whichever goes first
    alternating), so a machine's changing load weighs on both alike. By mode: (the folder, seconds of each
    ``QAService.add``, seconds of its ``Library.add``: the file parsed, its text, file and record written)."""
    from reportbot.index.library import folder
    from reportbot.index.library.service import QAService

    real_keep, real_add, keeping = folder.keep_original, folder.Library.add, [True]
    registered: list[float] = []

    def timed_add(self, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            return real_add(self, *args, **kwargs)
        finally:
            registered.append(time.perf_counter() - t0)

    folder.keep_original = lambda *args: real_keep(*args) if keeping[0] else None
    folder.Library.add = timed_add
    out: dict[bool, tuple[Path, list[float], list[float]]] = {}
    try:
        services = {}
        for keep in (True, False):
            keeping[0] = keep
            root = work / ("kept" if keep else "not-kept")
            services[keep] = QAService(root, SEEDS, embedder=HashEmbedder(name="hash384", dim=384))
            out[keep] = (root, [], [])
        for n, p in enumerate(paths):
            data = p.read_bytes()
            for keep in (True, False) if n % 2 else (False, True):
                keeping[0] = keep
                t0 = time.perf_counter()
                services[keep].add(data, p.name, "bench")
                out[keep][1].append(time.perf_counter() - t0)
                out[keep][2].append(registered[-1])
    finally:
        folder.keep_original, folder.Library.add = real_keep, real_add
    return out


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()  # noqa: F841 - --help only
    from reportbot.corpus import cutting
    from reportbot.index.library.folder import Library
    from reportbot.index.library.originals import originals, read_again

    paths = files()
    print(f"machine: {machine()}")
    print(f"bench library: {len(paths)} files ({size(paths) / 1e6:.2f} MB) beside the seed report")
    runs = add_all(Path(tempfile.mkdtemp(prefix="keep-files-")), paths)
    for keep in (False, True):
        root, adds, registered = runs[keep]
        docs = root / "documents"
        kept = list(originals(docs).values())
        texts = [p for p in docs.glob("*.txt") if p.name.count(".") == 1]
        folder_bytes = size(p for p in root.rglob("*") if "cache" not in p.relative_to(root).parts)
        print(f"files {'kept' if keep else 'not kept (before)'}: docs add per file median "
              f"{statistics.median(adds) * 1000:.0f} ms (all {len(adds)}: {sum(adds):.1f} s), of which Library.add "
              f"median {statistics.median(registered) * 1000:.1f} ms (all: {sum(registered):.2f} s); data folder "
              f"without its caches {folder_bytes / 1e6:.2f} MB: documents/ {size(docs.iterdir()) / 1e6:.2f} MB "
              f"(stored texts {size(texts) / 1e6:.2f} MB, kept files {size(kept) / 1e6:.2f} MB in {len(kept)}), "
              f"indexes/ {size((root / 'indexes').rglob('*')) / 1e6:.2f} MB")
    library = Library(runs[True][0], SEEDS)
    records = library.documents()
    texts_before = {r.id: (library.docs_dir / f"{r.id}.txt").read_bytes() for r in records}
    bumped = cutting.CUTTING_VERSION
    cutting.CUTTING_VERSION = bumped + 1  # a newer reportbot: every kept file was read by an older one
    try:
        t0 = time.perf_counter()
        again = read_again(library.docs_dir, records)
        took = time.perf_counter() - t0
    finally:
        cutting.CUTTING_VERSION = bumped
    changed = sum((library.docs_dir / f"{i}.txt").read_bytes() != t for i, t in texts_before.items())
    print(f"a version bump: {sum(a.cutting > r.cutting for a, r in zip(again, records))} of {len(records)} kept files "
          f"read again in {took:.2f} s, before the full build embeds ({changed} stored texts changed: the same "
          "loaders read them here)")


if __name__ == "__main__":
    main()
