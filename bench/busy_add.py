"""Questions answered while a document is added, as the bot does it (the build in a thread beside them).

    python bench/busy_add.py [FILE] [--data DIR]

Without FILE the document is 6,600 characters of the seed report with every mark and space taken out (a text
with no sentence end). Prints how long the add took, how many passages it made, and the wall time of each
question asked while it ran against the same questions asked idle. The data folder (a fresh temporary one
by default) starts from the seed report; it is copied, so a --data folder is not changed.
"""
from __future__ import annotations

import argparse
import re
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

from _common import DEV, ROOT, SEEDS, machine, questions


def unpunctuated(chars: int = 6600) -> bytes:
    text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    body = re.sub(r"[\s\W_]", "", text)
    return ("无标点长文\n\n" + (body * (chars // len(body) + 1))[:chars] + "\n").encode()


def timed_asks(svc, qs: list[str], until=None, n: int | None = None, pause: float = 0.5) -> list[float]:
    """Wall seconds of each question, ``pause`` s apart (until ``until()`` is false, or ``n`` of them)."""
    out, i = [], 0
    while (until() if until else i < n) and i < len(qs):
        t0 = time.perf_counter()
        svc.ask(qs[i % len(qs)])
        out.append(time.perf_counter() - t0)
        i += 1
        time.sleep(pause)
    return out


def line(name: str, secs: list[float]) -> str:
    ms = sorted(s * 1000 for s in secs)
    return f"{name}: {len(ms)} questions, p50 {statistics.median(ms):.0f} ms, max {ms[-1]:.0f} ms" if ms else name


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", type=Path)
    ap.add_argument("--data", type=Path, help="a data folder with the seed's index (copied, not changed)")
    args = ap.parse_args()
    from reportbot.index.library.service import QAService

    work = Path(tempfile.mkdtemp())
    data = work / "data"
    if args.data:
        shutil.copytree(args.data, data)
    print(f"machine: {machine()}")
    svc = QAService(data, SEEDS)
    # questions none of which was asked before (the service keeps the vectors of questions it has seen)
    sets = sorted((ROOT / "bench" / "data").glob("seed_tune*"))
    qs = list(dict.fromkeys(q["question"] for q in questions(DEV, *sets)))
    idle = timed_asks(svc, qs[:40], n=40)
    qs = qs[40:]
    name, blob = (args.file.name, args.file.read_bytes()) if args.file else ("unpunctuated.txt", unpunctuated())
    result: dict = {}

    def add() -> None:
        t0 = time.perf_counter()
        record, _, _ = svc.add(blob, name, "bench")
        result.update(seconds=time.perf_counter() - t0, passages=record.passages)

    build = threading.Thread(target=add)
    build.start()
    busy = timed_asks(svc, qs, until=build.is_alive)
    build.join()
    print(f"add {name} ({len(blob):,} bytes): {result.get('seconds', 0):.1f} s, {result.get('passages')} passages")
    print(line("idle", idle))
    print(line("during the add", busy))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
