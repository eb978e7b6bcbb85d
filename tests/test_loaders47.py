"""The loaders' leftovers of set 41 and before (loaders47): a plain-text return's lines back at the margin after an
indented group. Made-up documents in those shapes: other bodies, places and figures than any question set's."""
from __future__ import annotations

from tests.files import load

_RETURN = """HARBOUR VALLEY LIFEBOAT VOLUNTEERS
ANNUAL RETURN FOR THE YEAR ENDED 30 JUNE 2025

SECTION A - CREW
Volunteer crew at 30 June ................ 48
Launches in year ......................... 77

SECTION B - FINANCE (GBP)
Income
  Donations ............................. 98,100
  Grants ................................ 20,000
  Total income .......................... 118,100
Spending
  Fuel and engines ...................... 40,200
  Training .............................. 12,700
  Total spending ........................ 52,900
Surplus for the year ..................... 65,200
Reserves at 30 June 2025 ................. 310,400

NOTES TO THE RETURN
1. Launches are counted from the pager call to the return to station.
"""


def test_lines_back_at_the_margin_after_an_indented_group_stand_under_its_section_not_the_group():
    doc = load(_RETURN.encode(), "return.txt")
    reserves = next(p for p in doc.body if "Reserves at 30 June 2025" in p.text)
    assert reserves.path == ("SECTION B - FINANCE (GBP)",)
    assert "Fuel and engines" not in reserves.text
    spending = next(p for p in doc.body if "Fuel and engines" in p.text)
    assert spending.path == ("SECTION B - FINANCE (GBP)", "Spending")
    assert "Total spending" in spending.text
    notes = next(p for p in doc.body if "pager call" in p.text)
    assert notes.path == ("NOTES TO THE RETURN",)


_FAQ_TEXT = """星海市海滨救护志愿服务队常见问题

1 报名与条件

1.1 哪些人可以报名

年满18周岁的星海市常住居民均可报名。

2 培训与上岗

12 月集中培训

每年12月集中培训一次，共3天。
"""


def test_a_plain_texts_heading_keeps_the_space_after_its_section_number():
    doc = load(_FAQ_TEXT.encode(), "faq.txt")
    ages = next(p for p in doc.body if "18周岁" in p.text)
    assert ages.path == ("1 报名与条件", "1.1 哪些人可以报名")
    # (a figure before a date's character is a date, no section number: it loses the space as before)
    assert "12月集中培训" in doc.headings


_NOTES_JOINED = """HARBOUR VALLEY LIFEBOAT VOLUNTEERS

ANNUAL RETURN FOR THE YEAR ENDED 30 JUNE 2025

NOTES TO THE RETURN

1. Launches are counted from the pager call to the return to station.

2. A second boat is planned for the winter of 2026.

Declaration: The trustees confirm that this return is correct to the best of their knowledge.
Signed on behalf of the trustees: Mr Owen Pryce, Chair, 3 October 2025.
"""


def test_a_declaration_and_its_signature_in_one_paragraph_are_the_closing_not_the_last_notes():
    doc = load(_NOTES_JOINED.encode(), "return.txt")
    signed = next(p for p in doc.body if "Owen Pryce" in p.text)
    assert signed.path == ()
    assert "winter of 2026" not in signed.text
    assert "Declaration: The trustees confirm" in signed.text
    assert any(s.startswith("Signed on behalf of the trustees") for s in signed.sentences)


_LEGEND_FORM = """HARBOUR VALLEY LIFEBOAT VOLUNTEERS

ANNUAL RETURN FOR THE YEAR ENDED 30 JUNE 2025

Filed with the registry on 2 October 2025. Figures for 2023-24 are shown in brackets.

SECTION A - FINANCE
Total income ............................. 118,100 (104,900)
Reserves at 30 June 2025 ................. 310,400 (288,100)
"""


def test_a_form_line_read_with_its_legends_year_is_quoted_as_the_document_writes_it_too():
    doc = load(_LEGEND_FORM.encode(), "return.txt")
    reserves = next(p for p in doc.body if "Reserves at 30 June 2025" in p.text)
    assert "310,400 (288,100 in 2023-24)" in reserves.text  # (read with the legend's year, as set-46 made it)
    assert "310,400 (288,100)" in reserves.shown  # (and as written, where a citation quotes it)
