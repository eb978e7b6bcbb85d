"""A PDF's font sizes may promote a line to a heading (short, no sentence, set clearly larger than the body), never
demote one its shape makes a heading at the body's size: a numbered heading (1.1, 2., 第…章) or a bold short line.
Each test builds its file (a callout set large, a Word export's body-size H2 under a larger H1, a reference line in
the title block) and shows the headings and sections a user would see."""
from __future__ import annotations

import io

from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text

BOLD = "Helvetica-Bold"


def _pdf(lines: list[tuple[float, str] | tuple[float, str, str]]) -> bytes:
    """One page of lines, each in its own size and font (Helvetica unless given), a gap before a heading's font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780.0
    for size, line, *font in lines:
        y -= 8 if font or size > 11 else 0
        c.setFont(font[0] if font else "Helvetica", size)
        c.drawString(60, y, line)
        y -= size * 1.6
    c.showPage()
    c.save()
    return buf.getvalue()


def _doc(lines):
    return parse_text(read_document(_pdf(lines), "f.pdf"), "f.pdf")


P1 = (11.0, "We delivered food parcels to families across the borough, with help from schools and churches.")
P2 = (11.0, "Volunteers gave 18,750 hours of their time, and drivers covered 41,000 miles with deliveries.")


def test_a_large_callout_keeps_the_bold_body_size_headings_around_it():
    doc = _doc([(18.0, "Riverside Food Bank Review 2024"), (11.0, "Who we helped", BOLD), P1,
                (24.0, "3,420 households"), (11.0, "Our volunteers", BOLD), P2, (11.0, "Contact us", BOLD),
                (11.0, "Tel: 020 7946 0958")])
    assert {"Who we helped", "Our volunteers", "Contact us"} <= set(doc.headings)
    phone = next(p for p in doc.body if "020 7946 0958" in p.text)
    assert phone.path[-1] == "Contact us" and "Volunteers gave" not in phone.text


def test_a_word_exports_body_size_second_tier_stays_under_its_larger_first():
    for sub in (("1.1 Repairs", "1.2 Advice"), ("Repairs", "Advice")):
        doc = _doc([(16.0, "Greenway Housing Trust Annual Report"), (14.0, "1. Our services", BOLD),
                    (11.0, sub[0], BOLD), P1, (11.0, sub[1], BOLD), P2, (14.0, "2. Our finances", BOLD), P1])
        assert [p.path[-1] for p in doc.body] == [sub[0], sub[1], "2. Our finances"], sub


def test_a_reference_line_in_the_title_block_is_no_heading_and_keeps_the_bold_headings():
    doc = _doc([(20.0, "Stonebridge Town Council"), (11.0, "Ref: STC/2025/014"),
                (16.0, "Notice of road closure on Mill Lane"), (11.0, "Background", BOLD), P1,
                (11.0, "Contact", BOLD), (11.0, "Tel: 020 7946 0958")])
    assert "Ref: STC/2025/014" not in doc.headings and {"Background", "Contact"} <= set(doc.headings)
    assert next(p for p in doc.body if "0958" in p.text).path[-1] == "Contact"
    assert any("Ref: STC/2025/014" in p.text for p in doc.body)


def test_a_plain_short_line_in_the_body_size_stays_no_heading_where_sizes_tell_headings():
    doc = _doc([(16.0, "Hillcrest Rowing Trust Annual Report"), (13.0, "1. Our year"), P1,
                (11.0, "Eleanor Whitcombe"), (13.0, "2. Our finances"), P2])
    assert doc.headings[-2:] == ("1. Our year", "2. Our finances") and "Eleanor Whitcombe" not in doc.headings


def test_a_bold_face_is_read_from_the_fonts_name():
    from reportbot.corpus.pdf_fonts import is_bold

    names = ["/Helvetica-Bold", "/ABCDEF+Arial,Bold", "/SegoeUI-Semibold", "/Arial-Black", "/AcademicSans",
             "/Times-Roman", "/STSong-Light"]
    assert [is_bold({"/BaseFont": n}) for n in names] == [True] * 4 + [False] * 3 and not is_bold(None)


def test_a_large_title_naming_its_subject_before_a_colon_stays_a_heading_a_large_label_does_not():
    doc = _doc([(18.0, "Hillcrest Rowing Trust: 2024 Year in Review"), (14.0, "Ref: HRT/2025/3"),
                (14.0, "1. Foreword"), P1, (14.0, "2. Our year"), P2])
    assert doc.title == "Hillcrest Rowing Trust: 2024 Year in Review" and "Ref: HRT/2025/3" not in doc.headings
