"""Documents made for tests: Word files (plain or styled paragraphs, a table), PDFs (lines on pages, or drawn by a
test on a reportlab canvas; encrypted), damaged ones; and the pieces a test building its own Word file uses."""
from __future__ import annotations

import io
import zipfile

from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text


def load(data: bytes, name: str):
    return parse_text(read_document(data, name), name)


def make_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("华瑞康2023年年度报告", style="Title")
    d.add_paragraph("一、社会责任", style="Heading 1")
    d.add_paragraph("公司积极履行社会责任，组织员工参加无偿献血。")
    d.add_paragraph("（一）公益数据", style="Heading 2")
    table = d.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [("公益项目", "2023年数据"), ("献血人次", "9800"), ("献血量", "38.5万毫升")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.add_paragraph("二、经营计划", style="Heading 1")
    d.add_paragraph("计划实现营业收入33亿元。", style="List Bullet")
    d.add_paragraph("研发投入不低于3.2亿元。", style="List Bullet")
    return docx_saved(d)


def docx_saved(d) -> bytes:
    """The bytes of a python-docx document, as a saved .docx file."""
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def table_filled(table, rows) -> None:
    """Writes ``rows`` into a python-docx table cell by cell; an empty string leaves its cell as Word made it."""
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text:
                table.cell(i, j).text = text


def drawn_pdf(draw, title: str = "", pagesize: tuple[float, float] | None = None) -> bytes:
    """An A4 PDF (or one of ``pagesize``: a slide's 720 x 540 pt) that ``draw(canvas)`` draws with reportlab, ending
    each page with ``canvas.showPage()``; the STSong-Light font is registered for Chinese text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize or A4)
    if title:
        c.setTitle(title)
    draw(c)
    c.save()
    return buf.getvalue()


def make_pdf(pages: list[list[str | tuple[float, str]]], title: str = "", header: bool = True,
             font: str = "Helvetica") -> bytes:
    """A PDF of these pages' lines (a line given as ``(size, text)`` drawn in that size and set that close, the others
    in 11 pt); ``header``: a running header on each page; ``font``: STSong-Light for Chinese."""
    def draw(c) -> None:
        for n, lines in enumerate(pages, start=1):
            c.setFont(font, 11)
            if header:
                c.drawString(50, 810, f"Harbour City Branch - Board Minutes - Page {n} of {len(pages)}")
            y = 780
            for line in lines:
                size, text = line if isinstance(line, tuple) else (11, line)
                c.setFont(font, size)
                c.drawString(50, y, text)
                y -= 16 if size == 11 else size * 1.45  # (a line's height: small notes stand closer)
            c.showPage()

    return drawn_pdf(draw, title)


def docx_table_of(rows: list[tuple[str, ...]], before: list[str] = (), after: list[str] = ()) -> bytes:
    """A Word file of paragraphs, a table of these rows (no header styled as such) and paragraphs after it."""
    import docx

    d = docx.Document()
    for p in before:
        d.add_paragraph(p)
    table_filled(d.add_table(rows=len(rows), cols=len(rows[0])), rows)
    for p in after:
        d.add_paragraph(p)
    return docx_saved(d)


def docx_of(paragraphs: list[str | tuple[str, str]], header: str = "") -> bytes:
    """A Word file of paragraphs: plain text, or (text, style) for a styled one ("Title", "Heading 1");
    ``header``: its page header's text."""
    import docx

    d = docx.Document()
    if header:
        d.sections[0].header.paragraphs[0].text = header
    for p in paragraphs:
        d.add_paragraph(*((p,) if isinstance(p, str) else p))
    return docx_saved(d)


def encrypted_pdf(open_password: str, algorithm: str) -> bytes:
    """A text PDF encrypted as PDF writers do: with an open password, or ("") with only an owner's one
    (restrictions on printing and editing; every reader opens it)."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(make_pdf([["The branch trained 412 lifeguards in 2023."]],
                                                      header=False)))
    writer.encrypt(user_password=open_password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_with(document_xml: bytes | None) -> bytes:
    """A Word file whose main part is ``document_xml`` (None: a zip without a Word document in it)."""
    source, out = zipfile.ZipFile(io.BytesIO(make_docx())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in source.namelist() if document_xml is not None else ["docProps/app.xml"]:
            z.writestr(name, document_xml if name == "word/document.xml" else source.read(name))
    return out.getvalue()


def field_char(paragraph, kind: str) -> None:
    """Adds to a python-docx paragraph a run holding a Word field's character: ``kind`` "begin", "separate" (the
    field's result follows) or "end"."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(el)


def field_instruction(paragraph, instruction: str) -> None:
    """Adds to a python-docx paragraph a run holding a field's instruction (`` TOC \\o "1-3" \\h \\z \\u ``), read
    between the field's begin and separate characters."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instruction
    paragraph.add_run()._r.append(instr)
