"""Read document files: txt and md as they are; docx, html and pdf (text layer) into Markdown that keeps
their headings, lists, tables and pages (see :mod:`reportbot.corpus.blocks`)."""
from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from pathlib import Path, PurePath

from reportbot.corpus.blocks import PLACEHOLDER_TITLE, Block, to_markdown
from reportbot.corpus.encoding import chinese_legacy, utf16_without_bom
from reportbot.corpus.errors import DocumentTooLargeError, UnreadableFileError, UnsupportedFileError
from reportbot.corpus.limits import check_markup, check_text, check_zip, extract_pages
from reportbot.corpus.pdf_furniture import running_shapes, without_furniture
from reportbot.corpus.pdf_grid import PageGrids
from reportbot.corpus.pdf_lines import BULLET, join_wrapped_lines, joiner
from reportbot.corpus.pdf_pages import join_across_pages, runs_on, wrapped_heading
from reportbot.corpus.pdf_tables import last_header, segments
from reportbot.corpus.sniff import check_kind, docx_fault, pdf_fault

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

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff]")


_GLYPHBULLET = re.compile(r"(?m)^(\s*)[\x7f-\x9f\ue000-\uf8ff](?=\s)")


def clean_text(text: str) -> str:
    """Text with control characters and private-use glyphs removed; one that starts a line is a bullet."""
    return _CONTROL.sub("", _GLYPHBULLET.sub("\\1\u2022", text))


def _docx_blocks(data: bytes) -> list[Block]:
    """Paragraphs, headings (by style: Title, Heading N), list items and tables, in document order."""
    import docx
    from docx.table import Table
    from lxml.etree import LxmlError

    check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[Block] = []
        for part in document.iter_inner_content():
            if isinstance(part, Table):
                blocks.append(Block("table", rows=tuple(_docx_row(row) for row in part.rows)))
            elif part.text.strip():
                blocks.append(_docx_paragraph(part))
        title = clean_text(document.core_properties.title or "").strip()
    # what python-docx raises on bytes that are no Word document: a missing or misplaced part (KeyError,
    # AttributeError), XML that does not parse or amplifies its entities (LxmlError), another zip (ValueError)
    except (zipfile.BadZipFile, KeyError, ValueError, AttributeError, LxmlError) as exc:
        raise UnreadableFileError(f"not a readable .docx file ({docx_fault(exc, data)})") from exc
    if title and not (blocks and blocks[0].kind == "heading" and blocks[0].level == 1):
        blocks.insert(0, Block("heading", title, 1))
    return blocks


def _docx_paragraph(part) -> Block:
    text = clean_text(part.text)
    style = (part.style.name if part.style is not None else "") or ""
    level = re.match(r"Heading (\d)", style)
    if style == "Title":
        return Block("heading", text, 1)
    if level:
        return Block("heading", text, int(level.group(1)) + 1)
    numbered = part._p.pPr is not None and part._p.pPr.numPr is not None
    if style.startswith("List") or numbered or BULLET.match(text):
        return Block("item", BULLET.sub("", text))
    return Block("text", text)


def _docx_row(row) -> tuple[str, ...]:
    """A row's cell texts; a merged cell (python-docx repeats it) counts once."""
    cells, last = [], None
    for cell in row.cells:
        if cell._tc is not last:
            cells.append(clean_text(cell.text).strip())
        last = cell._tc
    return tuple(cells)


def _pdf_blocks(data: bytes) -> list[Block]:
    """Pages of text: page breaks, the document's title, headings, list items and paragraphs."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        grids = PageGrids(clean_text)
        pages = [clean_text(text) for text in extract_pages(reader.pages, visitors=grids.visitor)]
        page_grids = grids.done()
        title = clean_text(str((reader.metadata or {}).get("/Title") or "")).strip()
    except FileNotDecryptedError as exc:
        raise UnreadableFileError("the PDF is protected by a password; send it without one") from exc
    except DependencyError as exc:  # AES, and pypdf's crypto extra is not installed
        raise UnreadableFileError("the PDF is encrypted and this install cannot decrypt it") from exc
    except LimitReachedError as exc:  # pypdf stops a stream inflating past its limit (75 MB in pypdf 7)
        raise DocumentTooLargeError("a part of the PDF inflates past the limit (a zip bomb?)") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableFileError(f"not a readable PDF: {pdf_fault(data)}") from exc
    if not "".join(pages).strip():
        raise UnreadableFileError("this PDF has no text layer (a scan?); send a PDF with text, or the text itself")
    blocks: list[Block] = [Block("page", level=1)]  # stored text starts with a page mark: it is Markdown
    if title and not PLACEHOLDER_TITLE.fullmatch(title):
        blocks.append(Block("heading", title, 1))
    page_lines = [[x for x in page.splitlines() if x.strip()] for page in pages]
    running = running_shapes(page_lines)
    carried = None  # the header of a table that ends a page, for its rows on the next
    running_on: set[int] = set()  # pages whose last sentence goes on on the next (pdf_pages.py)
    for n, lines in enumerate(page_lines, start=1):
        if n > 1:
            blocks.append(Block("page", level=n))
        lines = without_furniture(lines, n, running)
        parts = segments(lines, carried, page_grids[n - 1])
        carried = last_header(parts)
        if parts and not parts[-1].rows and runs_on([x for p in parts if not p.rows for x in p.lines]):
            running_on.add(n)
        for part in parts:
            if part.rows:
                blocks.append(Block("table", rows=part.rows))
                continue
            _prose_blocks(blocks, part.lines)
    return join_across_pages(blocks, running_on)


def _prose_blocks(blocks: list[Block], lines: tuple[str, ...]) -> None:
    """Append the blocks of a page's run of prose lines: list items, headings and paragraphs."""
    from reportbot.corpus.pdf_lists import numbered_items
    from reportbot.corpus.sentences import is_heading

    width, start = max((len(x.strip()) for x in lines), default=0), len(blocks)
    for para in numbered_items(join_wrapped_lines("\n".join(lines)).split("\n\n")):
        if isinstance(para, Block):
            blocks.append(para)  # a hanging-number list item put back together (pdf_lists.py)
        elif BULLET.match(para):
            blocks.append(Block("item", BULLET.sub("", para)))
        elif len(blocks) > start and blocks[-1].kind == "heading" and wrapped_heading(blocks[-1].text, para, width):
            blocks[-1] = Block("heading", f"{blocks[-1].text}{joiner(blocks[-1].text, para)}{para}",
                               blocks[-1].level)  # a title wrapped in its large font (pdf_pages.py)
        elif is_heading(para):
            blocks.append(Block("heading", para, 1 if len(blocks) == 1 else 2))
        elif para.strip():
            blocks.append(Block("text", para))


_CONTAINED = frozenset(("p", "li", "table"))
_HTML_SKIP = ["script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe", "svg"]


def _html_blocks(data: bytes) -> list[Block]:
    """Headings h1–h6, paragraphs, list items and tables (each row with its header), in order."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(check_markup(decode_text(data)), "html.parser")
    page_title = clean_text(soup.title.get_text(" ", strip=True)) if soup.title else ""
    for tag in soup(_HTML_SKIP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks: list[Block] = []
    for el in root.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "table", "dt", "dd"]):
        # inside a table, or a container whose children are taken on their own (walked by hand: bs4's find and
        # find_parent build a filter per call, 30 times the walk's cost on a page of 100,000 elements)
        if any(a.name == "table" for a in el.parents) or (el.name != "table" and any(
                getattr(d, "name", None) in _CONTAINED for d in el.descendants)):
            continue
        if el.name == "table":
            rows = [tuple(clean_text(c.get_text(" ", strip=True)) for c in tr.find_all(["th", "td"]))
                    for tr in el.find_all("tr")]
            blocks.append(Block("table", rows=tuple(r for r in rows if any(r))))
            continue
        text = clean_text(el.get_text(" ", strip=True))
        if not text:
            continue
        if el.name[0] == "h" and el.name[1:].isdigit():
            blocks.append(Block("heading", text, int(el.name[1])))
        else:
            blocks.append(Block("item" if el.name in ("li", "dd") else "text", text))
    if not blocks:
        blocks = [Block("text", x) for x in root.get_text("\n", strip=True).split("\n")]
    if page_title and not any(b.kind == "heading" and b.level == 1 for b in blocks):
        blocks.insert(0, Block("heading", page_title, 1))
    return blocks


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
    readers = {".docx": _docx_blocks, ".pdf": _pdf_blocks, ".html": _html_blocks, ".htm": _html_blocks}
    if suffix in readers:
        text = to_markdown(readers[suffix](data))
    else:
        text = decode_text(data)
        if not _looks_like_text(text):
            raise UnreadableFileError("this does not look like a text file")
    if not text.strip():
        raise UnreadableFileError("the file holds no text")
    return check_text(text)
