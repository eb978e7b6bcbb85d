"""A plain-text guide numbered as an outline (1 / 1.1 / 1.1.1), each number set off from its text by two spaces and
indented a step a level, in set 46's shape (lead50, from its Rotorua donor guide). The two spaces made each line a
row of a two-column table (``1.1.1: Donors must be …``), a point's wrapped second line a paragraph of its own
between two tables, and no number headed a section. Read as an outline: the short numbered lines head their
sections, each point with its wrapped line one sentence. Made-up text in that shape."""
from __future__ import annotations

from tests.files import load

GUIDE = """HARBOURVIEW DONOR CLINIC - VISITOR NOTES 2025
Harbourview Donor Clinic, 27 Quay Road, Harbourview 4021

1  BEFORE YOUR VISIT
   1.1  Eligibility
        1.1.1  Visitors must be aged 18 to 65 for a first visit and weigh
               at least 55 kg.
        1.1.2  Visitors aged 17 need a signed letter from a guardian.
   1.2  Preparing
        1.2.1  Eat a light meal in the four hours before you come.

2  TIME BETWEEN VISITS
   2.1  Platelets: at least 4 weeks between visits.
   2.2  After dental work, wait 2 days.

In 2024 the clinic welcomed 2,140 visitors.
"""


def test_a_points_wrapped_line_stays_with_its_point():
    doc = load(GUIDE.encode(), "guide.txt")
    point = next(p for p in doc.body if "aged 18 to 65" in p.text)
    assert "at least 55 kg" in point.text


def test_the_outline_numbers_head_their_sections():
    doc = load(GUIDE.encode(), "guide.txt")
    point = next(p for p in doc.body if "signed letter" in p.text)
    assert point.section is not None and "Eligibility" in point.section
    gap = next(p for p in doc.body if "4 weeks" in p.text)
    assert gap.section is not None and "TIME BETWEEN VISITS" in gap.section
    assert gap.kind != "table"


def test_a_top_number_in_capitals_opens_its_own_heading():
    doc = load(GUIDE.encode(), "guide.txt")
    point = next(p for p in doc.body if "signed letter" in p.text)
    assert not any("27 Quay Road" in x for x in point.path)
    assert any(x.endswith("BEFORE YOUR VISIT") and x.startswith("1") for x in point.path)
