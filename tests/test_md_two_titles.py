"""A Markdown report with no front matter whose first two headings are both underlined with ``=`` (level one): the
organisation's name over the report's label, in set 46's shape (lead50, from its Ulladulla surf club report). The
title was the organisation alone, and the label (``Annual Report 2024-25``) a section heading over the report's
opening line. The two are the title, as the rendered page reads them one over the other (as a front matter's title
under the body's organisation is, set-49); a first heading naming no organisation leaves them as they were.
Made-up documents in that shape."""
from __future__ import annotations

from tests.files import load

_REPORT = """{heading}
===============================

Annual Report 2024-25
=====================

Presented at the Annual General Meeting, Saturday 9 August 2025, Kiama Pavilion.

Captain's Report
----------------

The captain, Tamsin Rowe, thanked the 212 members who patrolled the beach this summer.
"""


def test_the_organisation_over_the_label_is_the_title():
    doc = load(_REPORT.format(heading="Kiama Bay Surf Life Saving Club").encode(), "report.md")
    assert doc.title == "Kiama Bay Surf Life Saving Club Annual Report 2024-25"
    presented = next(p for p in doc.paragraphs if "Annual General Meeting" in p.text)
    assert "Annual Report 2024-25" not in presented.path
    thanked = next(p for p in doc.body if "212 members" in p.text)
    assert thanked.path[-1] == "Captain's Report"


def test_a_first_heading_naming_no_organisation_leaves_the_title():  # (a guard: passed before the mend too)
    doc = load(_REPORT.format(heading="The year in review").encode(), "report.md")
    assert doc.title == "The year in review"
