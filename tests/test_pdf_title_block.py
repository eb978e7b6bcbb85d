"""A PDF's first page: its running header names it (a page number does not) and opens no passage, and no line of
its title block falls out of every passage. Each test builds its file (a one-page policy with a small header or a footer
drawn first, a letter with its addressee on the left) and shows the title and passages a user would see."""
from __future__ import annotations

import io

from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text


def _pdf(lines: list[tuple[float, str] | tuple[float, str, float]], title: str = "") -> bytes:
    """One page of lines, each in its own size, drawn in the order given at a height of its own (the third value:
    a footer drawn first sits at the bottom of the page) or under the line before."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if title:
        c.setTitle(title)
    y = 800.0
    for size, line, *at in lines:
        c.setFont("Helvetica-Bold" if size > 11 else "Helvetica", size)
        if at:
            c.drawString(60, at[0], line)
            continue
        y -= 8 if size > 11 else 0
        c.drawString(60, y, line)
        y -= size * 1.6
    c.showPage()
    c.save()
    return buf.getvalue()


POLICY = [(18.0, "Volunteer Expenses Policy"),
          (10.0, "Version 3, approved by the Board on 12 December 2024"),
          (13.0, "1 Purpose"),
          (10.0, "This policy explains which costs volunteers can claim back and how to claim them."),
          (13.0, "2 Travel"),
          (10.0, "Volunteers who use their own car are paid 45 pence a mile.")]


def _doc(lines, name: str):
    return parse_text(read_document(_pdf(lines), name), name)


def test_a_small_running_header_drawn_first_is_the_title_not_the_file_name_and_opens_no_passage():
    doc = _doc([(8.0, "Harbour Trust - Policies", 815.0), *POLICY], "scan0003.pdf")
    assert doc.title == "Harbour Trust - Policies"  # the name it prints on every page, as before sizes were read
    assert not any("Harbour Trust" in p.text for p in doc.body)  # no passage of its own: it would win the search
    # the printed title, set large, names the document as the title does: on the header card, not in the first passage
    assert doc.paragraphs[0].text == "Harbour Trust - Policies Volunteer Expenses Policy"
    assert doc.paragraphs[1].text.startswith("Version 3, approved by the Board on 12 December 2024\n1 Purpose")
    assert doc.paragraphs[1].path == ("1 Purpose",)


def test_a_page_number_footer_drawn_first_is_no_title_the_printed_title_is():
    doc = _doc([(8.0, "Page 1", 30.0), *POLICY], "scan0004.pdf")
    assert doc.title == "Volunteer Expenses Policy"
    assert not any("Page 1" in p.text for p in doc.body)
    assert doc.paragraphs[0].text == "Volunteer Expenses Policy"  # (its page number, read after the text, is none)
    assert doc.title == _doc(POLICY, "plain.pdf").title


LETTER = [(16.0, "Brookside Community Trust"),
          (10.0, "14 Mill Road"), (10.0, "Ashby AB4 9QT"), (10.0, "Tel: 01632 960821"),
          (10.0, "Mr J Patel"), (10.0, "22 Elm Close"), (10.0, "Ashby AB4 7RS"), (10.0, "10 March 2025"),
          (10.0, "Dear Mr Patel,"),
          (10.0, "I am pleased to tell you that the trustees have awarded your group a grant of 2,400 pounds."),
          (10.0, "Please send us a short report with photographs by 30 September 2025.")]


def test_every_line_of_a_letters_title_block_is_in_a_passage():
    doc = _doc(LETTER, "letter.pdf")
    text = "\n".join(p.text for p in doc.paragraphs)
    for line in ("14 Mill Road", "Ashby AB4 9QT", "Tel: 01632 960821", "Mr J Patel", "22 Elm Close", "10 March 2025"):
        assert line in text
    first = doc.paragraphs[1].text  # in the order the letter reads
    assert first.index("Tel: 01632 960821") < first.index("Mr J Patel") < first.index("10 March 2025")


def test_the_printed_title_under_the_title_field_opens_no_passage_but_the_subtitle_does():
    lines = [(18.0, "Riverside Housing Association Annual Report 2024"), (14.0, "1. Our services"),
             (12.0, "1.1 Repairs"), (10.0, "We completed 4,120 repairs this year, most within 24 hours."),
             (12.0, "1.2 Lettings"), (10.0, "We let 310 homes, 40 more than in 2023.")]
    data = _pdf(lines, title="Riverside Housing Association Annual Report 2024")
    doc = parse_text(read_document(data, "report.pdf"), "report.pdf")
    assert doc.title == "Riverside Housing Association Annual Report 2024"
    assert doc.paragraphs[1].text.startswith("1. Our services\n1.1 Repairs\nWe completed")


HANDBOOK = [(20.0, "Volunteer Handbook"),
            (16.0, "Riverbend Relief Network"),
            (14.0, "Volunteer Handbook, 2026 Edition"),
            (10.0, "Published by the Volunteer Office, January 2026"),
            (13.0, "1 Welcome"),
            (10.0, "Thank you for joining us. Since 2009 our volunteers have helped families hit by floods."),
            (13.0, "2 Training"),
            (10.0, "The new volunteer orientation takes 2 to 3 hours and is held on the first Saturday of each month.")]


def test_a_title_block_set_as_headings_names_the_document_on_its_card_not_in_the_first_passage():
    # the organisation's and the document's names, set large over the first section, are what every passage's
    # context carries: opening the first passage they made it the best match for every question naming them
    doc = _doc(HANDBOOK, "handbook.pdf")
    card, first = doc.paragraphs[0].text, doc.paragraphs[1].text
    assert doc.title == "Volunteer Handbook"
    assert card == "Volunteer Handbook Riverbend Relief Network Volunteer Handbook, 2026 Edition"
    assert "Riverbend" not in first and "Edition" not in first
    # a line set in the body's size (an issuer, a date) still opens the first passage, in order
    assert first.startswith("Published by the Volunteer Office, January 2026\n1 Welcome\nThank you")
    text = "\n".join(p.text for p in doc.paragraphs)
    assert all(line in text for _, line in HANDBOOK)  # no line falls out of every passage


def test_the_title_blocks_lines_on_the_card_name_the_document_for_every_passage(tmp_path):
    # moved to the card, the organisation's name is no word of the first passage: it stays, kept with the index, a
    # name of the document a question may call it by (a capitalised phrase of its opening, as before it moved)
    from reportbot.index.retrieval.dense_text import openings
    from reportbot.index.retrieval.passage_index import PassageIndex
    from reportbot.testing.fakes import HashEmbedder

    doc = _doc(HANDBOOK, "handbook.pdf")
    assert doc.names == ("Riverbend Relief Network", "Volunteer Handbook, 2026 Edition")
    PassageIndex.build([doc], HashEmbedder(), tmp_path / "ix")  # (saved there)
    index = PassageIndex.load(tmp_path / "ix")
    assert index.docs[doc.doc_id].names == doc.names
    assert "Riverbend Relief Network" in openings(index)[0]
