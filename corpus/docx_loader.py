"""A .docx file as blocks: headings by style, paragraphs, list items and tables, in document order."""
from __future__ import annotations

import io
import re
import zipfile

from reportbot.corpus.blocks import Block, bylined
from reportbot.corpus.docx_numbering import DocxNumbering
from reportbot.corpus.errors import UnreadableFileError
from reportbot.corpus.glyphs import clean_text
from reportbot.corpus.limits import check_zip
from reportbot.corpus.list_numbers import item_text
from reportbot.corpus.pdf_lines import BULLET
from reportbot.corpus.sniff import docx_fault


def docx_blocks(data: bytes) -> list[Block]:
    """Paragraphs, headings (by style: Title, Heading N), list items and tables, in document order."""
    import docx
    from docx.table import Table
    from lxml.etree import LxmlError

    check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[Block] = []
        numbering = DocxNumbering.of(document)
        for part in document.iter_inner_content():
            if isinstance(part, Table):
                blocks.append(Block("table", rows=tuple(_docx_row(row) for row in part.rows)))
            elif part.text.strip():
                blocks.append(_docx_paragraph(part, numbering))
        title = clean_text(document.core_properties.title or "").strip()
    # what python-docx raises on bytes that are no Word document: a missing or misplaced part (KeyError,
    # AttributeError), XML that does not parse or amplifies its entities (LxmlError), another zip (ValueError)
    except (zipfile.BadZipFile, KeyError, ValueError, AttributeError, LxmlError) as exc:
        raise UnreadableFileError(f"not a readable .docx file ({docx_fault(exc, data)})") from exc
    if title and not (blocks and blocks[0].kind == "heading" and blocks[0].level == 1):
        blocks.insert(0, Block("heading", title, 1))
    return bylined(blocks)


def _docx_paragraph(part, numbering: DocxNumbering) -> Block:
    """A paragraph as a heading, a list item (with the number Word shows before it, at its level) or text."""
    text = clean_text(part.text)
    style = (part.style.name if part.style is not None else "") or ""
    level = re.match(r"Heading (\d)", style)
    if style == "Title":
        return Block("heading", text, 1)
    if level:
        return Block("heading", text, int(level.group(1)) + 1)
    numbered = numbering.label(part)
    if numbered is not None:
        label, depth = numbered
        return Block("item", item_text(label, BULLET.sub("", text)), depth)
    if style.startswith("List") or BULLET.match(text):
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
