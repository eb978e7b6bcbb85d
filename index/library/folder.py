"""The data folder: the documents the bot answers from and the index built over them.

Layout::

    DATA_DIR/
      registry.json            documents: id, title, source file name, who added it and when, state
      documents/<id>.txt       each document's extracted text (named by id, never by the upload's name; ``stored.py``)
      documents/<id>.sketch.json  a sketch of its shingles, for the near-copy notice (``resemble.py``)
      documents/<id>.original.<ext>  the file it was read from, read again by a newer reportbot (``originals.py``)
      indexes/<build>/         one folder per build; a build is usable once its manifest.json exists (``indexes.py``)
      CURRENT                  the name of the build being served (replaced atomically)
      cache/embeddings.sqlite  vectors by model and text, so a rebuild only embeds what changed
      jobs/<id>.json           admin jobs running now (see ``jobs.py``)
      .lock                    held while the registry changes or an index builds (``lock.py``)

Every change writes to a temporary file and ``os.replace``-s it, and a build
goes into a fresh folder that becomes current only when complete, so a crash
at any point leaves the last good index serving. A document's state in the
registry says whether that index holds it yet (see ``registry.py``).
"""
from __future__ import annotations

import contextlib
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from reportbot.corpus.document import Document
from reportbot.corpus.errors import BuildInProgress, DocumentError
from reportbot.index.library.cutting import cut_by, cut_otherwise
from reportbot.index.library.indexes import Indexes
from reportbot.index.library.intake import (
    file_sha,
    new_record,
    parse_file,
    read_anew,
    same_file,
)
from reportbot.index.library.lock import FolderLock
from reportbot.index.library.originals import adopt, drop_original, keep_original, older, read_again
from reportbot.index.library.registry import (
    SEED,
    DocRecord,
    find,
    read_registry,
    settle,
    write_atomic,
    write_registry,
)
from reportbot.index.library.resemble import keep_sketch
from reportbot.index.library.stored import drop, read_documents, store, text_path
from reportbot.index.library.upgrade import kept_upgraded, outdated
from reportbot.index.retrieval.embedders import Embedder
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.passage_texts import corpus_hash
from reportbot.index.retrieval.update import appendable, documents_of

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Library:
    """Documents and indexes in one data folder.

    Args:
        root: the data folder (created if missing).
        seeds: folder of documents a fresh data folder starts from.
    """

    def __init__(self, root: Path, seeds: Path | None = None):
        self.root = Path(root)
        self.seeds = seeds
        self.lock = FolderLock(self.root)
        self.builds = Indexes(self.root)
        self.docs_dir = self.root / "documents"
        self.indexes_dir = self.builds.dir
        self.registry_path = self.root / "registry.json"

    # ---- layout and locking -------------------------------------------
    def locked(self, wait: bool = True) -> contextlib.AbstractContextManager[None]:
        """Hold the data folder's lock (:class:`.lock.FolderLock`).

        Raises:
            BuildInProgress: when ``wait`` is false and someone else holds it.
        """
        return self.lock.held(wait)

    def building(self) -> bool:
        """True while some process holds the lock (a build or a registry change is under way)."""
        return self.lock.busy()

    def ensure(self) -> None:
        """Create the layout; a fresh folder gets the seed documents (waiting for their first build)."""
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
                    try:
                        data = path.read_bytes()
                        records.append(store(self.docs_dir, parse_file(data, path.name), data, path.name, SEED))
                    except DocumentError as exc:  # no one named this file: say which seed it is
                        raise type(exc)(f"seed {path.name}: {exc}") from exc
            write_registry(self.registry_path, records)

    # ---- documents ----------------------------------------------------
    def documents(self) -> list[DocRecord]:
        """Every document in the registry, in the order they were added (pending ones included)."""
        self.ensure()
        return read_registry(self.registry_path)

    def add(self, data: bytes, filename: str, added_by: str = "cli") -> tuple[DocRecord, bool]:
        """Register a document file as ``adding`` (the index is not rebuilt here).

        Returns:
            (its record, True if new or an older reportbot's reading of this file, kept now under its id for the
            next full build to read again (``indexed``, True); False if the same content was already there).

        Raises:
            DocumentError, LibraryError: the file is refused and nothing changes.
        """
        parsed, sha = parse_file(data, filename), file_sha(data)
        with self.locked():
            records = self.documents()
            for r in records:
                if r.id == parsed[0].doc_id or same_file(self.docs_dir, r, filename, parsed[1]):
                    adopt(self.docs_dir, r, data, filename)  # its file, kept now: read again by the next build
                    return (r, True) if r.state == "indexed" and older(r) else (r, False)
            record = new_record(*parsed, filename, added_by, sha)
            old = read_anew(records, record)
            if old is not None:  # this very file, read otherwise now: read again under its id, place and scopes
                drop_original(self.docs_dir, old.id)
                keep_original(self.docs_dir, old.id, data, filename)
                write_registry(self.registry_path, [replace(r, file_sha=sha, cutting=0) if r.id == old.id else r
                                                    for r in records])
                return replace(old, file_sha=sha, cutting=0), True
            try:  # a full disk at any of these writes leaves no file behind
                write_atomic(text_path(self.docs_dir, record.id), parsed[1])
                keep_original(self.docs_dir, record.id, data, filename)
                keep_sketch(self.docs_dir, record.id, parsed[1])  # what the near-copy notice compares (resemble.py)
                write_registry(self.registry_path, records + [record])
            except BaseException:
                drop(self.docs_dir, record.id)
                raise
        return record, True

    def discard(self, doc_id: str) -> None:
        """Undo :meth:`add` of a document whose build failed (if no build has taken it in since)."""
        with self.locked():
            records = self.documents()
            mine = next((r for r in records if r.id == doc_id and r.state == "adding"), None)
            if mine is not None:  # a copy it was to replace (the same file's bytes) stays
                kept = [replace(r, state="indexed") if r.state == "removing" and mine.file_sha
                        and r.file_sha == mine.file_sha else r for r in records if r.id != doc_id]
                write_registry(self.registry_path, kept)
                drop(self.docs_dir, doc_id)

    def find(self, doc_id: str) -> DocRecord:
        """The document with this id, or with this unambiguous prefix of at least 4 characters."""
        return find(self.documents(), doc_id)

    def mark(self, doc_id: str, state: str) -> DocRecord:
        """Set a document's state (``removing`` before its removal's build, ``indexed`` to undo that)."""
        with self.locked():
            record = self.find(doc_id)
            records = [replace(r, state=state) if r.id == record.id else r for r in self.documents()]
            write_registry(self.registry_path, records)
        return replace(record, state=state)

    def read_later(self, d: str) -> None:
        """Have the next full build read a document's kept file again (its build failed after reading it)."""
        with self.locked():
            write_registry(self.registry_path, [replace(r, cutting=0) if r.id == d else r for r in self.documents()])

    def load_documents(self, records: list[DocRecord] | None = None,
                       indexed: PassageIndex | None = None) -> list[Document]:
        """Parse documents from their stored text: ``records``, or every document the next index should hold.

        Args:
            indexed: an index whose documents are taken as it holds them, not parsed again (a
                stored text never changes; parsing 100,000 passages takes half a minute).
        """
        chosen = records if records is not None else [r for r in self.documents() if r.wanted]
        return read_documents(self.docs_dir, chosen, documents_of(indexed) if indexed is not None else {},
                              self.current_path)

    # ---- indexes ------------------------------------------------------
    def current_path(self) -> Path | None:
        return self.builds.current_path()

    def open_current(self, embedder: Embedder) -> PassageIndex | None:
        """The current index if it loads with this model, in the current format; None (and a log line why) if not.

        An index of an older format is brought up to this one (``upgrade.py``) and, when the folder is free
        and writable, saved as the current build; else served as upgraded from memory.
        """
        index = self.builds.open_current(embedder)
        return index if index is None or not outdated(index) else kept_upgraded(self, index)

    def settle(self, index: PassageIndex) -> None:
        """Record in the registry what ``index`` holds (after a crash between the two writes)."""
        try:
            with self.locked(wait=False):
                self._settle_locked(index)
        except BuildInProgress:
            pass  # the build under way settles it
        except OSError as exc:  # a read-only folder: it answers from its index; a writable start settles it
            logger.info("could not settle the registry of %s: %s", self.root, exc)

    def build(self, embedder: Embedder, progress: Progress | None = None, wait: bool = True,
              force: bool = True, append: bool = False, served: PassageIndex | None = None) -> PassageIndex:
        """Build a fresh index of the documents and make it current; then settle the registry.

        Args:
            embedder: the model.
            progress: called with (done, total) texts embedded.
            wait: wait for a build already running (else raise :class:`BuildInProgress`).
            force: build even if the current index already matches the documents.
            append: start from the current index when the documents differ from it only by
                added or removed ones (``index/retrieval/update.py``); else a full build.
            served: the current index as it is in memory (saves reading it back for ``append``).
        """
        self.ensure()
        with self.locked(wait=wait):
            current = self.current_path() if append else None
            previous = appendable(current, served, embedder.name)
            if previous is None and (again := read_again(self.docs_dir, records := self.documents(), self.seeds)) \
                    != records:
                write_registry(self.registry_path, again)  # a full build reads again the files older reportbots read
            docs = self.load_documents(indexed=previous)
            index = None if force else self._reusable(embedder, docs)
            if index is None:
                index = self.builds.build(docs, embedder, progress, current, previous, cut_by(previous))
            self._settle_locked(index)
            return index

    def _reusable(self, embedder: Embedder, docs: list[Document]) -> PassageIndex | None:
        index = self.builds.open_current(embedder)  # (an older format is built anew: this holds the lock)
        return index if index is not None and not outdated(index) and cut_otherwise(index) is None and \
            index.manifest.get("corpus_hash") == corpus_hash(docs) else None

    def _settle_locked(self, index: PassageIndex) -> None:
        records = self.documents()
        counts = Counter(p.doc_id for p in index.paragraphs)
        settled = settle(records, set(counts), counts)
        if settled == records:
            return
        try:
            write_registry(self.registry_path, settled)
        except OSError as exc:  # the index is current; the next start settles the registry
            logger.warning("could not record the index's documents in the registry: %s", exc)
            return
        for gone in {r.id for r in records} - {r.id for r in settled}:
            drop(self.docs_dir, gone)
