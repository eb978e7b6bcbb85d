"""A built, searchable index of passages: vectors, keyword postings and a manifest, in one folder."""
from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from reportbot.corpus.document import Document, Paragraph
from reportbot.corpus.errors import IndexLoadError, ModelMismatchError
from reportbot.index.retrieval import passage_store, passage_texts
from reportbot.index.retrieval import second_opinion as so
from reportbot.index.retrieval.addresses import VECTOR_TEXT
from reportbot.index.retrieval.bm25 import BM25
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.bridge_en import english_glosses
from reportbot.index.retrieval.bridge_file import load_bridge, save_bridge
from reportbot.index.retrieval.cache import EmbeddingCache
from reportbot.index.retrieval.calques import capitalised_pairs
from reportbot.index.retrieval.context import constraint_contexts
from reportbot.index.retrieval.embedders import Embedder
from reportbot.index.retrieval.passage_texts import chinese_rows, corpus_hash, sentence_ids, vector_texts
from reportbot.index.retrieval.place_names import jieba_places
from reportbot.index.retrieval.store import VectorStore
from reportbot.index.retrieval.tokenize import READS_TOKENIZERS, TOKENIZER_NAME, tokenize

FORMAT_VERSION = 9
# formats read (upgrade.py brings each to 9 at start): 4 kept passages in one passages.json; 4 and 5 lack USE vectors;
# 7: the bridge keeps no place's kind alone (county -> 亚东) and reaches chair from 主席 (6 till a document is added);
# 8: the bridge reads an English name a Chinese question translates by meaning (南港 -> Southport: calques.py);
# 9: a gloss's abbreviation (CPR) and the compounds a question writes cut in two (心肺 / 复苏 -> 心肺复苏术)
READS_FORMATS = (4, 5, 6, 7, 8, 9)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DocInfo:
    doc_id: str
    title: str
    author: str | None
    source: str
    headings: tuple[str, ...]
    date: str | None = None
    names: tuple[str, ...] = ()  # (Document.names: the card's lines that name it beside the title)


class PassageIndex:
    """Passages with paragraph- and sentence-level vectors and BM25 postings."""

    def __init__(self, manifest: dict, docs: dict[str, DocInfo], paragraphs: list[Paragraph],
                 para_vecs: VectorStore, sent_vecs: VectorStore, sent_para: np.ndarray,
                 para_bm25: BM25, sent_bm25: BM25, sentences: list[str], bridge: Bridge,
                 context_bm25: BM25 | None = None, places: frozenset[str] = frozenset(),
                 para_zh: np.ndarray | None = None, second: so.SecondVectors | None = None, *,
                 context: list[str] | None = None, sent_uniq: np.ndarray | None = None):
        """``context`` and ``sent_uniq``, derived from the rest, may be given when already known (the append path)."""
        self.bridge = bridge
        self.second = second  # USE vectors for questions across languages (second_opinion.py), if built
        self.context_bm25 = context_bm25 or BM25.from_tokens([[] for _ in paragraphs])
        self.places = places
        # each passage's context for its constraints: its document's title and date and its heading path (the date
        # left out when the title names a year, its header card in it: context.constraint_contexts)
        self.context = context if context is not None else constraint_contexts(paragraphs, docs)
        self.manifest = manifest
        self.docs = docs
        self.paragraphs = paragraphs
        self.para_vecs = para_vecs
        self.sent_vecs = sent_vecs  # one vector per distinct sentence text
        # sentence row -> its vector row, and back (repeated boilerplate is stored once)
        self.sent_uniq = sent_uniq if sent_uniq is not None else sentence_ids(sentences)
        self._uniq_order = np.argsort(self.sent_uniq, kind="stable")
        self._uniq_start = np.searchsorted(self.sent_uniq[self._uniq_order], np.arange(sent_vecs.size + 1))
        self.sent_para = sent_para
        self.para_bm25 = para_bm25
        self.sent_bm25 = sent_bm25
        # each paragraph's first sentence row and sentence count, its header card, its token set
        self.sent_start = np.searchsorted(sent_para, np.arange(len(paragraphs))).astype(np.int64)
        self.sent_count = np.array([len(p.sentences) for p in paragraphs], dtype=np.int64)
        self.header_row = {p.doc_id: i for i, p in enumerate(paragraphs) if p.is_header}
        self.is_header = np.array([p.is_header for p in paragraphs], dtype=bool)
        # each paragraph's language: True where it is written in Chinese
        self.para_zh = para_zh if para_zh is not None else chinese_rows(paragraphs)
        # each paragraph's document as a number (documents in order of first passage)
        self.doc_order = list(dict.fromkeys(p.doc_id for p in paragraphs))
        number = {d: i for i, d in enumerate(self.doc_order)}
        self.para_doc = np.array([number[p.doc_id] for p in paragraphs], dtype=np.int32)
        # where the passages are on disk once saved or loaded; and, before an appended index is
        # saved, what to append to (passage_store.append's arguments but the folder)
        self.lines: passage_store.Lines | None = None
        self.append_to: tuple[passage_store.Lines, np.ndarray, list[Paragraph]] | None = None

    def sentence_rows(self, vector_rows: np.ndarray, limit: int = 20) -> np.ndarray:
        """The sentence rows that share each vector row (at most ``limit`` each)."""
        parts = [self._uniq_order[self._uniq_start[v]:min(self._uniq_start[v + 1], self._uniq_start[v] + limit)]
                 for v in np.asarray(vector_rows, dtype=np.int64)]
        return np.concatenate(parts) if parts else np.zeros(0, np.int64)

    @property
    def model(self) -> str:
        return self.manifest["model"]

    # ---- building -------------------------------------------------------
    @classmethod
    def build(cls, documents: Sequence[Document], embedder: Embedder, dest: Path,
              cache: EmbeddingCache | None = None, progress: Progress | None = None,
              index_kind: str = "auto", second_opinion: Embedder | None | str = "installed") -> PassageIndex:
        """Embed and index ``documents`` into the new folder ``dest``.

        Args:
            documents: parsed documents.
            embedder: the model for passages.
            dest: a folder that does not exist yet; written completely or not at all
                usable (the manifest is written last).
            cache: embedding cache; unchanged texts are not embedded again.
            progress: called with (done, total) texts embedded.
            index_kind: FAISS index type, ``auto`` by size.
            second_opinion: the second dense opinion's model: ``installed`` (USE, if installed) or None.
        """
        t0 = time.perf_counter()
        cache = cache or EmbeddingCache(None)
        paragraphs = [p for d in documents for p in d.paragraphs]
        sentences, sent_para = [], []
        for i, p in enumerate(paragraphs):
            for s in p.sentences:
                sentences.append(s)
                sent_para.append(i)
        texts = vector_texts(documents) + sentences
        vecs, embedded = cache.encode(embedder.name, embedder.dim, texts, embedder.encode_passages, progress)
        para_vecs = VectorStore.build(vecs[:len(paragraphs)], index_kind)
        sent_ids = sentence_ids(sentences)
        distinct = np.unique(sent_ids, return_index=True)[1]  # first row of each distinct text
        sent_vecs = VectorStore.build(vecs[len(paragraphs):][distinct], index_kind)
        second = so.vectors_for(second_opinion, texts[:len(paragraphs)], [sentences[i] for i in distinct], cache)
        para_tokens = [tokenize(p.text) for p in paragraphs]
        sent_tokens = [tokenize(s) for s in sentences]
        para_bm25, sent_bm25 = BM25.from_tokens(para_tokens), BM25.from_tokens(sent_tokens)
        del para_tokens, sent_tokens
        context_bm25 = passage_texts.context_bm25(documents)
        docs = {d.doc_id: DocInfo(d.doc_id, d.title, d.author, d.source, d.headings, d.date, d.names)
                for d in documents}
        manifest = {
            "format_version": FORMAT_VERSION, "model": embedder.name, "dimension": embedder.dim,
            "documents": len(documents), "passages": len(paragraphs), "sentences": len(sentences),
            "sentence_vectors": sent_vecs.size, "tokenizer": TOKENIZER_NAME, "vector_text": VECTOR_TEXT,
            "corpus_hash": corpus_hash(documents), "index_kind": para_vecs.kind,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "build_seconds": 0.0, "embedded": embedded,
            "second_opinion": second.model if second is not None else None, "tunables": passage_texts.tunables(),
        }
        index = cls(manifest, docs, paragraphs, para_vecs, sent_vecs, np.array(sent_para, dtype=np.int32),
                    para_bm25, sent_bm25, sentences, make_bridge(paragraphs, para_bm25), context_bm25, jieba_places(),
                    chinese_rows(paragraphs), second)
        index.save(dest, t0)
        return index

    def save(self, dest: Path, started: float | None = None) -> None:
        """Write the index into the new folder ``dest``; the manifest last (until then it is no index).

        Args:
            started: when the build began (``time.perf_counter()``), to record its seconds.
        """
        dest.mkdir(parents=True)
        self.para_vecs.save(dest / "paragraphs.faiss")
        self.sent_vecs.save(dest / "sentences.faiss")
        np.save(dest / "sent_para.npy", np.asarray(self.sent_para, dtype=np.int32))
        self.para_bm25.save(dest / "paragraphs.bm25.npz")
        self.sent_bm25.save(dest / "sentences.bm25.npz")
        save_bridge(self.bridge, dest / "bridge.json")
        self.context_bm25.save(dest / "context.bm25.npz")
        if self.second is not None:
            self.second.save(dest)
        (dest / "places.txt").write_text("\n".join(sorted(self.places)), encoding="utf-8")
        docs = [vars(d) | {"headings": list(d.headings), "names": list(d.names)} for d in self.docs.values()]
        (dest / "documents.json").write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
        if self.append_to is not None:
            self.lines = passage_store.append(dest, *self.append_to)
        else:
            self.lines = passage_store.write(dest, self.paragraphs)
        self.append_to = None
        self.manifest |= self.lines.manifest() | {"format_version": FORMAT_VERSION}
        if started is not None:
            self.manifest["build_seconds"] = round(time.perf_counter() - started, 3)
        (dest / "manifest.json").write_text(json.dumps(self.manifest, indent=2), encoding="utf-8")

    def saved_at(self, path: Path) -> bool:
        """Whether this index is the one saved at ``path`` (its manifest, read back, is the same)."""
        try:
            return json.loads((path / "manifest.json").read_text(encoding="utf-8")) == self.manifest
        except (OSError, ValueError):
            return False

    # ---- loading --------------------------------------------------------
    @classmethod
    def load(cls, path: Path, model: str | None = None) -> PassageIndex:
        """Load an index folder, checking its manifest.

        Args:
            path: the folder ``build`` wrote.
            model: the embedder name now configured; a different one raises.

        Raises:
            ModelMismatchError: built with another model.
            IndexLoadError: missing, incomplete or of another format version.
        """
        manifest = _checked_manifest(path, model)
        try:
            doc_rows, paragraphs, lines = passage_store.read_folder(path, manifest)
            docs = {d["doc_id"]: DocInfo(d["doc_id"], d["title"], d["author"], d["source"], tuple(d["headings"]),
                                         d.get("date"), tuple(d.get("names", ()))) for d in doc_rows}
            para_vecs = VectorStore.load(path / "paragraphs.faiss")
            sent_vecs = VectorStore.load(path / "sentences.faiss")
            sent_para = np.load(path / "sent_para.npy")
            para_bm25 = BM25.load(path / "paragraphs.bm25.npz")
            sent_bm25 = BM25.load(path / "sentences.bm25.npz")
            bridge = load_bridge(path / "bridge.json")
            context_bm25 = BM25.load(path / "context.bm25.npz")
            places = frozenset((path / "places.txt").read_text(encoding="utf-8").split())
            second = so.SecondVectors.load(path, manifest["second_opinion"], len(paragraphs), sent_vecs.size) \
                if manifest.get("second_opinion") else None
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise IndexLoadError(f"damaged index at {path}: {exc}") from exc
        sentences = [s for p in paragraphs for s in p.sentences]
        sent_uniq = sentence_ids(sentences)
        # each passage's language is read from its text at load (no file holds it): how a language is told (an
        # address left out: passage_texts.chinese_rows) holds for an index built before it changed
        para_zh = chinese_rows(paragraphs)
        if para_vecs.size != len(paragraphs) or sent_vecs.size != int(sent_uniq.max(initial=-1)) + 1:
            raise IndexLoadError(f"damaged index at {path}: vector counts do not match the passages")
        index = cls(manifest, docs, paragraphs, para_vecs, sent_vecs, sent_para, para_bm25, sent_bm25, sentences,
                    bridge, context_bm25, places, para_zh, second, sent_uniq=sent_uniq)
        index.lines = lines
        return index


def make_bridge(paragraphs: Sequence[Paragraph], para_bm25: BM25,
                to_english: dict[str, list[tuple[str, float]]] | None = None) -> Bridge:
    """The English bridge over the documents' vocabulary, their quoted names and the English words they write.

    Args:
        to_english: the Chinese-to-English side, when the caller knows it is what ``english_glosses`` would
            make again (the append path, when the English written and its keyword terms did not change).
    """
    names = {m: tokenize(m) for p in paragraphs for m in re.findall(r"“([\u4e00-\u9fff]{2,6})”", p.text)}
    written, pairs = written_english(paragraphs), written_pairs(paragraphs)
    if to_english is None:
        to_english = english_glosses(set(written), set(para_bm25.vocab), pairs)
    return Bridge.build({t: para_bm25.idf(t) for t in para_bm25.vocab}, names, to_english, written, pairs)


def written_english(paragraphs: Sequence[Paragraph]) -> frozenset[str]:
    """The English words the passages write, lower case: what ``english_glosses`` starts from."""
    return frozenset(w for p in paragraphs for w in re.findall(r"[a-z]+", p.text.lower()))


def written_pairs(paragraphs: Sequence[Paragraph]) -> frozenset[str]:
    """The capitalised pairs of words in a row the passages write ("harbour city", a name a Chinese question may
    translate by meaning: calques.py), which ``english_glosses`` reads as names."""
    return capitalised_pairs(p.text for p in paragraphs)


def _checked_manifest(path: Path, model: str | None) -> dict:
    """The manifest of the index at ``path``, if this reportbot can read that index with ``model``."""
    mf = path / "manifest.json"
    if not mf.is_file():
        raise IndexLoadError(f"no index at {path} (manifest.json missing)")
    try:
        manifest = json.loads(mf.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexLoadError(f"damaged index manifest at {mf}: {exc}") from exc
    if manifest.get("format_version") not in READS_FORMATS:
        raise IndexLoadError(f"index at {path} has format {manifest.get('format_version')}, "
                             f"this reportbot reads {READS_FORMATS}; run 'reportbot index'")
    if model is not None and manifest.get("model") != model:
        raise ModelMismatchError(manifest.get("model"), model)
    if manifest.get("tokenizer") not in READS_TOKENIZERS:
        raise IndexLoadError(f"index at {path} used tokenizer {manifest.get('tokenizer')}; run 'reportbot index'")
    return manifest
