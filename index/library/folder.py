"""The data folder: the documents the bot answers from and the index built over them.

Layout::

    DATA_DIR/
      registry.json            documents: id, title, source file name, who added it and when
      documents/<id>.txt       each document's extracted text (named by id, never by the upload's name)
      indexes/<build>/         one folder per build; a build is usable once its manifest.json exists
      CURRENT                  the name of the build being served (replaced atomically)
      cache/embeddings.sqlite  vectors by model and text, so a rebuild only embeds what changed
      .lock                    held while the registry changes or an index builds

Every change writes to a temporary file and ``os.replace``-s it, and a build
goes into a fresh folder that becomes current only when complete, so a crash
at any point leaves the last good index serving.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import re
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from reportbot.corpus.document import Document
from reportbot.corpus.errors import BuildInProgress, LibraryError
from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import EmptyDocumentError, parse_text
from reportbot.index.retrieval.cache import EmbeddingCache
from reportbot.index.retrieval.embedders import Embedder
from reportbot.index.retrieval.passage_index import IndexLoadError, ModelMismatchError, PassageIndex, corpus_hash

logger = logging.getLogger(__name__)

MAX_PARAGRAPHS_PER_DOCUMENT = 5000
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DocRecord:
    id: str
    title: str
    source: str
    passages: int
    chars: int
    added_at: str
    added_by: str


def safe_name(name: str) -> str:
    """A file name reduced to a harmless display name (no folders, no control characters)."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).strip().lstrip(".")
    return name[:120] or "document"


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class Library:
    """Documents and indexes in one data folder.

    Args:
        root: the data folder (created if missing).
        seeds: folder of documents a fresh data folder starts from.
    """

    def __init__(self, root: Path, seeds: Path | None = None):
        self.root = Path(root)
        self.seeds = seeds
        self._thread_lock = threading.RLock()

    # ---- layout and locking -------------------------------------------
    @property
    def docs_dir(self) -> Path:
        return self.root / "documents"

    @property
    def indexes_dir(self) -> Path:
        return self.root / "indexes"

    @property
    def registry_path(self) -> Path:
        return self.root / "registry.json"

    @contextlib.contextmanager
    def locked(self, wait: bool = True) -> Iterator[None]:
        """Hold the data folder's lock (between threads and between processes).

        Raises:
            BuildInProgress: when ``wait`` is false and someone else holds it.
        """
        if not self._thread_lock.acquire(blocking=wait):
            raise BuildInProgress("a reindex is already running")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with open(self.root / ".lock", "a+") as fd:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
                except BlockingIOError as exc:
                    raise BuildInProgress("a reindex is already running") from exc
                try:
                    yield
                finally:
                    fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            self._thread_lock.release()

    def ensure(self) -> None:
        """Create the layout; a fresh folder gets the seed documents."""
        if self.registry_path.exists():
            return
        with self.locked():
            if self.registry_path.exists():
                return
            self.docs_dir.mkdir(parents=True, exist_ok=True)
            self.indexes_dir.mkdir(parents=True, exist_ok=True)
            records = []
            for path in sorted(self.seeds.iterdir()) if self.seeds and self.seeds.is_dir() else []:
                if path.is_file() and not path.name.startswith((".", "_")):
                    doc = self._parse(path.read_bytes(), path.name)
                    records.append(self._store(doc, path.name, "seed"))
            self._save_registry(records)

    # ---- documents ----------------------------------------------------
    def documents(self) -> list[DocRecord]:
        """The documents in the corpus, in the order they were added."""
        self.ensure()
        data = json.loads(self.registry_path.read_text(encoding="utf-8"))
        return [DocRecord(**d) for d in data["documents"]]

    def _save_registry(self, records: list[DocRecord]) -> None:
        _write_atomic(self.registry_path, json.dumps({"documents": [asdict(r) for r in records]},
                                                     ensure_ascii=False, indent=1))

    @staticmethod
    def _parse(data: bytes, filename: str) -> tuple[Document, str]:
        text = read_document(data, filename)
        try:
            return parse_text(text, safe_name(filename), max_paragraphs=MAX_PARAGRAPHS_PER_DOCUMENT), text
        except EmptyDocumentError as exc:
            raise LibraryError(f"{safe_name(filename)}: {exc}") from exc
        except ValueError as exc:
            raise LibraryError(f"{safe_name(filename)}: too long: {exc}") from exc

    def _store(self, parsed: tuple[Document, str], filename: str, added_by: str) -> DocRecord:
        doc, text = parsed
        _write_atomic(self.docs_dir / f"{doc.doc_id}.txt", text)
        return DocRecord(doc.doc_id, doc.title, safe_name(filename), len(doc.body), sum(len(p.text) for p in doc.body),
                         time.strftime("%Y-%m-%d %H:%M:%S"), added_by)

    def add(self, data: bytes, filename: str, added_by: str = "cli") -> tuple[DocRecord, bool]:
        """Add a document file to the corpus (the index is not rebuilt here).

        Returns:
            (its record, True if new; False if the same content was already there).

        Raises:
            reportbot.corpus.loaders.UnsupportedFileError, reportbot.corpus.loaders.UnreadableFileError,
            LibraryError: the file is refused and nothing changes.
        """
        parsed = self._parse(data, filename)
        with self.locked():
            records = self.documents()
            for r in records:
                if r.id == parsed[0].doc_id:
                    return r, False
            record = self._store(parsed, filename, added_by)
            self._save_registry(records + [record])
        return record, True

    def remove(self, doc_id: str) -> DocRecord:
        """Remove a document by id (or a unique prefix of it).

        Raises:
            LibraryError: no such document, or the prefix names several.
        """
        with self.locked():
            records = self.documents()
            matches = [r for r in records if r.id == doc_id] or [r for r in records if r.id.startswith(doc_id)]
            if not doc_id or not matches:
                raise LibraryError(f"no document with id {doc_id!r}; 'docs list' shows the ids")
            if len(matches) > 1:
                raise LibraryError(f"{doc_id!r} matches {len(matches)} documents; give more of the id")
            gone = matches[0]
            self._save_registry([r for r in records if r.id != gone.id])
            with contextlib.suppress(FileNotFoundError):
                (self.docs_dir / f"{gone.id}.txt").unlink()
        return gone

    def load_documents(self) -> list[Document]:
        """Parse every registered document from its stored text."""
        docs = []
        for r in self.documents():
            text = (self.docs_dir / f"{r.id}.txt").read_text(encoding="utf-8")
            doc = parse_text(text, r.source, max_paragraphs=MAX_PARAGRAPHS_PER_DOCUMENT)
            # the id is the one the document was registered under, whatever re-parsing gives
            docs.append(_with_id(doc, r.id, r.title))
        return docs

    # ---- indexes ------------------------------------------------------
    def current_path(self) -> Path | None:
        try:
            name = (self.root / "CURRENT").read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        path = self.indexes_dir / name
        return path if name and (path / "manifest.json").is_file() else None

    def build(self, embedder: Embedder, progress: Progress | None = None, wait: bool = True,
              force: bool = True) -> PassageIndex:
        """Build a fresh index of every document and make it current.

        Args:
            embedder: the model.
            progress: called with (done, total) texts embedded.
            wait: wait for a build already running (else raise :class:`BuildInProgress`).
            force: build even if the current index already matches the documents.
        """
        self.ensure()
        with self.locked(wait=wait):
            docs = self.load_documents()
            current = self.current_path()
            if not force and current is not None:
                try:
                    index = PassageIndex.load(current, embedder.name)
                    if index.manifest.get("corpus_hash") == corpus_hash(docs):
                        return index
                except IndexLoadError:
                    pass
            name = time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]
            cache = EmbeddingCache(self.root / "cache" / "embeddings.sqlite")
            try:
                index = PassageIndex.build(docs, embedder, self.indexes_dir / name, cache, progress)
            finally:
                cache.close()
            _write_atomic(self.root / "CURRENT", name)
            self._clean(keep={name})
            return index

    def _clean(self, keep: set[str]) -> None:
        """Delete old and half-built index folders (readers hold theirs in memory)."""
        for path in self.indexes_dir.iterdir():
            if path.name not in keep and path.is_dir():
                shutil.rmtree(path, ignore_errors=True)

    def load(self, embedder: Embedder, progress: Progress | None = None) -> PassageIndex:
        """The current index, built first when there is none, it is damaged, or it is stale.

        An index built with another model is rebuilt with this one (the log names both).
        """
        self.ensure()
        current = self.current_path()
        if current is not None:
            try:
                index = PassageIndex.load(current, embedder.name)
                if set(index.docs) == {r.id for r in self.documents()}:
                    return index
                logger.info("documents changed since the index was built; rebuilding")
            except ModelMismatchError as exc:
                logger.warning("%s; rebuilding with %s", exc, embedder.name)
            except IndexLoadError as exc:
                logger.warning("%s; rebuilding", exc)
        return self.build(embedder, progress, force=False)


def _with_id(doc: Document, doc_id: str, title: str) -> Document:
    paragraphs = tuple(replace(p, doc_id=doc_id) for p in doc.paragraphs)
    return replace(doc, doc_id=doc_id, title=title, paragraphs=paragraphs)
