"""Read document files: txt and md as they are; docx, html and pdf (text layer) into Markdown that keeps
their headings, lists, tables and pages (see :mod:`reportbot.corpus.blocks`)."""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path, PurePath

from reportbot.corpus.encoding import chinese_legacy, utf16_without_bom
from reportbot.corpus.errors import UnreadableFileError, UnsupportedFileError
from reportbot.corpus.glyphs import clean_text
from reportbot.corpus.limits import check_text
from reportbot.corpus.md_write import to_markdown
from reportbot.corpus.sniff import check_kind

__all__ = ["SUPPORTED", "clean_text", "decode_text", "read_document", "read_file"]

SUPPORTED = (".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm")
MAX_FILE_BYTES = 20 * 1024 * 1024  # what Telegram lets a bot download


def read_file(path: Path) -> bytes:
    """A document file's bytes, its size checked before it is read (a file of 64 GB is refused, not loaded).

    Raises:
        UnreadableFileError: larger than ``MAX_FILE_BYTES``; a pipe, a device or a socket (reading one could wait
            for ever or never end).
        OSError: missing, a folder, unreadable.
    """
    mode = os.stat(path).st_mode
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):  # a folder: open() names it
        raise UnreadableFileError("not a regular file (a pipe, a device or a socket)")
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFileError(_too_large(size))
        return f.read(MAX_FILE_BYTES + 1)


def _too_large(size: int) -> str:
    return f"the file is {size / 1e6:.1f} MB; the limit is {MAX_FILE_BYTES // 10**6} MB"


def decode_text(data: bytes) -> str:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030/GBK or Big5, else detected.

    Raises:
        UnreadableFileError: for binary data that is no text in any of these.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if (text := utf16_without_bom(data)) is not None:
        return text
    if b"\x00" in data[:4096]:
        raise UnreadableFileError("this looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data[:exc.start].decode("utf-8")  # cut off inside its last character (a download that stopped)
    if (text := chinese_legacy(data)) is not None:  # GB18030 (a superset of GBK and GB2312) or Big5
        return text
    if (text := _mostly_utf8(data)) is not None:
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFileError("the text encoding could not be recognised")
    return str(best)


# a stray byte in UTF-8 text is a byte pasted from another encoding (a "café" in Latin-1); a UTF-8 text holds one or
# two of them, while a text in another encoding breaks UTF-8 at nearly every character beyond ASCII, which in Chinese
# is most of them: one stray byte in a hundred characters lies between the two
CHARS_PER_STRAY = 100
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")  # a lead byte and a continuation byte


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a stray byte or two of another encoding (one in ``CHARS_PER_STRAY`` characters at most), a stray
    byte shown as �. Only bytes holding some UTF-8 beyond ASCII are UTF-8 at all: an English text in Windows-1252
    whose only such bytes are a "£" and an "é" is left to detection, which reads them."""
    if not _UTF8_SEQUENCE.search(data):
        return None
    text = data.decode("utf-8", errors="replace")
    return text if text.count("\ufffd") * CHARS_PER_STRAY <= len(text) else None


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for c in text[:20000] if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd")
    return bad / min(len(text), 20000) < 0.01

def read_document(data: bytes, filename: str) -> str:
    """Turn a file's bytes into text by its extension: Markdown for docx, html and pdf.

    Args:
        data: the file's content.
        filename: its name (only the extension is used).

    Raises:
        UnsupportedFileError: an extension reportbot does not read.
        UnreadableFileError: empty, too large, corrupt, or without text.
    """
    suffix = PurePath(filename).suffix.lower()
    if suffix not in SUPPORTED:
        raise UnsupportedFileError(f"{suffix + ' is' if suffix else 'a file without an extension is'} not supported; "
                                   f"send one of: {', '.join(SUPPORTED)}")
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFileError(_too_large(len(data)))
    if not data.strip():
        raise UnreadableFileError("the file is empty")
    check_kind(data, suffix)
    if suffix in (".html", ".htm"):
        text = to_markdown(html_blocks(decode_text(data)))
    elif suffix in (".docx", ".pdf"):
        text = to_markdown((docx_blocks if suffix == ".docx" else pdf_blocks)(data))
    else:
        text = decode_text(data)
        if not _looks_like_text(text):
            raise UnreadableFileError("this does not look like a text file")
    if not text.strip():
        raise UnreadableFileError("the file holds no text")
    return check_text(text)


# Each format's reader is imported when a file of that format is read (pypdf, python-docx and BeautifulSoup with the
# loaders built on them take about 50 ms to import): asking a question reads no file.
def docx_blocks(data: bytes):
    from reportbot.corpus.docx_loader import docx_blocks as read

    return read(data)


def html_blocks(text: str):
    from reportbot.corpus.html_loader import html_blocks as read

    return read(text)


def pdf_blocks(data: bytes):
    from reportbot.corpus.pdf_loader import pdf_blocks as read

    return read(data)
