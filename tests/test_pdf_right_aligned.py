"""A PDF table whose figures are set flush right (a statistics bulletin's table of counts by unit): each row's figures
start at other x positions as their widths differ, so the table found by position took only the rows whose figures
happened to be as wide, and the header, the first row and the total row were left as headings and lone figures.
Read from its lines, every row stands under the header.

Each test draws a page with reportlab and checks what a user reads: the stored text.
"""
from __future__ import annotations

import io

from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text

HEADER = ["Unit", "Active volunteers", "Volunteer hours", "Event duties", "People trained"]
ROWS = [["North Quay", "142", "18,640", "96", "1,284"],
        ["Harbourside", "54", "6,915", "31", "412"],
        ["Millbrook", "47", "5,880", "27", "356"],
        ["Eastfield", "39", "4,770", "22", "298"],
        ["Kilmore (Coast)", "45", "7,325", "43", "187"],
        ["Total", "327", "43,530", "219", "2,537"]]
PROSE = ("This bulletin reports activity for the calendar year 2024. The area had 327 active volunteers at year end, "
         "up from 289 at the end of 2023.")


def _bulletin() -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    table = Table([HEADER, *ROWS])
    table.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([
        Paragraph("Area Statistics Bulletin 2024", styles["Title"]), Paragraph("1. Summary", styles["Heading2"]),
        Paragraph(PROSE, styles["BodyText"]), Paragraph("Table 1. Activity by unit, 2024", styles["BodyText"]),
        table, Spacer(1, 12), Paragraph("2. Event first aid", styles["Heading2"]),
        Paragraph("Units provided first aid cover at 219 events in 2024, compared with 197 in 2023.",
                  styles["BodyText"])])
    return buf.getvalue()


def test_every_row_of_a_flush_right_figure_table_is_read_under_its_header():
    doc = parse_text(read_document(_bulletin(), "bulletin.pdf"), "bulletin.pdf")
    text = "\n".join(p.text for p in doc.paragraphs)
    for label, *figures in ROWS:
        cells = "；".join(f"{h}：{f}" for h, f in zip(HEADER[1:], figures))
        assert f"{label} — {cells}" in text.replace("; ", "；").replace(": ", "："), label
    assert not [p.path for p in doc.paragraphs if p.path and p.path[-1] in ("Unit", "North Quay", "Total")]
