"""A .docx file as blocks: headings by style, paragraphs, list items and tables, in document order."""
from __future__ import annotations

import io
import re
import zipfile

from reportbot.corpus.blocks import LINE_BREAK, Block
from reportbot.corpus.byline import bylined
from reportbot.corpus.contents import names_contents
from reportbot.corpus.docx_boxes import lift_text_boxes
from reportbot.corpus.docx_controls import open_controls
from reportbot.corpus.docx_fields import ContentsField
from reportbot.corpus.docx_header import footer_lines, footer_texts, header_texts, header_title, issue_lines
from reportbot.corpus.docx_held import held_tables, noted
from reportbot.corpus.docx_layout import after_layout, label_level, label_rows
from reportbot.corpus.docx_notes import notes_after_marks, raised_text
from reportbot.corpus.docx_numbering import DocxNumbering
from reportbot.corpus.docx_questions import questions_over_answers
from reportbot.corpus.docx_revisions import accept_changes
from reportbot.corpus.errors import UnreadableFileError
from reportbot.corpus.form_foot import form_foot
from reportbot.corpus.glyphs import clean_text
from reportbot.corpus.limits import check_zip
from reportbot.corpus.list_numbers import item_text
from reportbot.corpus.numeric_dates import YEAR  # (a column named for its year: 2024年完成)
from reportbot.corpus.outline import outline_level, outlined
from reportbot.corpus.pdf_lines import BULLET
from reportbot.corpus.sentences import ENUMERATED, SECTION, hand_level, is_heading
from reportbot.corpus.sniff import docx_fault
from reportbot.corpus.soft_breaks import soft_joined
from reportbot.corpus.table_header import grid_rows, read_grid

# a line set large and centred that is no title: a document number (宁红字〔2025〕5号) or a mark of one word
# (CONFIDENTIAL, 内部资料)
_MARK = re.compile(r".{0,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号|[A-Z][A-Z-]+|[\u4e00-\u9fff]{1,4}")


def docx_blocks(data: bytes) -> list[Block]:
    """Paragraphs, headings (by style: Title, Heading N), list items and tables, in document order."""
    import docx
    from docx.table import Table
    from lxml.etree import LxmlError

    check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
        accept_changes(document.element.body)  # (tracked changes: the text as it reads once they are accepted)
        open_controls(document.element.body)  # (content controls: their text read in its place, .docx_controls)
        lift_text_boxes(document.element.body)  # (a title set in a text box: read where it stands, .docx_boxes)
        blocks: list[Block] = []
        numbering = DocxNumbering.of(document)
        first = None  # the paragraph of the first block
        contents = ContentsField()  # (the table of contents Word wrote: no text of the document's)
        laid: set[int] = set()  # (the headings a layout table's labels make: no heading style's)
        closed: list[int] = []  # (the last block of each layout table of labelled sections)
        for part in document.iter_inner_content():
            if isinstance(part, Table):
                blocks.extend(read := _table_blocks(part, numbering))
                laid.update(id(b) for b in read if b.kind == "heading")
                closed += [id(read[-1])] if read and read[0].kind == "heading" and id(read[0]) in laid else []
            elif (own := contents.own_text(part)) is None:
                if blocks and blocks[-1].kind in ("text", "heading") and names_contents(blocks[-1].text):
                    blocks.pop()  # (the line naming the contents over its entries goes with them: Contents, 目录)
                continue
            elif own:  # (the text after the contents field's end mark, in the paragraph it closes in)
                blocks.append(Block("text", clean_text(own).strip()))
            elif (block := _docx_paragraph(part, numbering)) is not None:
                first = part if not blocks else first
                blocks.append(block)
        title = clean_text(document.core_properties.title or "").strip()
        heads, body = header_texts(document), {" ".join(b.text.split()) for b in blocks if b.text}
        headed = None  # (a title only the page header prints, over a body opening under it: .docx_header)
        if not title and not any(b.kind == "heading" and b.level == 1 for b in blocks):
            headed = header_title(heads, blocks[0].text if blocks and blocks[0].kind == "text" else None)
        issue = issue_lines(heads, body | {title, headed or ""})
        feet = footer_lines(footer_texts(document), body | {title})
        if headed and any(b.kind == "heading" for b in blocks):
            title = headed
        elif headed:  # (a body of plain paragraphs: its headings are read by their look, the title its first line)
            blocks.insert(0, Block("text", headed))
        if not any(b.kind == "heading" and id(b) not in laid for b in blocks):
            blocks = _formatted_headings(document, blocks)
        elif not title and first is not None and not any(b.kind == "heading" and b.level == 1 for b in blocks):
            blocks = _bold_title(first, blocks)
        blocks = after_layout(blocks, closed)  # (a caption after a layout table heads its table: .docx_layout)
    # what python-docx raises on bytes that are no Word document: a missing or misplaced part (KeyError,
    # AttributeError), XML that does not parse or amplifies its entities (LxmlError), another zip (ValueError)
    except (zipfile.BadZipFile, KeyError, ValueError, AttributeError, LxmlError) as exc:
        raise UnreadableFileError(f"not a readable .docx file ({docx_fault(exc, data)})") from exc
    if title and not (blocks and blocks[0].kind == "heading" and blocks[0].level == 1):
        blocks.insert(0, Block("heading", title, 1))
    # (the issue the page header names: a line under the title, in the first passage; a title line set plain too)
    at = 1 if blocks and (blocks[0].kind == "heading" and blocks[0].level == 1
                          or blocks[0].kind == "text" and is_heading(blocks[0].text)) else 0
    blocks[at:at] = [Block("text", x) for x in issue]
    # (a form's signature and note: .form_foot; the page footer's issuing line: the closing, read after its text)
    blocks = notes_after_marks(blocks)  # (a note typed at the end, under the paragraph marking it: .docx_notes)
    # (a FAQ's numbered questions head their answers: .docx_questions)
    blocks = questions_over_answers(notes_part(blocks))
    return form_foot(bylined(blocks, subtitles=False)) + [Block("closing", x) for x in feet]


# a notes part's title on a line of its own (注释, 注解, 附注, 注, Notes, Endnotes), and a note's mark opening the
# line under it (① …, [1] …, 1) …, 注1：…)
_NOTES_TITLE = re.compile(r"(?i)\s*(?:注释|注解|附注|註釋|註解|附註|注|註|notes?|endnotes|footnotes)\s*[：:]?\s*")
_NOTE_MARK = re.compile(r"\s*(?:[\u2460-\u2473\u2776-\u277f]|[\[［(（]\d{1,2}[\]］)）]|\d{1,2}[)）]"
                        r"|[注註]\s*\d{1,2}\s*[：:])")


def notes_part(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a notes part's title set as a plain paragraph (注释, over ① … ② …) made a heading at the level
    of the document's top sections: its notes stand as their own part, not under the document's last section (第二节
    下一步打算 had held the notes on its 注释 as its own text)."""
    tops = [b.level for b in blocks if b.kind == "heading" and b.level > 1]
    out = list(blocks)
    for i, b in enumerate(blocks[:-1]):
        after = blocks[i + 1]
        if b.kind == "text" and _NOTES_TITLE.fullmatch(b.text) and after.kind in ("text", "item") \
                and _NOTE_MARK.match(after.text) and tops:
            out[i] = Block("heading", b.text.strip(), min(tops))
    return out


def _docx_paragraph(part, numbering: DocxNumbering) -> Block | None:
    """A paragraph as a heading, a list item (with the number Word shows before it, at its level) or text; None for
    an empty one. Every paragraph is counted in its list, as Word counts it: an empty numbered paragraph too, and a
    heading whose style is numbered shows its number ("1. Scope")."""
    numbered = numbering.label(part)
    text = clean_text(raised_text(part) or part.text)  # (a note's mark set raised: .docx_notes)
    text = soft_joined(text, LINE_BREAK)  # (Shift+Enter: a line, or a list's items set as lines: .soft_breaks)
    if not text.strip():
        return None
    style = (part.style.name if part.style is not None else "") or ""
    level = re.match(r"Heading (\d)", style)
    if style == "Title" or level:
        return Block("heading", item_text(numbered[0] if numbered else None, text),
                     int(level.group(1)) + 1 if level else 1)
    if numbered is not None:
        label, depth = numbered
        return Block("item", item_text(label, BULLET.sub("", text)), depth)
    if style.startswith("List") or BULLET.match(text):
        return Block("item", BULLET.sub("", text))
    return Block("text", text)


def _table_blocks(table, numbering: DocxNumbering) -> list[Block]:
    """A table's block; a layout table, one that holds a table in a cell (:func:`_layout`), as its cells' contents
    in order, each cell once: its paragraphs as paragraphs, a table inside as a table (read so in turn). python-docx
    gives a cell's text without the tables inside it, so the table a layout cell held (a list of teams, their dates
    and sizes) was lost, and the layout table's cells read as a header over no rows. A data table holding a table in
    a cell stays a table under its header, the tables inside read after it."""
    from docx.table import Table

    inner = [t for cell in _cells(table.rows) for t in cell.tables]
    # (each cell's paragraphs as lines, read without counting them in their lists: Word counts each once)
    if not inner and label_rows([["\n".join(clean_text(p.text) for p in c.paragraphs) for c in _cells([row])]
                                 for row in table.rows]):
        return _labelled(table, numbering)  # (each row a section's label beside its text: .docx_layout)
    if not inner:
        return [Block("table", rows=_docx_rows(table, numbering))]
    if not _layout(table):
        return [Block("table", rows=_docx_rows(table, numbering))] + \
            [b for t, lead, after in held_tables(table.rows, _cells)
             for b in [*lead, *noted(_table_blocks(t, numbering), after)]]
    out: list[Block] = []
    for cell in _cells(table.rows):
        for part in cell.iter_inner_content():
            if isinstance(part, Table):
                out.extend(_table_blocks(part, numbering))
            elif (block := _docx_paragraph(part, numbering)) is not None:
                out.append(block)
    return out


def _labelled(table, numbering: DocxNumbering) -> list[Block]:
    """A layout table's rows, each a section's label beside its text, as a heading over the text's paragraphs."""
    out: list[Block] = []
    for row in table.rows:
        label, text = _cells([row])
        out.append(Block("heading", clean_text(label.text).strip(), label_level(clean_text(label.text))))
        out.extend(b for p in text.paragraphs if (b := _docx_paragraph(p, numbering)) is not None)
    return out


def _cells(rows) -> list:
    """The cells of a table's ``rows`` in reading order, a merged cell once (python-docx repeats it in each place it
    spans)."""
    seen: set = set()
    out = []
    for row in rows:
        for cell in row.cells:
            if cell._tc not in seen:
                seen.add(cell._tc)
                out.append(cell)
    return out


_HEADER_CELL = 20  # a column's name is short (队名, 成立时间, Date of visit)


def _layout(table) -> bool:
    """Whether a table holding a table in a cell lays a page out rather than holding data: it has one row or one
    column, or its first row is no header (a header's cells each name a column: short, distinct, no figure but a
    year, no table inside: a column named 2024年完成 had made a data table a layout, each cell a paragraph)."""
    rows = table.rows
    first = [] if len(rows) < 2 else _cells(rows[:1])
    if len(first) < 2:
        return True
    texts = [clean_text(c.text).strip() for c in first]
    named = all(t and len(t) <= _HEADER_CELL and not re.search(r"\d", YEAR.sub("", t)) for t in texts)
    return not (named and len(set(texts)) == len(texts) and not any(c.tables for c in first))


def _docx_rows(table, numbering: DocxNumbering) -> tuple[tuple[str, ...], ...]:
    """A table's rows of cell texts; a merged cell (python-docx repeats it, across a row and down a column) is read
    once: the numbered paragraphs in it are counted in their lists once. Down a column it is read in each row it
    spans; across a row, in its first column, the columns it also spans empty (a 合计 spanning 序号 and 地区 left the
    row's figures under the headers to their left). A header over several rows, grouping columns under a merged
    cell, is read as one (:mod:`.table_header`)."""
    read: dict = {}  # each cell's text, by its element
    grid = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if cell._tc not in read:
                read[cell._tc] = _cell_text(cell, numbering)
            cells.append((cell._tc, read[cell._tc]))
        grid.append(cells)
    width = max((len(r) for r in grid), default=0)
    if (combined := read_grid([r + [((i, c), "") for c in range(len(r), width)] for i, r in enumerate(grid)])):
        return combined
    return grid_rows(grid)


def _cell_text(cell, numbering: DocxNumbering) -> str:
    """A cell's text, each numbered paragraph with the number Word shows before it, each paragraph a line of the
    cell (:data:`.blocks.LINE_BREAK`: joined, a cell's items ran together, ``每人80元7. 免费``)."""
    lines = []
    for paragraph in cell.paragraphs:
        numbered, text = numbering.label(paragraph), paragraph.text
        if numbered is not None and numbered[0] and text.strip():
            text = item_text(numbered[0], BULLET.sub("", clean_text(text)))
        lines.append(text)
    return LINE_BREAK.join(x for x in (re.sub(r"[ \t\r\n]+", " ", clean_text(x)).strip() for x in lines) if x)


def _bold(paragraph) -> bool:
    """Whether every run of a paragraph that holds text is set in bold (its own, or its style's)."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    style_bold = paragraph.style is not None and paragraph.style.font.bold
    return bool(runs) and all(r.bold or r.bold is None and style_bold for r in runs)


def _bold_title(first, blocks: list[Block]) -> list[Block]:
    """A Word file whose sections use heading styles but whose title is set by hand, a bold line first (no Title
    style, no title in its properties), with that line as its title: read as text, the document was named by its
    file's name. A Chinese official document sets its title in a large Song face, centred and not bold: a first line
    both centred and large is a title too."""
    head = blocks[0]
    if head.kind == "text" and (_bold(first) and _displayed(first) or _displayed(first, both=True)
                                and not _MARK.fullmatch(head.text.strip())) and is_heading(head.text.strip()):
        return [Block("heading", head.text.strip(), 1), *blocks[1:]]
    return blocks


def _displayed(paragraph, both: bool = False) -> bool:
    """Whether a paragraph is set as a title is: centred, or in a size above the body's 12 points (a bold warning
    set in the body's size and place, CONFIDENTIAL - BOARD MEMBERS ONLY, is none); with ``both``, centred and in a
    larger size (a line centred in the body's size is a reference or a date as often)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    sizes = [r.font.size or (paragraph.style.font.size if paragraph.style is not None else None)
             for r in paragraph.runs if r.text.strip()]
    centred, large = paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER, any(x is not None and x > Pt(12) for x in sizes)
    return centred and large if both else centred or large


def _formatted_headings(document, blocks: list[Block]) -> list[Block]:
    """A Word file that uses no heading style, its headings set by hand as short bold paragraphs (一、…, （一）…),
    its title a bold line first, with those paragraphs as headings: read as text they opened no section, so no
    passage knew the heading it stands under. The first is the title (level 1); a numbered one's level is its
    number's (一、 a section, （一） under it, 1. under that), another is a section. An unnumbered one right over a
    table is that table's caption, no heading: it stays a line of text, which opens the table's passage (as a bold
    line over a table reads in a file that uses heading styles), and the text after the table is not put under it."""
    bold = {clean_text(p.text).strip() for p in document.paragraphs if _bold(p)}
    outline = outlined([b.text.strip() for b in blocks if b.kind == "text" and b.text.strip() in bold])
    out: list[Block] = []
    for b, after in zip(blocks, [*blocks[1:], None], strict=True):
        caption = bool(out) and after is not None and after.kind == "table" and not ENUMERATED.match(b.text.strip()) \
            and not SECTION.match(b.text.strip())
        if b.kind == "text" and b.text.strip() in bold and is_heading(b.text.strip()) and not caption:
            text = b.text.strip()
            # (1.1 under 1.: .outline)
            level = 1 if not out else text in outline and outline_level(text) or hand_level(text)
            out.append(Block("heading", text, level if level > 1 or not SECTION.match(text) else 2))
        else:
            out.append(b)
    return out
