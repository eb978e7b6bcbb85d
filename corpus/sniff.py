"""What a file's first bytes say it is, whatever its name says.

A PDF saved as ``.txt`` (or a Word file as ``.html``) decodes as text of sorts: mostly ASCII, few control
characters, so it passed as a text file and the library answered from its object streams (a document titled
``%PDF-1.3``). Such a file is refused with the kind it is, so the sender can send it under its own name.
"""
from __future__ import annotations

import io
import zipfile

from reportbot.corpus.errors import UnreadableFileError

# first bytes -> what the file is, as a sender knows it
_MAGIC = (
    (b"%PDF-", "a PDF", ".pdf"),
    (b"PK\x03\x04", "a zip archive (a Word, Excel or PowerPoint file is one)", ".docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc, .xls) or a password-protected one", ".docx"),
    (b"{\\rtf", "a rich-text (RTF) file", ".docx"),
)
_READ_AS_TEXT = (".txt", ".md", ".markdown", ".html", ".htm")


def check_kind(data: bytes, suffix: str) -> None:
    """Refuse a file read as text (``suffix``) whose first bytes are another kind's.

    Raises:
        UnreadableFileError: naming the kind the bytes are, and the name to send them under.
    """
    if suffix not in _READ_AS_TEXT:
        return
    head = data.lstrip()[:8]
    for magic, kind, send_as in _MAGIC:
        if head.startswith(magic):
            raise UnreadableFileError(f"this {suffix} file is {kind}, not text; save it as {send_as} and send that")


def office_container(data: bytes) -> str | None:
    """Why bytes named .docx in an old Office container (no zip) are no Word file to read: a Word file saved
    with a password (its zip encrypted inside the container) or a Word 97-2003 file; None for other bytes."""
    if not data.startswith(_MAGIC[2][0]):
        return None
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "the Word file is protected by a password; save it without one and send that"
    return "it is an old Word 97-2003 file (.doc) named .docx; save it as .docx and send that"


def docx_fault(exc: Exception, data: bytes) -> str:
    """Why bytes named .docx are no Word file, in words where it is plain: no zip at all, a zip of other files."""
    if isinstance(exc, zipfile.BadZipFile):
        return office_container(data) or "it is no zip archive, as every Word file is"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if "word/document.xml" not in archive.namelist():
            return "a zip archive with no Word document in it"
    return f"a Word file with parts missing or damaged: {exc.__class__.__name__}"  # the name for whoever debugs


def pdf_fault(data: bytes) -> str:
    """Why bytes named .pdf are no PDF to read, in words: another kind's file (an html page, a Word file) named .pdf,
    or a PDF damaged or cut off (a download that stopped)."""
    head = data.lstrip()[:8]
    for magic, kind, send_as in _MAGIC[1:]:
        if head.startswith(magic):
            return f"it is {kind}, not a PDF; save it as {send_as} and send that"
    if b"%PDF-" not in data[:1024]:
        return "it is no PDF (every PDF starts with %PDF-); send the file under the name of its kind"
    return "the PDF is damaged or cut off; save or export it again and send that"
