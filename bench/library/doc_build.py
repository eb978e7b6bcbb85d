"""What the look-alike document generators (make_docs12.py … make_docs19.py) share: writing text files, a docx table
and body, and a paged PDF of headings, paragraphs and tables with a footer on every page.

Each generator keeps its own words, styles and file names; these helpers only lay them out, as each did before
(same text, page breaks and tables)."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable

CJK_FONT = "STSong-Light"


def write_texts(out, files: Iterable[tuple[str, str]]) -> None:
    """Write each (file name, text) into the folder ``out`` as UTF-8."""
    for name, text in files:
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)


def docx_table(d, rows: list[list[str]]):
    """A gridded table of ``rows`` (the first is the header) appended to the document ``d``."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    return t


def docx_body(d, body: Iterable[tuple[str, object]]) -> None:
    """Append ``(kind, value)`` items to ``d``: "title", "h1", "h2" headings, "table" rows, any other kind a
    paragraph."""
    levels = {"title": 0, "h1": 1, "h2": 2}
    for kind, val in body:
        if kind in levels:
            d.add_heading(val, level=levels[kind])
        elif kind == "table":
            docx_table(d, val)
        else:
            d.add_paragraph(val)


def cjk_styles() -> dict:
    """The paragraph styles of the Chinese reviews (title, author, h1, h2, p, cell), in reportlab's CJK font."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    base = dict(fontName=CJK_FONT, wordWrap="CJK")
    return {
        "title": ParagraphStyle("t", fontSize=15, leading=22, alignment=1, spaceAfter=6, **base),
        "author": ParagraphStyle("a", fontSize=11, leading=16, alignment=1, spaceAfter=10, **base),
        "h1": ParagraphStyle("h1", fontSize=13, leading=20, spaceBefore=8, spaceAfter=4, **base),
        "h2": ParagraphStyle("h2", fontSize=11.5, leading=18, spaceBefore=4, spaceAfter=2, **base),
        "p": ParagraphStyle("p", fontSize=11, leading=18, firstLineIndent=22, spaceAfter=4, **base),
        "cell": ParagraphStyle("c", fontSize=10.5, leading=15, **base),
    }


def english_styles(size: float, leading: float, cell_leading: float) -> dict:
    """The paragraph styles of the English reports (title, sub, h1, p, cell) in Helvetica; body text ``size``."""
    from reportlab.lib.styles import ParagraphStyle

    return {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=20, alignment=1, spaceAfter=6),
        "sub": ParagraphStyle("s", fontName="Helvetica-Oblique", fontSize=9.5, leading=13, alignment=1,
                              spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12.5, leading=17, spaceBefore=8,
                             spaceAfter=4),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=size, leading=leading, spaceAfter=4),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=size, leading=cell_leading),
    }


def paged_pdf(path: str, head: list[tuple[str, str]], pages: list[list[tuple[str, object]]], styles: dict,
              footer: Callable[[int], str], footer_font: tuple[str, float], title: str, author: str,
              widths: Callable[[list], list[float]] | None = None) -> None:
    """A PDF of ``head`` (text, style name) then ``pages``, each of (style name or "table", value), a page break
    between pages; a gridded table with a grey header row; ``footer(page)`` centred at the foot of every page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    def draw_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(*footer_font)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, footer(doc.page))
        canvas.restoreState()

    story = [Paragraph(text, styles[style]) for text, style in head]
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        for kind, val in page:
            if kind == "table":
                data = [[Paragraph(c, styles["cell"]) for c in row] for row in val]
                t = Table(data, colWidths=[w * cm for w in (widths(val) if widths else (6, 4, 4))])
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ]))
                story.append(t)
                story.append(Spacer(1, 8))
            else:
                story.append(Paragraph(val, styles[kind]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, title=title, author=author)
    doc.build(story, onFirstPage=draw_footer, onLaterPages=draw_footer)
