"""A plain text laid out as minutes (docs32): a header block of ``Label:   value`` lines, names listed indented under
``Present:``, numbered items whose lines wrap with a hanging indent, sentences running on across a wrap."""
from __future__ import annotations

from tests.files import load

MINUTES = """RIVERTON AMBULANCE VOLUNTEER SOCIETY
Minutes of the Board of Directors Meeting

Date:    Wednesday, 12 March 2025
Time:    6:30 pm - 8:45 pm
Venue:   Boardroom, 19 Harbour Street, Riverton

Present:
  Joan Appleby - Chair
  Ravi Menon - Treasurer
  Tom Fisher - Secretary
Apologies:
  Dr Ann Loy - Director

1. OPENING AND QUORUM
1.1 The Chair called the meeting to order at 6:32 pm and confirmed that a quorum was present (9 of 11 directors).
1.2 No conflicts of interest were declared.

2. TREASURER'S REPORT
2.1 Ravi Menon presented the financial statements to 28 February 2025. Income for the eleven months was
    $1,486,000 against a budget of $1,420,000. Expenditure was $1,391,000. Cash on hand was $412,500.
2.2 Motion to buy a response vehicle at a cost not exceeding $120,000. Moved by Tom Fisher, seconded by Ravi Menon.
    After discussion of the reserve, the motion was carried 7-2
    (Kevin Hale and Paul Orr opposed).

3. NEXT MEETING
3.1 The next board meeting will be held on Wednesday, 14 May 2025 at 6:30 pm in the Boardroom of the Society.
"""


def _doc():
    return load(MINUTES.encode(), "minutes.txt")


def _passage(doc, words: str):
    return next(p for p in doc.paragraphs if words in p.text)


def test_a_header_blocks_label_lines_are_lines_not_a_table_with_the_first_as_header():
    text = "\n".join(p.text for p in _doc().paragraphs)
    assert "Date: Wednesday, 12 March 2025" in text
    assert "Time: 6:30 pm - 8:45 pm" in text and "::" not in text


def test_names_listed_under_present_are_items_not_headings():
    doc = _doc()
    assert not any(h.endswith(("Chair", "Treasurer", "Director")) for h in doc.headings)
    present = _passage(doc, "Joan Appleby")
    assert "Ravi Menon - Treasurer" in present.text
    assert all("Dr Ann Loy" not in "".join(p.path) for p in doc.paragraphs)


def test_numbered_items_are_apart_and_wrapped_words_keep_their_space():
    doc = _doc()
    first = _passage(doc, "quorum was present")
    assert "directors).1.2" not in first.text and "directors). 1.2" not in first.text
    assert "No conflicts" in _passage(doc, "No conflicts").text
    assert "was $1,486,000" in _passage(doc, "1,486,000").text


def test_a_hanging_indent_continues_its_item():
    item = _passage(_doc(), "carried 7-2")
    assert "Moved by Tom Fisher" in item.text and "(Kevin Hale and Paul Orr opposed)" in item.text
