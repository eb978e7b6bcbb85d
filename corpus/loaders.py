"""Read document files into plain text: txt, md, docx, pdf (text layer) and html."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from reportbot.corpus.encoding import utf16_without_bom
from reportbot.corpus.errors import UnreadableFileError, UnsupportedFileError
from reportbot.corpus.limits import check_markup, check_zip, extract_pages

SUPPORTED = (".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm")
MAX_FILE_BYTES = 20 * 1024 * 1024  # what Telegram lets a bot download


def decode_text(data: bytes) -> str:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030/GBK, else detected.

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
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")  # a superset of GBK and GB2312
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFileError("the text encoding could not be recognised")
    return str(best)


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for c in text[:20000] if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd")
    return bad / min(len(text), 20000) < 0.01


def _markdown_to_text(text: str) -> str:
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.M)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s*[-*+]\s+", "", text, flags=re.M)
    return re.sub(r"[*_`]{1,3}", "", text)


def _docx_to_text(data: bytes) -> str:
    import docx

    check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableFileError(f"not a readable .docx file ({exc.__class__.__name__})") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" ".join(c.text for c in row.cells))
    return "\n\n".join(x for x in lines if x.strip())


def _pdf_to_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = extract_pages(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableFileError(f"not a readable PDF ({exc.__class__.__name__})") from exc
    if not "".join(pages).strip():
        raise UnreadableFileError("this PDF has no text layer (a scan?); send a PDF with text, or the text itself")
    return "\n\n".join(join_wrapped_lines(p) for p in pages if p.strip())


_SENTENCE_END = tuple("。！？!?…：:”」』）)")


def join_wrapped_lines(page: str) -> str:
    """Undo a PDF's hard line breaks: join a line that stops mid-sentence at full width to the next.

    A line well short of the page's widest line that does not end a sentence is a
    heading and stays on its own; a line that starts with closing punctuation
    (a closing quote landing at the start of a line) always joins the previous one.
    """
    lines = [x.strip() for x in page.splitlines() if x.strip()]
    if not lines:
        return ""
    width = max(len(x) for x in lines)
    paragraphs: list[str] = []
    open_line = False  # the last paragraph stopped mid-sentence at full width
    for line in lines:
        if paragraphs and (open_line or line[0] in "”’」』），。、；：,.;:"):
            joiner = " " if paragraphs[-1][-1:].isascii() and line[0].isascii() else ""
            paragraphs[-1] += joiner + line
        else:
            paragraphs.append(line)
        open_line = not line.endswith(_SENTENCE_END) and len(line) >= 0.75 * width
    return "\n\n".join(paragraphs)


def _html_to_text(data: bytes) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(check_markup(decode_text(data)), "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe", "svg"]):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = []
    for el in root.find_all(["h1", "h2", "h3", "h4", "p", "li", "blockquote", "pre", "td"]):
        if el.find(["p", "li"]):  # a container: its children are taken on their own
            continue
        text = el.get_text(" ", strip=True)
        if text:
            blocks.append(text)
    if not blocks:
        blocks = [root.get_text("\n", strip=True)]
    return "\n\n".join(blocks)


def read_document(data: bytes, filename: str) -> str:
    """Turn a file's bytes into plain text by its extension.

    Args:
        data: the file's content.
        filename: its name (only the extension is used).

    Raises:
        UnsupportedFileError: an extension reportbot does not read.
        UnreadableFileError: empty, too large, corrupt, or without text.
    """
    suffix = PurePath(filename).suffix.lower()
    if suffix not in SUPPORTED:
        raise UnsupportedFileError(f"{suffix or 'files without an extension'} is not supported; "
                                   f"send one of: {', '.join(SUPPORTED)}")
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFileError(f"the file is {len(data) / 1e6:.1f} MB; the limit is {MAX_FILE_BYTES // 10**6} MB")
    if not data.strip():
        raise UnreadableFileError("the file is empty")
    if suffix == ".docx":
        text = _docx_to_text(data)
    elif suffix == ".pdf":
        text = _pdf_to_text(data)
    elif suffix in (".html", ".htm"):
        text = _html_to_text(data)
    else:
        text = decode_text(data)
        if not _looks_like_text(text):
            raise UnreadableFileError("this does not look like a text file")
        if suffix in (".md", ".markdown"):
            text = _markdown_to_text(text)
    if not text.strip():
        raise UnreadableFileError("the file holds no text")
    return text
