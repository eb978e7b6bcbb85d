"""What a file becomes before it joins the library: its text parsed into a document, its record, and whether
the library already holds it."""
from __future__ import annotations

import hashlib
import time
from pathlib import Path

from reportbot.corpus.document import Document
from reportbot.corpus.errors import DocumentTooLargeError
from reportbot.corpus.loaders import read_document
from reportbot.corpus.normalize import one_line
from reportbot.corpus.split import parse_text
from reportbot.index.library.cutting import current
from reportbot.index.library.registry import DocRecord, safe_name
from reportbot.index.library.script import learn

MAX_PARAGRAPHS_PER_DOCUMENT = 5000


def parse_file(data: bytes, filename: str, source: str | None = None) -> tuple[Document, str]:
    """The document a file holds and its extracted text (``source``: the name it is listed under, else the file's).

    Raises:
        DocumentError: the file is refused (empty, unreadable, too long).
    """
    text = read_document(data, filename)
    try:  # a refusal says what is wrong with the file, not its name: whoever asked names it once (CLI, bot)
        return parse_text(text, source or safe_name(filename), max_paragraphs=MAX_PARAGRAPHS_PER_DOCUMENT), text
    except ValueError as exc:
        raise DocumentTooLargeError(f"too long: {exc}; split it into smaller files") from exc


def new_record(doc: Document, text: str, filename: str, added_by: str, file_sha: str = "") -> DocRecord:
    """The registry's record of a document being added, read by this reportbot's loaders (``cutting``); a
    traditional-script title is listed as written (the index keeps it simplified, as all its text)."""
    return DocRecord(doc.doc_id, listed_title(doc, text), safe_name(filename), len(doc.paragraphs),
                     time.strftime("%Y-%m-%d %H:%M:%S"), added_by, "adding", file_sha, current())


def listed_title(doc: Document, text: str) -> str:
    """The title the registry lists for ``doc`` read from ``text``: as written (traditional script too), one line
    (no direction controls or line breaks: normalize.one_line)."""
    script = learn(text)
    return one_line(script.restore(doc.title) if script else doc.title)


def file_sha(data: bytes) -> str:
    """The hash a record keeps of its file's bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def read_anew(records: list[DocRecord], new: DocRecord) -> DocRecord | None:
    """The indexed record of this very file that an older reportbot read into another text: sent again, the file
    replaces it, read as this version reads it, instead of standing beside it as a second copy. The same bytes
    say so; a record kept before the bytes' hash was (no ``file_sha``) is this file when its name and its title
    are this file's."""
    for r in records:
        if r.state != "indexed":
            continue
        if (new.file_sha and r.file_sha == new.file_sha) or (not r.file_sha and r.source == new.source
                                                             and r.title == new.title):
            return r
    return None


def same_file(docs_dir: Path, r: DocRecord, filename: str, text: str) -> bool:
    """Whether ``r`` is this file added before (its name and its text), though a newer reportbot parses that
    text into other passages, and so another id."""
    if r.source != safe_name(filename):
        return False
    try:
        return (docs_dir / f"{r.id}.txt").read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False
