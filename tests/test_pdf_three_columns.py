"""A PDF page set in three columns, as a newsletter is (pdf_columns): each column's wrapped lines are read back into
its paragraphs, left column first, under a masthead across the top, a boxed panel inside one column and a table
across the foot of the page; a price list set in two columns of ``label … price`` is read as it was.

Each test draws a page with reportlab and checks what a user reads: the stored text and the passages' headings.
"""
from __future__ import annotations

import io

from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text

MASTHEAD = "Otago Branch Newsletter"
# each column's stories: (heading, paragraphs), wrapped at the column's width when drawn
COLUMNS = [
    [("From the Branch Manager",
      ["Kia ora koutou. What a winter it has been for the branch, with the June floods on the Taieri Plain and a "
       "packed season at the stadium keeping our volunteers busy on most weekends.",
       "Our board met on 9 September and confirmed a small surplus of NZ$18,200 for the year, which will go "
       "straight into replacing the two oldest response trailers."])],
    [("Stadium season",
      ["Our event first-aid team covered 14 rugby matches and 3 concerts between February and August, and treated "
       "212 patients, most of them for sprains, cuts and heat exhaustion."])],
    [("Flood response",
      ["Heavy rain from 17 to 19 June flooded parts of Mosgiel and Outram; within four hours the branch opened a "
       "welfare centre at the Mosgiel Memorial Hall, which stayed open for three nights.",
       "In total 46 volunteers supported 318 households and served about 1,200 meals to families who had left "
       "their homes."])],
]
# a boxed panel inside the middle column, under its story
PANEL = ("Shop hours", ["The George Street shop opens from 9:30 to 16:00 on weekdays and from 10:00 to 14:00 on "
                        "Saturdays, and takes donated goods at the back door."])
TABLE = [("Course", "Hours", "Fee"), ("Workplace First Aid", "8", "NZ$165"),
         ("Comprehensive First Aid", "16", "NZ$245"), ("Refresher", "6", "NZ$120")]
WIDTH, XS = 160.0, (40.0, 217.0, 394.0)


def _wrap(text: str, width: float, font: str = "Helvetica", size: float = 9.5) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, cur = [], ""
    for word in text.split():
        if cur and stringWidth(f"{cur} {word}", font, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    return [*lines, cur]


def _stories(c, x: float, y: float, stories, width: float = WIDTH) -> float:
    for heading, paragraphs in stories:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x, y, heading)
        y -= 16
        c.setFont("Helvetica", 9.5)
        for paragraph in paragraphs:
            for line in _wrap(paragraph, width):
                c.drawString(x, y, line)
                y -= 12
            y -= 7
    return y


def _newsletter(panel: bool = True, table: bool = True) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(40, 780, MASTHEAD)
    c.setFont("Helvetica", 9.5)
    c.drawString(40, 762, "Issue 47  |  Spring 2025  |  New Zealand Red Cross, Otago Branch")
    bottom = min(_stories(c, x, 730, stories) for x, stories in zip(XS, COLUMNS, strict=True))
    if panel:  # a ruled box inside the middle column, its text set in from the box's edges
        y = _stories(c, XS[1] + 8, 600, [PANEL], WIDTH - 16)
        c.rect(XS[1], y + 4, WIDTH, 600 + 16 - (y + 4))
        bottom = min(bottom, y)
    if table:  # a table across the page, under the columns
        y = bottom - 30
        for row in TABLE:
            c.setFont("Helvetica-Bold" if row is TABLE[0] else "Helvetica", 9.5)
            for x, cell in zip((40, 300, 430), row, strict=True):
                c.drawString(x, y, cell)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def _blocks(pdf: bytes) -> list[str]:
    return [" ".join(b.split()) for b in read_document(pdf, "newsletter.pdf").split("\n\n")]


def test_a_three_column_pages_paragraphs_are_read_whole_left_column_first():
    blocks = _blocks(_newsletter(panel=False, table=False))
    paragraphs = [p for stories in COLUMNS for _, ps in stories for p in ps]
    for paragraph in paragraphs:
        assert paragraph in blocks, blocks  # one paragraph, not broken after its first line in its column
    assert [blocks.index(p) for p in paragraphs] == sorted(blocks.index(p) for p in paragraphs)
    assert blocks.index(f"# {MASTHEAD}") < blocks.index(paragraphs[0])


def test_a_three_column_pages_passages_stand_under_their_own_stories():
    doc = parse_text(read_document(_newsletter(), "newsletter.pdf"), "newsletter.pdf")
    under = {p.text[:30]: p.path[-1] for p in doc.paragraphs if p.kind == "text" and p.path}
    headings = {h for stories in COLUMNS for h, _ in stories} | {PANEL[0]}
    assert set(under.values()) <= headings, under  # no column's first line heads the text after it
    assert [v for k, v in under.items() if k.startswith("In total 46")] == ["Flood response"]


def test_a_panel_in_a_column_and_a_table_across_the_page_keep_their_text():
    text = read_document(_newsletter(), "newsletter.pdf")
    blocks = [" ".join(b.split()) for b in text.split("\n\n")]
    assert PANEL[1][0] in blocks, blocks  # the boxed panel's paragraph read whole
    assert "Workplace First Aid" in text and "NZ$245" in text
    assert COLUMNS[2][0][1][1] in blocks  # the last column's last paragraph ends before the table's rows
    assert text.index(COLUMNS[2][0][1][1]) < text.index("Comprehensive First Aid")


PRICES = [("Standard first aid course, one day", "$165"), ("Refresher course, half day", "$95"),
          ("Workplace first aid kit, small", "$48"), ("Workplace first aid kit, large", "$129"),
          ("Defibrillator training, two hours", "$70"), ("Mental health first aid, two days", "$290"),
          ("Child and infant first aid", "$85"), ("Pet first aid evening class", "$45"),
          ("Manual handling for carers", "$110"), ("Fire warden refresher", "$60")]


def _price_list() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(48, 780, "Course and kit prices 2025")
    c.setFont("Helvetica", 10)
    for k, (label, price) in enumerate(PRICES):
        x, y = (48, 309)[k % 2], 740 - 18 * (k // 2)
        c.drawString(x, y, label)
        c.drawRightString(x + 230, y, price)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_two_column_price_list_is_not_parted_at_each_label_and_price():
    from pypdf import PdfReader
    from reportbot.corpus.limits import extract_pages
    from reportbot.corpus.pdf_page_tables import PageGrids

    grids = PageGrids()
    list(extract_pages(PdfReader(io.BytesIO(_price_list())).pages, visitors=grids.visitors))
    grids.done()
    # a price is no column of prose: the gap before it is no gutter (the page reads as it did with one gutter)
    assert max(b.column for b in grids.lines[0]) <= 2
    text = read_document(_price_list(), "prices.pdf")
    assert all(label in text and price in text for label, price in PRICES)
