"""A PDF table drawn as a ruled grid, its cells centred in rows of fixed height, is read row by row with its header,
over a page break."""
from __future__ import annotations

import io

from tests.files import load

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _ruled_pdf(rows: list[list[str]], repeat: int = 1, valign: str = "BOTTOM", chinese: bool = False) -> bytes:
    """A report whose table (a grey header, ruled cells of fixed height, figures centred) runs over a page break."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "Helvetica"
    if chinese:
        font = "STSong-Light"
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=16)
    title = "Harbour Cliff Rescue - 2023 review" if not chinese else "青溪县红十字会2023年工作回顾"
    story = [Paragraph(title, ParagraphStyle("h", fontName=font, fontSize=16, leading=22)),
             Paragraph("The monthly figures are set out in the table below." if not chinese
                       else "各乡镇情况见下表。", body), Spacer(1, 150 * mm)]
    table = Table(rows, colWidths=[40 * mm, 32 * mm, 36 * mm], repeatRows=repeat, rowHeights=10 * mm)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), valign)]))
    story += [table, Paragraph("The team thanks every volunteer." if not chinese else "感谢全体志愿者。", body)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def _tables(doc):
    return [p for p in doc.body if p.kind == "table"]


ROWS = [["Month", "2023", "2022"]] + [[m, str(3 + 2 * i), f"{120 + 37 * i:,}"]
                                                   for i, m in enumerate(MONTHS)]


def test_a_ruled_table_with_centred_cells_is_read_row_by_row_with_its_header_on_both_pages():
    doc = load(_ruled_pdf(ROWS), "cliff.pdf")
    tables = _tables(doc)
    sentences = [s for p in tables for s in p.sentences]
    # every month is one row, read with its column's header, on whichever page it fell
    for i, month in enumerate(MONTHS):
        assert f"{month} — 2023: {3 + 2 * i}; 2022: {120 + 37 * i:,}" in sentences
    assert {p.page for p in tables} == {1, 2}
    # the header repeated at the top of page 2 (a label and years, as a row of figures is) is its header again, no
    # row of data; no header cell is a heading
    assert not any(s.startswith("Month") for s in sentences)
    assert not any(p.kind == "heading" and p.text in ("Month", "2023", "2022") for p in doc.body)
    assert any("thanks every volunteer" in p.text and p.kind != "table" for p in doc.body)


def test_a_ruled_table_without_its_header_repeated_is_read_under_the_header_of_page_1():
    rows = [["乡镇", "救护培训（人次）", "新增AED（台）"]] + [[f"{n}镇", str(100 + n), str(n)] for n in range(1, 13)]
    rows = [[str(k) if k else "序号"] + row[1:] for k, row in enumerate(rows)]  # a number first: 1 / 101 / 1
    doc = load(_ruled_pdf(rows, repeat=0, valign="MIDDLE", chinese=True), "qingxi.pdf")
    sentences = [s for p in _tables(doc) for s in p.sentences]
    assert {p.page for p in _tables(doc)} == {1, 2}
    for n in range(1, 13):  # the rows on page 2 too are read with the header of page 1
        assert f"{n} — 救护培训（人次）：{100 + n}；新增AED（台）：{n}" in sentences


def test_a_frame_drawn_round_a_paragraph_is_no_table():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    c.rect(45, 640, 400, 80)  # a box round a notice, with a rule across it under its first line
    c.line(45, 700, 445, 700)
    for k, line in enumerate(["Notice to members", "The boathouse is closed on 3 May", "for repairs to the slipway.",
                              "Training moves to the lake that week."]):
        c.drawString(50, 705 - 16 * k, line)
    c.showPage()
    c.save()
    doc = load(buf.getvalue(), "notice.pdf")
    assert not _tables(doc)
    assert any("closed on 3 May for repairs" in p.text for p in doc.body)


def test_prose_set_in_two_ruled_columns_is_no_table():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    left = ["The lifeboat crew trained on eleven", "evenings in the spring, and the new",
            "volunteers passed their first sea", "survival course at the college."]
    right = ["The shop on the quay raised more", "money than in any year before, with",
             "the Christmas cards selling out", "by the first week of December."]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.rect(45, 600, 460, 130)  # a newsletter's box: a band across its top, two columns of prose under it
    c.line(45, 710, 505, 710)
    c.line(275, 600, 275, 710)
    c.drawString(50, 716, "News from the station")
    for k, (a, b) in enumerate(zip(left, right)):
        c.drawString(50, 694 - 14 * k, a)
        c.drawString(280, 694 - 14 * k, b)
    c.showPage()
    c.save()
    doc = load(buf.getvalue(), "news.pdf")
    assert not _tables(doc)  # its lines stay prose (read across both columns, as the text layer gives them)
    assert any("The lifeboat crew trained on eleven" in p.text and p.kind == "text" for p in doc.body)
