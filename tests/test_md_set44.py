"""A Markdown report in set 44's shape (lead-48, from its Bude club report): a YAML front matter whose title is a
bare label (``Annual Report 2024-25``) over a body whose own first heading, set in setext (``===``), names the club,
its sections under it in ``---``. The front matter's title heads the file; the body's first heading was read at the
level of its sections (each made a section of the title), so no passage but the first stood under the club's name
and a question naming the club found none of them. The body's headings stand under the front matter's title, one
level down, as the rendered page shows them. Made-up documents in that shape."""
from __future__ import annotations

from tests.files import load

_REPORT = """---
title: "Annual Report 2024-25"
place: Harbour Road, Polwenna
date: 2025-10-11
---

<!-- note to self: check the raffle figure -->

Polwenna Surf Life Saving Club
==============================

Presented to the annual general meeting on 11 October 2025.

Captain's report
----------------

The captain, Tamsin Rowe, thanked the 212 members who patrolled the beach this summer.

Finance
-------

Income was £31,200 and expenditure £29,850.
"""


def test_a_body_heading_under_a_front_matter_title_heads_its_sections():
    doc = load(_REPORT.encode(), "annual_report.md")
    thanked = next(p for p in doc.body if "212 members" in p.text)
    assert thanked.path[:2] == ("Polwenna Surf Life Saving Club", "Captain's report")
    income = next(p for p in doc.body if "£31,200" in p.text)
    assert "Polwenna Surf Life Saving Club" in income.path and "Finance" in income.path


def test_the_front_matter_title_stays_the_title_and_its_fields_are_read():
    doc = load(_REPORT.encode(), "annual_report.md")
    # (the club's name the body heads it with goes before it, set-49: tests/test_md_named_title.py)
    assert doc.title == "Polwenna Surf Life Saving Club Annual Report 2024-25"
    text = "\n".join(p.text for p in doc.body)
    assert "2025-10-11" in text and "note to self" not in text
