"""What ``documents/`` holds for each document, and the documents read back from it.

A document's stored text (``<id>.txt``, the text its file gave when it was read) sits beside the file it was read
from (``<id>.original.<ext>``, ``originals.py``) and the sketch the near-copy notice compares (``<id>.sketch.json``,
``resemble.py``). A build parses the stored texts, never the files: a stored text never changes, so the passages it
gives change only with the passage cutting (``cutting.py``). ``folder.py`` decides when these files are written or
dropped, under the data folder's lock.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from reportbot.corpus.document import Document
from reportbot.corpus.errors import LibraryError
from reportbot.corpus.normalize import to_simplified
from reportbot.corpus.split import parse_text
from reportbot.index.library.intake import MAX_PARAGRAPHS_PER_DOCUMENT, file_sha, new_record
from reportbot.index.library.originals import drop_original, keep_original
from reportbot.index.library.registry import DocRecord, registered_as, write_atomic
from reportbot.index.library.resemble import sketch_path
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.update import documents_of

logger = logging.getLogger(__name__)


def text_path(docs_dir: Path, doc_id: str) -> Path:
    """Where a document's stored text is."""
    return docs_dir / f"{doc_id}.txt"


def store(docs_dir: Path, parsed: tuple[Document, str], data: bytes, filename: str, added_by: str) -> DocRecord:
    """Write a parsed file's stored text and keep the file beside it; its registry record (not yet written)."""
    doc, text = parsed
    write_atomic(text_path(docs_dir, doc.doc_id), text)
    keep_original(docs_dir, doc.doc_id, data, filename)
    return new_record(doc, text, filename, added_by, file_sha(data))


def drop(docs_dir: Path, doc_id: str) -> None:
    """Delete a document's stored text, its sketch and its kept file (those that exist)."""
    for path in (text_path(docs_dir, doc_id), sketch_path(docs_dir, doc_id)):
        path.unlink(missing_ok=True)
    drop_original(docs_dir, doc_id)


def read_documents(docs_dir: Path, records: list[DocRecord], known: dict[str, Document],
                   current: Callable[[], Path | None]) -> list[Document]:
    """The documents of ``records`` parsed from their stored texts, under the ids and titles they were registered
    under.

    Args:
        known: documents taken as an index holds them, not parsed again (keyed by id; used where the source
            matches).
        current: the current index's folder, read only when a stored text is missing.
    """
    docs: list[Document] = []
    held: dict[str, Document] = {}
    for r in records:
        doc = known.get(r.id)
        if doc is None or doc.source != r.source:
            try:
                text = text_path(docs_dir, r.id).read_text(encoding="utf-8")
            except FileNotFoundError:  # deleted by hand: the index in use still holds its passages
                doc = _held(docs_dir, r, held, current)
            else:
                doc = parse_text(text, r.source, max_paragraphs=MAX_PARAGRAPHS_PER_DOCUMENT)
        # the id and title are the ones the document was registered under, whatever re-parsing gives
        title = to_simplified(r.title)
        docs.append(doc if (doc.doc_id, doc.title) == (r.id, title) else registered_as(doc, r.id, title))
    return docs


def _held(docs_dir: Path, r: DocRecord, held: dict[str, Document], current: Callable[[], Path | None]) -> Document:
    """A document whose stored text is gone, as the current index holds it (``held``: read once a call): each
    build takes it from the index in use, as the append path does, until it is removed or its file added again
    (the passages do not give back the file's text as read)."""
    if not held and (path := current()) is not None:
        held.update(documents_of(PassageIndex.load(path)))
    if r.id not in held:
        raise LibraryError(f"the text of {r.id} ({r.source}) is missing from {docs_dir} and no index holds "
                           f"it; add its file again, or remove it: reportbot docs remove {r.id}")
    logger.warning("the text of %s is missing from %s: its passages are taken from the index", r.id, docs_dir)
    return held[r.id]
