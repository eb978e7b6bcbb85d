"""Helpers shared by the benchmark scripts (they print figures; nothing here asserts)."""
from __future__ import annotations

import json
import os
import resource
import statistics
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "data" / "qa_dev.jsonl"
EXTRA = ROOT / "bench" / "data" / "qa_extra.jsonl"


def questions(*paths: Path) -> list[dict]:
    out = []
    for p in paths:
        if p.exists():
            out += [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def summary_ms(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return f"p50 {pct(ms, 50):.1f} ms, p99 {pct(ms, 99):.1f} ms, mean {statistics.mean(ms):.1f} ms (n={len(ms)})"


def rss_mb() -> float:
    """Current resident memory of this process in MB (Linux /proc), else the peak."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s or "").split()).lower()


def machine() -> str:
    import platform

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
