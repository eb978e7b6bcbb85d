"""A plain text in set 45's shape (lead49, from its Nanaimo donor guide): a Windows text whose pages each open, after
a form feed, with a running head carrying the page's number (``RIVERSIDE CLINIC - VISITOR GUIDE 2025   page 2``).
The running head was known only where each page repeats the first page's line as it is, so a numbered one was read
as a heading over every section after it (``… GUIDE 2025 page 2 › 2. PARKING``) and its page number stood in the
title. A line repeated at each page's top but for its page number is the running head: read once, as the first
page opens, without its number. Made-up texts in that shape."""
from __future__ import annotations

from tests.files import load

_HEAD = "RIVERSIDE CLINIC - VISITOR GUIDE 2025                              page {n}"
_GUIDE = "\r\n".join([
    _HEAD.format(n=1), "",
    "Riverside Clinic, 22 Mill Lane, Riverton. Phone 555-0140.", "",
    "1. VISITING HOURS",
    "Visitors are welcome from 10:00 to 20:00 every day.", "",
    "\f" + _HEAD.format(n=2), "",
    "2. PARKING",
    "The car park behind the clinic has 35 spaces and is free for two hours.", "",
    "\f" + _HEAD.format(n=3), "",
    "3. CONTACT",
    "The front desk answers on 555-0141 between 08:00 and 18:00.", "",
])


def test_a_running_head_with_its_page_number_heads_no_section_and_titles_without_the_number():
    doc = load(_GUIDE.encode(), "guide.txt")
    assert doc.title.strip() == "RIVERSIDE CLINIC - VISITOR GUIDE 2025"
    parking = next(p for p in doc.body if "35 spaces" in p.text)
    assert parking.section is not None and "PARKING" in parking.section and "page" not in parking.section
    assert not any("page 2" in p.text or "page 3" in p.text for p in doc.body)


def test_pages_opening_with_their_own_numbered_headings_keep_them():
    text = _GUIDE
    for n in (2, 3):
        text = text.replace("\f" + _HEAD.format(n=n) + "\r\n\r\n", "\f")
    doc = load(text.encode(), "guide.txt")
    parking = next(p for p in doc.body if "35 spaces" in p.text)
    assert parking.section is not None and parking.section.endswith("2. PARKING")
