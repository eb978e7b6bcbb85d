"""Start-up to first answer (index already built), stdin per-question cost, and query latency.

    python bench/latency.py [DATA_DIR]

Targets: first answer under 2 s (issue 2); query p50 under 15 ms, embedding included (issue 3).
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import DEV, EXTRA, SEEDS, machine, questions, summary_ms

REPORTBOT = str(Path(sys.executable).with_name("reportbot"))


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "data"
    env = {**os.environ, "REPORTBOT_DATA_DIR": str(data)}
    qs = [q["question"] for q in questions(DEV, EXTRA)]
    subprocess.run([REPORTBOT, "index"], env=env, check=True, capture_output=True)
    print(f"machine: {machine()}")

    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([REPORTBOT, "ask", "--json", "how many rescue teams have Party branches"], env=env,
                       check=True, capture_output=True)
        runs.append(time.perf_counter() - t0)
    print(f"start to first answer (process start, index loaded from disk): {summary_ms(runs)}")

    for n in (1, len(qs)):
        t0 = time.perf_counter()
        p = subprocess.run([REPORTBOT, "ask", "--json"], input="\n".join(qs[:n]) + "\n", env=env, text=True,
                           capture_output=True, check=True)
        total = time.perf_counter() - t0
        assert len(p.stdout.splitlines()) == n
        if n == 1:
            base = total
        else:
            print(f"stdin mode: {n} questions in {total:.2f} s; per question after start-up "
                  f"{(total - base) / (n - 1) * 1000:.1f} ms")

    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.second_opinion import installed

    svc = QAService(data, SEEDS)
    model = getattr(svc.embedder, "inner", svc.embedder)
    model = getattr(model, "inner", model)  # past the query cache and the batcher: the model itself
    for q in qs:  # warm-up
        svc.ask(q)
    times, embed = [], []
    for _ in range(3):
        for q in qs:
            getattr(svc.embedder, "clear", lambda: None)()  # every question embedded: no query-cache hit
            getattr(installed(), "clear", lambda: None)()  # nor the second opinion's (English questions)
            t0 = time.perf_counter()
            svc.ask(q)
            times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            model.encode_queries([q])
            embed.append(time.perf_counter() - t0)
    print(f"query latency (search + answer, embedding included): {summary_ms(times)}")
    print(f"  of which the query embedding: {summary_ms(embed)}")


if __name__ == "__main__":
    main()
