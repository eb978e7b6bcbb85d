"""A report's field lines under its title (Prepared for: … / Grantee: … / Report date: …. Report author: …): the
author field of any of them names the document's author, as a source line's does (lead-45, from set 41's Word
report). Made-up documents in that shape."""
from __future__ import annotations

import docx

from tests.files import docx_saved, load


def _report(fields: list[str]) -> bytes:
    d = docx.Document()
    d.add_heading("Harbour Defibrillator Project - Final Report", level=0)
    for line in fields:
        d.add_paragraph(line)
    d.add_heading("1. Summary", level=1)
    d.add_paragraph("We installed 12 defibrillators and trained 640 people. The report author thanks every host site.")
    return docx_saved(d)


def test_the_author_field_of_a_later_field_line_under_the_title_names_the_author():
    doc = load(_report(["Prepared for: Harbour Community Trust", "Grant period: 1 July 2024 to 30 June 2025",
                        "Report date: 3 August 2025. Report author: Tama Ruawai, Project Lead"]), "report.docx")
    assert doc.author == "Tama Ruawai, Project Lead"
    assert "Tama Ruawai" in doc.paragraphs[0].text  # on the header card


def test_an_author_named_in_the_text_after_the_field_lines_is_none():
    doc = load(_report(["Prepared for: Harbour Community Trust", "Grant period: 1 July 2024 to 30 June 2025"]),
               "report.docx")
    assert doc.author is None
