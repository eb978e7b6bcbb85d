"""The append path: a new index folder from the current one plus added and minus removed documents.

Adding a document embeds only its texts, adds its vectors to the FAISS stores (HNSW links them
into its graph), merges its BM25 postings after the others and makes the English bridge again over
the whole vocabulary (its weights then are a full build's). Removing one drops its passages and
postings and masks its vectors (their rows go; the vectors stay in FAISS, skipped by search, until
the next full build compacts them). The result goes into a fresh folder like any build, so the folder that serves
stays untouched until the new one is current.

It applies only when the documents are the current index's, in the same order, less some and
plus new ones at the end (what adding and removing produce), the index format is the one this
module writes, no store would change kind, and the masked share stays small; otherwise the
caller builds from scratch (:func:`update` returns None).
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from reportbot.corpus.document import Document, Paragraph
from reportbot.index.retrieval import passage_index as pi
from reportbot.index.retrieval import passage_texts as pt
from reportbot.index.retrieval import second_opinion as so
from reportbot.index.retrieval.cache import EmbeddingCache
from reportbot.index.retrieval.embedders import Embedder
from reportbot.index.retrieval.store import EXACT_UP_TO, VectorStore
from reportbot.index.retrieval.update_keywords import keywords

logger = logging.getLogger(__name__)
# The index format this module knows how to extend (every file of it); an index of another format,
# or a reportbot whose PassageIndex writes another one, builds from scratch until this is updated.
APPENDS_FORMAT = 9


@dataclass(frozen=True)
class UpdatePolicy:
    """When adding or removing goes the append path.

    Attributes:
        max_dead_share: above this share of masked vectors in a store, build from scratch (which
            compacts). Masked vectors cost search time and memory but never change results.
        max_added_share: an addition larger than this share of the index is built from scratch
            (the full build's batching is then worth it; and a flat store may need to become HNSW).
        max_extra_vectors: added vectors are searched exactly beside the built store (about 1 ms
            for 20,000 of 384 dimensions here); past this many, build from scratch.
    """

    max_dead_share: float = 0.25
    max_added_share: float = 0.5
    max_extra_vectors: int = 20_000


def _plan(prev: pi.PassageIndex, documents: Sequence[Document]) -> tuple[list[str], list[Document]] | None:
    """(ids of removed documents, added documents) or None when the append path does not apply."""
    order = _doc_order(prev)
    known, wanted = set(order), {d.doc_id for d in documents}
    kept_now = [d.doc_id for d in documents if d.doc_id in known]
    added = [d for d in documents if d.doc_id not in known]
    if kept_now != [d for d in order if d in wanted] or any(d.doc_id not in known for d in documents[:len(kept_now)]):
        return None  # order changed, or a new document sits between kept ones
    by_doc: dict[str, list[Paragraph]] = {}
    for p in prev.paragraphs:
        by_doc.setdefault(p.doc_id, []).append(p)
    for d in documents[:len(kept_now)]:
        if by_doc[d.doc_id] != list(d.paragraphs):
            return None  # a kept document's text or structure changed
    return [d for d in order if d not in wanted], added


def appendable(current: Path | None, served: pi.PassageIndex | None, model: str) -> pi.PassageIndex | None:
    """The index at ``current`` to append to: ``served`` if it is that one, else read; None if there is none."""
    if current is None:
        return None
    if served is not None and served.saved_at(current):
        return served
    try:
        return pi.PassageIndex.load(current, model)
    except Exception as exc:  # noqa: BLE001 - any doubt about the current index: build from scratch
        logger.info("append path skipped: %s", exc)
        return None


def documents_of(index: pi.PassageIndex) -> dict[str, Document]:
    """The documents ``index`` holds, as it holds them (their paragraphs in order), by id."""
    by_doc: dict[str, list[Paragraph]] = {}
    for p in index.paragraphs:
        by_doc.setdefault(p.doc_id, []).append(p)
    return {d: Document(d, i.title, i.author, i.headings, tuple(by_doc.get(d, ())), i.source, i.date, i.names)
            for d, i in index.docs.items()}


def _doc_order(prev: pi.PassageIndex) -> list[str]:
    return list(dict.fromkeys(p.doc_id for p in prev.paragraphs))


def update(current: Path, documents: Sequence[Document], embedder: Embedder, dest: Path,
           cache: EmbeddingCache | None = None, progress: Callable[[int, int], None] | None = None,
           policy: UpdatePolicy = UpdatePolicy(), previous: pi.PassageIndex | None = None) -> pi.PassageIndex | None:
    """Write ``documents``' index into ``dest`` from the index at ``current``, or None to build from scratch.

    Args:
        previous: the index at ``current`` already in memory (the one serving), to skip reading it.
    """
    t0 = time.perf_counter()
    start = _start(current, documents, embedder, previous)
    if start is None:
        return None
    prev, second, (removed, added) = start
    removed_set = set(removed)
    new_paras = [p for d in added for p in d.paragraphs]
    if len(new_paras) > policy.max_added_share * max(len(prev.paragraphs), 1):
        return None
    # the built stores are shared with the index that serves (never changed); added vectors go beside them
    para_vecs, sent_vecs = prev.para_vecs.fork(), prev.sent_vecs.fork()
    paragraphs = [p for p in prev.paragraphs if p.doc_id not in removed_set] + new_paras
    sentences = [s for p in paragraphs for s in p.sentences]
    if _kind_would_change(para_vecs, len(paragraphs)) or _kind_would_change(sent_vecs, len(set(sentences))):
        return None
    vecs, embedded = _embed_new(prev, added, new_paras, embedder, cache, progress)
    _place_paragraphs(prev, para_vecs, removed, vecs[:len(new_paras)])
    gone = np.flatnonzero(np.isin([p.doc_id for p in prev.paragraphs], removed))
    gone_sent = np.flatnonzero(np.isin(prev.sent_para, gone))
    sent_uniq = _place_sentences(prev, sent_vecs, gone_sent, new_paras, vecs[len(new_paras):])
    for store in (para_vecs, sent_vecs):
        if store.dead > policy.max_dead_share * store.ntotal or store.extra_total > policy.max_extra_vectors:
            return None
    para_bm25, sent_bm25, context_bm25, bridge = keywords(prev, gone, gone_sent, added, new_paras, paragraphs)
    docs = _docs(prev, removed_set, added)
    sent_para = np.repeat(np.arange(len(paragraphs)), [len(p.sentences) for p in paragraphs]).astype(np.int32)
    para_zh = np.concatenate([np.delete(prev.para_zh, gone), pt.chinese_rows(new_paras)]).astype(bool)
    manifest = prev.manifest | {
        "documents": len(docs), "passages": len(paragraphs), "sentences": len(sentences),
        "sentence_vectors": sent_vecs.size, "corpus_hash": pt.corpus_hash(documents),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "embedded": embedded,
        "appended_from": current.name, "masked_vectors": para_vecs.dead + sent_vecs.dead, "tunables": pt.tunables()}
    kept, context = _kept_and_context(prev, removed, new_paras, docs)
    second_vecs = prev.second.extended(second, kept, pt.vector_texts(added), [s for p in prev.paragraphs for s in
                                       p.sentences], prev.sent_uniq, list(dict.fromkeys(sentences)), cache) \
        if second is not None else None
    index = pi.PassageIndex(manifest, docs, paragraphs, para_vecs, sent_vecs, sent_para, para_bm25, sent_bm25,
                            sentences, bridge, context_bm25, prev.places, para_zh, second_vecs, context=context,
                            sent_uniq=sent_uniq)
    if prev.lines is not None and prev.lines.file.is_file():  # append to its passages file, not rewrite it
        index.append_to = (prev.lines, kept, new_paras)
    index.save(dest, t0)
    return index


def _docs(prev: pi.PassageIndex, removed: set[str], added: list[Document]) -> dict[str, pi.DocInfo]:
    """The documents' records after the change: the kept ones in order, then the added ones."""
    docs = {k: v for k, v in prev.docs.items() if k not in removed}
    return docs | {d.doc_id: pi.DocInfo(d.doc_id, d.title, d.author, d.source, d.headings, d.date, d.names)
                   for d in added}


def _kept_and_context(prev: pi.PassageIndex, removed: list[str], new_paras: list[Paragraph],
                      docs: dict[str, pi.DocInfo]) -> tuple[np.ndarray, list[str]]:
    """The rows of ``prev``'s paragraphs that stay, and every paragraph's constraint context after the change."""
    kept = np.flatnonzero(~np.isin(prev.para_doc, [prev.doc_order.index(d) for d in removed]))
    context = [prev.context[i] for i in kept.tolist()] + pi.constraint_contexts(new_paras, docs)
    return kept, context


def _start(current: Path, documents: Sequence[Document], embedder: Embedder, previous: pi.PassageIndex | None
           ) -> tuple[pi.PassageIndex, Embedder | None, tuple[list[str], list[Document]]] | None:
    """The index to append to, the second opinion installed now and what to remove and add; None when the
    append path cannot be taken (the current index unreadable, of another format or second opinion)."""
    try:
        prev = previous if previous is not None else pi.PassageIndex.load(current, embedder.name)
    except Exception as exc:  # noqa: BLE001 - any doubt about the current index: build from scratch
        logger.info("append path skipped: %s", exc)
        return None
    same_format = prev.manifest.get("format_version") in pi.READS_FORMATS and APPENDS_FORMAT == pi.FORMAT_VERSION
    second = so.installed()  # a second opinion installed or removed since the last build: build anew
    same_format &= (second.name if second else None) == prev.manifest.get("second_opinion")
    plan = _plan(prev, documents) if same_format else None
    return None if plan is None else (prev, second, plan)


def _kind_would_change(store: VectorStore, size: int) -> bool:
    """A flat store that would grow past the exact-search limit is rebuilt as HNSW by a full build."""
    return store.kind == "flat" and size > EXACT_UP_TO


def _embed_new(prev: pi.PassageIndex, added: list[Document], new_paras: list[Paragraph], embedder: Embedder,
               cache: EmbeddingCache | None, progress) -> tuple[np.ndarray, int]:
    """Vectors of the new paragraphs, then of the sentence texts the current index has no vector for."""
    known = set(s for p in prev.paragraphs for s in p.sentences) if new_paras else set()
    fresh = list(dict.fromkeys(s for p in new_paras for s in p.sentences if s not in known))
    texts = pt.vector_texts(added) + fresh
    cache = cache or EmbeddingCache(None)
    vecs, embedded = cache.encode(embedder.name, embedder.dim, texts, embedder.encode_passages, progress)
    return vecs, embedded


def _place_paragraphs(prev: pi.PassageIndex, store: VectorStore, removed: list[str], new: np.ndarray) -> None:
    keep = ~np.isin([p.doc_id for p in prev.paragraphs], removed)
    store.use(np.concatenate([store.ids()[keep], store.add(new)]))


def _place_sentences(prev: pi.PassageIndex, store: VectorStore, gone_sent: np.ndarray, new_paras: list[Paragraph],
                     new: np.ndarray) -> np.ndarray:
    """Rows in order of each text's first appearance, as a full build numbers them; returns each sentence's row.

    Kept sentences keep their vectors; a new sentence whose text the index already had (even only
    in a removed document, whose vectors are still stored) takes that vector; the rest are ``new``.
    """
    old_ids = store.ids()
    keys = [np.delete(prev.sent_uniq, gone_sent)]
    if new_paras:
        uid_of: dict[str, int] = {}
        for text, uid in zip((s for p in prev.paragraphs for s in p.sentences), prev.sent_uniq.tolist()):
            uid_of.setdefault(text, uid)
        fresh: dict[str, int] = {}
        keys.append(np.array([uid_of[t] if t in uid_of else -1 - fresh.setdefault(t, len(fresh))
                              for p in new_paras for t in p.sentences], dtype=np.int64))
    every = np.concatenate(keys)
    uniq, first, inverse = np.unique(every, return_index=True, return_inverse=True)
    by_first = np.argsort(first, kind="stable")
    order = uniq[by_first]
    added = store.add(new)
    ids = np.empty(len(order), np.int64)
    old = order >= 0
    ids[old] = old_ids[order[old]]
    ids[~old] = added[-1 - order[~old]]
    store.use(ids)
    rank = np.empty(len(uniq), np.int64)
    rank[by_first] = np.arange(len(uniq))
    return rank[inverse.reshape(-1)]
