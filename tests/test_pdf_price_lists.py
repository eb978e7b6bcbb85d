"""A PDF page of ``label ........ price`` or ``label        hours`` lines, a price list or a timetable of two fields
(pdf_columns, pdf_panels): no gutter is found between a label and its right-aligned field, and each line reads
whole, ``label: value``, as a table's row does.

Each test draws a page with reportlab and checks what a user reads: the stored text.
"""
from __future__ import annotations

import io

import pytest
from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text

HOURS = [("Central office, Crawford Street", "8:30 am to 5:00 pm weekdays"),
         ("Mosgiel welfare centre", "9:00 am to 1:00 pm Saturdays"),
         ("Shop, George Street", "10:00 am to 4:00 pm daily"),
         ("Training room bookings", "8:00 am to 6:00 pm weekdays"),
         ("Blood donor lounge", "7:30 am to 7:30 pm Tue to Sat"),
         ("Youth programme desk", "3:00 pm to 6:00 pm school days"),
         ("After hours emergency line", "5:00 pm to 8:30 am every day")]
FEES = [("Standard first aid course, one day", "$165"), ("Refresher course, half day", "$95"),
        ("Workplace first aid kit, small", "$48"), ("Defibrillator training, two hours", "$70"),
        ("Child and infant first aid", "$85")]
NOTE = "All our offices are closed on public holidays, but the emergency line is answered every day of the year."


def _list(title: str, rows: list[tuple[str, str]], leaders: bool = False, flush_right: bool = True) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, 780, title)
    c.setFont("Helvetica", 10)
    y = 750
    for label, value in rows:
        c.drawString(60, y, label + (" " + "." * 40 if leaders else ""))
        if flush_right:
            c.drawRightString(535, y, value)
        else:
            c.drawString(300, y, value)  # at a tab stop: the fields start in line, and end ragged as prose does
        y -= 16
    c.drawString(60, y - 10, NOTE)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("flush_right", [True, False])
def test_a_timetable_of_two_fields_reads_line_by_line_not_as_two_columns(flush_right):
    from pypdf import PdfReader
    from reportbot.corpus.limits import extract_pages
    from reportbot.corpus.pdf_page_tables import PageGrids

    data = _list("Opening hours from 1 October 2025", HOURS, flush_right=flush_right)
    grids = PageGrids()
    list(extract_pages(PdfReader(io.BytesIO(data)).pages, visitors=grids.visitors))
    grids.done()
    assert {b.column for b in grids.lines[0]} == {0}  # a list's second field is no column of prose: no gutter
    text = read_document(data, "hours.pdf")
    listed = [p.text for p in parse_text(text, "hours.pdf").paragraphs if "Central office" in p.text]
    # one passage, each line whole, as a table's row reads, under the list's title; the first line (its label the
    # longest) too
    assert len(listed) == 1, listed
    lines = listed[0].split("\n")
    assert lines[0] == "Opening hours from 1 October 2025", lines
    for label, hours in HOURS:
        assert f"{label}: {hours}" in lines, lines
        assert f"## {label}" not in text
    assert NOTE in text


def test_a_price_list_with_leader_dots_reads_each_item_with_its_price():
    text = read_document(_list("Course fees 2025", FEES, leaders=True), "fees.pdf")
    lines = "\n".join(p.text for p in parse_text(text, "fees.pdf").paragraphs).split("\n")
    for label, price in FEES:
        assert f"{label}: {price}" in lines, lines
    assert "..." not in text and NOTE in text
