"""A Markdown report whose front matter's title is a bare label (``Annual Report 2024-25``) over a body whose own
first heading names the body that wrote it (``Polwenna Surf Life Saving Club``), in set 44's shape (set-49, from its
Bude club report). The document's title named no one: its header card said ``Annual Report 2024-25``, as any club's
report does. The title is the organisation's name and the label, as the rendered page reads them one over the other;
a first heading that names no organisation leaves the title as it is. Made-up documents in that shape."""
from __future__ import annotations

from tests.files import load

_REPORT = """---
title: "Annual Report 2024-25"
date: 2025-10-11
---

{heading}
==============================

Presented to the annual general meeting on 11 October 2025.

Captain's report
----------------

The captain, Tamsin Rowe, thanked the 212 members who patrolled the beach this summer.
"""


def test_an_organisation_heading_the_body_names_the_reports_title():
    doc = load(_REPORT.format(heading="Polwenna Surf Life Saving Club").encode(), "annual_report.md")
    assert "Polwenna Surf Life Saving Club" in doc.title and "Annual Report 2024-25" in doc.title
    card = next(p for p in doc.paragraphs if p.is_header)
    assert "Polwenna Surf Life Saving Club" in card.text
    thanked = next(p for p in doc.body if "212 members" in p.text)
    assert thanked.path[-1] == "Captain's report"


def test_a_first_heading_naming_no_organisation_leaves_the_title():
    doc = load(_REPORT.format(heading="The year in review").encode(), "annual_report.md")
    assert doc.title == "Annual Report 2024-25"


def test_a_title_naming_the_organisation_already_is_left():
    doc = load(_REPORT.format(heading="Polwenna Surf Life Saving Club").replace(
        "Annual Report 2024-25", "Polwenna SLSC - Annual Report 2024-25").encode(), "annual_report.md")
    assert doc.title == "Polwenna SLSC - Annual Report 2024-25"
