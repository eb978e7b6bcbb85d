"""Where a short line that is no heading lands: a letter's date, a notice's issuer above its date, a timetable's
lines before the next heading. Each test builds its file and shows the passages and sections a user would see."""
from __future__ import annotations

from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text

from tests.test_pdf_size_promotes import _pdf

LETTER = [(16.0, "Northfield Primary School"), (10.0, "12 School Lane, Northfield NF2 3CD"),
          (10.0, "Tel: 01632 960777"), (10.0, "14 February 2025"), (10.0, "Dear Parents and Carers,"),
          (10.0, "Re: School trip to the Science Museum"),
          (10.0, "Year 5 will visit the Science Museum on Thursday 20 March, and the coach leaves at 8:15am."),
          (10.0, "Children should bring a packed lunch and wear school uniform.")]


def test_a_letters_date_line_is_in_a_passage():
    doc = parse_text(read_document(_pdf(LETTER), "letter.pdf"), "letter.pdf")
    assert "14 February 2025" not in doc.headings
    assert any("14 February 2025" in p.text and "Year 5 will visit" in p.text for p in doc.body)
