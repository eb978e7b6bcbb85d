"""Start-up to first answer (index already built), stdin per-question cost, and query latency.

    python bench/latency.py [DATA_DIR]

Targets: first answer under 2 s (issue 2); query p50 under 15 ms, embedding included (issue 3).
Stdin mode's per-question figure is (93 questions - 1 question) / 92, in wall time and in the CPU
the process used; on a shared machine the CPU figures are the ones to compare.
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import DEV, EXTRA, SEEDS, machine, questions, summary_ms

REPORTBOT = str(Path(sys.executable).with_name("reportbot"))


def children_cpu() -> float:
    """CPU seconds (user + system) of this process's finished children: a machine's load barely moves it."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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
        t0, c0 = time.perf_counter(), children_cpu()
        p = subprocess.run([REPORTBOT, "ask", "--json"], input="\n".join(qs[:n]) + "\n", env=env, text=True,
                           capture_output=True, check=True)
        total, cpu = time.perf_counter() - t0, children_cpu() - c0
        assert len(p.stdout.splitlines()) == n
        if n == 1:
            base, base_cpu = total, cpu
        else:
            print(f"stdin mode: {n} questions in {total:.2f} s; per question after start-up "
                  f"{(total - base) / (n - 1) * 1000:.1f} ms ({(cpu - base_cpu) / (n - 1) * 1000:.1f} ms of CPU)")

    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.second_opinion import installed

    svc = QAService(data, SEEDS)
    model = getattr(svc.embedder, "inner", svc.embedder)
    model = getattr(model, "inner", model)  # past the query cache and the batcher: the model itself
    for q in qs:  # warm-up
        svc.ask(q)
    times, embed, cpu = [], [], []
    for _ in range(3):
        for q in qs:
            getattr(svc.embedder, "clear", lambda: None)()  # every question embedded: no query-cache hit
            getattr(installed(), "clear", lambda: None)()  # nor the second opinion's (English questions)
            t0, c0 = time.perf_counter(), time.process_time()
            svc.ask(q)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            t0 = time.perf_counter()
            model.encode_queries([q])
            embed.append(time.perf_counter() - t0)
    print(f"query latency (search + answer, embedding included): {summary_ms(times)}")
    print(f"  its CPU (every thread of the process): {summary_ms(cpu)}")
    print(f"  of which the query embedding: {summary_ms(embed)}")


if __name__ == "__main__":
    main()
