"""Limits on what one file may expand to, checked while it is read.

A 2.9 MB docx can hold an XML part that inflates to a gigabyte; a PDF can have
tens of thousands of pages; an html file can be 20 MB of markup. Each check
stops reading as soon as a limit is passed and refuses the file with a message
that names the limit, so one upload cannot take the memory other users' answers need.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportbot.corpus.errors import DocumentTooLargeError


@dataclass(frozen=True)
class Limits:
    """How large a file may become once read; set well above any real report, far below a bomb."""

    inflated_bytes: int = 100 * 2**20   # a docx's parts together, decompressed (5x Telegram's 20 MB download)
    pdf_pages: int = 2000               # a 2,000-page PDF still loads (as in the fault trial)
    text_chars: int = 5_000_000         # text taken from one file: 5,000 paragraphs (the parse limit) of 1,000
    markup_chars: int = 20_000_000      # html characters parsed: 20 MB of ASCII markup
    # html elements parsed: 40 a paragraph at the paragraph limit; the parser takes some 20 us each (a page of
    # millions of empty elements, a few megabytes, held a build for minutes)
    markup_tags: int = 200_000


LIMITS = Limits()
_TAG = re.compile(r"<[A-Za-z]")  # an element's start tag


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


def check_zip(data: bytes, limits: Limits = LIMITS) -> None:
    """Refuse a zip container (docx) whose parts inflate past the limit.

    The sizes the archive declares are checked first; then every part is inflated in
    chunks and counted, so an archive that under-declares is stopped at the limit too.
    A file that is no zip at all passes here and is reported by its loader.

    Raises:
        DocumentTooLargeError: the parts inflate past ``limits.inflated_bytes``.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return
    limit = limits.inflated_bytes
    declared = sum(info.file_size for info in archive.infolist())
    if declared > limit:
        raise DocumentTooLargeError(f"it would inflate to {_mb(declared)} (a zip bomb?); the limit is {_mb(limit)}")
    inflated = 0
    for info in archive.infolist():
        try:
            with archive.open(info) as part:
                while chunk := part.read(2**20):
                    inflated += len(chunk)
                    if inflated > limit:
                        raise DocumentTooLargeError(f"it inflates to more than {_mb(limit)} (a zip bomb?)")
        except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError):
            return  # damaged: the loader reports it as unreadable


def extract_pages(pages: Sequence, limits: Limits = LIMITS,
                  visitors: Callable[[int], dict[str, Callable]] | None = None) -> list[str]:
    """The text of a PDF's pages, stopping at the page or character limit. ``visitors(n)``, if given, are the
    visitors pypdf calls as it reads page ``n`` (``visitor_text`` with each piece of text and where it is drawn,
    ``visitor_operand_before`` with each operator; ``pdf_page_tables``), by keyword.

    Raises:
        DocumentTooLargeError: too many pages, or too much text.
    """
    if len(pages) > limits.pdf_pages:
        raise DocumentTooLargeError(f"the PDF has {len(pages):,} pages; the limit is {limits.pdf_pages:,}")
    texts, chars = [], 0
    for n, page in enumerate(pages):
        text = (page.extract_text(**visitors(n)) if visitors else page.extract_text()) or ""
        chars += len(text)
        if chars > limits.text_chars:
            raise DocumentTooLargeError(f"the PDF holds more than {limits.text_chars:,} characters of text")
        texts.append(text)
    return texts


def check_markup(text: str, limits: Limits = LIMITS) -> str:
    """``text`` itself, if it is short enough to parse as html.

    Raises:
        DocumentTooLargeError: more than ``limits.markup_chars`` characters or ``limits.markup_tags`` elements.
    """
    if len(text) > limits.markup_chars:
        raise DocumentTooLargeError(f"the page has {len(text):,} characters; the limit is {limits.markup_chars:,}")
    tags = sum(1 for _ in _TAG.finditer(text))
    if tags > limits.markup_tags:
        raise DocumentTooLargeError(f"the page has {tags:,} html elements; the limit is {limits.markup_tags:,}")
    return text


def check_text(text: str, limits: Limits = LIMITS) -> str:
    """``text`` itself, if a document may hold that much (a longer one has more paragraphs than a document may: it
    is refused here in a second rather than after a minute of parsing).

    Raises:
        DocumentTooLargeError: more than ``limits.text_chars`` characters.
    """
    if len(text) > limits.text_chars:
        raise DocumentTooLargeError(f"it holds {len(text):,} characters of text; the limit is {limits.text_chars:,}; "
                                    "split it into smaller files")
    return text
