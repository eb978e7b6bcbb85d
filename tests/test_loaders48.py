"""The loaders' leftovers of sets 41 and 42 (loaders48): a document's own date written in figures alone, and a plain
text's line naming the period the whole document covers. Made-up documents in those shapes: other bodies, places
and figures than any question set's."""
from __future__ import annotations

from tests.files import load

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kestrelmouth Rescue Volunteers</title></head>
<body>
<h1>Crew handbook 2026</h1>
<p>Revised 09/02/2026 by the crew secretary, Alan Pryce.</p>
<p>The station opened on 17/08/2011 beside the harbour.</p>
<h2>Shifts</h2>
<p>Crew members cover shifts of 6 hours on the pager.</p>
</body></html>
"""


def test_a_documents_own_date_written_in_figures_alone_is_its_date():
    # the line under the title says when the page was revised, day, month and year in figures: the document's
    # date, as "Revised 9 February 2026" would be (the station's opening, later, is not)
    doc = load(_PAGE.encode(), "handbook.html")
    assert doc.date == "09/02/2026"


_CIRCULAR = "# 青川市红十字会工作通报\n\n2026.01.20\n\n一、全市已建成救护站12个。\n"


def test_a_chinese_notices_date_with_dots_is_its_date():
    doc = load(_CIRCULAR.encode(), "notice.md")
    assert doc.date == "2026.01.20"


_RETURN = """HARBOUR VALLEY LIFEBOAT VOLUNTEERS
Registered Charity No. 5521 (Harbour Valley)
ANNUAL RETURN FOR THE YEAR ENDED 30 JUNE 2025

Filed with the registry on 2 October 2025.

SECTION A - CREW
Volunteer crew at 30 June ................ 48
Launches in year ......................... 77

SECTION B - FINANCE (GBP)
Donations ................................ 98,100
Reserves at 30 June ...................... 310,400

NOTES TO THE RETURN
1. Launches are counted from the pager call to the return to station.
"""


def test_a_title_blocks_line_naming_the_period_heads_every_section_of_the_document():
    # the return's year stands on one line under the organisation's name: every section is of that year, so the
    # line is in each passage's heading path (it had stood over the first passage alone)
    doc = load(_RETURN.encode(), "return.txt")
    crew = next(p for p in doc.body if "Volunteer crew" in p.text)
    assert crew.path == ("ANNUAL RETURN FOR THE YEAR ENDED 30 JUNE 2025", "SECTION A - CREW")
    notes = next(p for p in doc.body if "pager call" in p.text)
    assert notes.path == ("ANNUAL RETURN FOR THE YEAR ENDED 30 JUNE 2025", "NOTES TO THE RETURN")
    assert doc.title == "HARBOUR VALLEY LIFEBOAT VOLUNTEERS"


_FAQ = """Coastline Blood Service
Questions Donors Ask (large print edition, revised June 2025)

PART 1. BEFORE YOU GIVE
Eat a meal and drink water in the three hours before you give.

PART 2. AFTER YOU GIVE
Rest for ten minutes and keep the plaster on for six hours.
"""


def test_a_title_lines_year_only_in_its_revision_note_heads_no_section():
    # the note says when the text was revised, not a period the sections are about: they stand under themselves
    doc = load(_FAQ.encode(), "faq.txt")
    rest = next(p for p in doc.body if "ten minutes" in p.text)
    assert rest.path == ("PART 2. AFTER YOU GIVE",)
