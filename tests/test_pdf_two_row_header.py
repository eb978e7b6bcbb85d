"""A PDF table whose header is set over two rows (区县 merged down both, 培训 merged across 人次 and 持证人数), in set
46's shape (lead50, from its Changde progress notice). Read row by row, the header's second row was the first data
row (``区县 — 培训：人次；持证人数``) and the second column of the group had no name. Its two rows are one header,
each column named from the top down. Made-up table in that shape."""
from __future__ import annotations

import io

from tests.files import load

ROWS = [["乡镇", "救护培训", "", "AED"],
        ["", "人次", "持证人数", "新增（台）"],
        ["城关镇", "4,210", "630", "9"],
        ["河口镇", "2,980", "410", "6"],
        ["石桥乡", "1,760", "220", "3"]]


def _pdf() -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=10, leading=16, wordWrap="CJK")
    cells = [[Paragraph(c, body) for c in row] for row in ROWS]
    t = Table(cells, colWidths=[40 * mm, 35 * mm, 35 * mm, 35 * mm], repeatRows=2)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("SPAN", (0, 0), (0, 1)),
                           ("SPAN", (1, 0), (2, 0))]))
    story = [Paragraph("青溪县2025年1—9月救护培训情况", body), Paragraph("附表　各乡镇救护培训情况", body), t]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def test_the_header_over_two_rows_names_each_column():
    doc = load(_pdf(), "table.pdf")
    table = next(p for p in doc.body if "河口镇" in p.text)
    assert "人次；持证人数" not in table.text
    row = next(x for x in table.text.split("\n") if x.startswith("河口镇"))
    assert "人次：2,980" in row and "持证人数：410" in row and "AED" in row
