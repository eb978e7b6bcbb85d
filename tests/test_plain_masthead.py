"""A plain text in set 44's shape (lead-48, from its Kelowna donor guide, saved by Notepad): a title underlined with
``===``, then, with no blank line between them, the issuer's name, its street address and the revision line with its
date, then the numbered sections, each underlined with ``---``. Each line of that masthead was read as a heading of
its own, each over the next, so the revision's date stood only in the heading path of every section (``Rev. 4 - 3
March 2025 › 1. Before your visit``) and in no passage's text. They are lines of text under the title, one passage,
and the sections stand under the title alone. Made-up documents in that shape."""
from __future__ import annotations

from tests.files import load

_GUIDE = "\ufeff" + "\r\n".join([
    "PENTICTON PLASMA CENTRE - VISITOR GUIDE 2025",
    "============================================",
    "",
    "Northern Plasma Services",
    "#204-771 Fairview Road, Penticton, BC V2A 5Z9",
    "Rev. 4 - 3 March 2025 - replaces Rev. 3 (October 2024)",
    "",
    "1. Before your visit",
    "--------------------",
    "",
    "* Book online or call 1 877 555-0142.",
    "* Drink two glasses of water before you come.",
    "",
    "2. Hours",
    "--------",
    "",
    "Day\tHours",
    "Monday\tclosed",
    "Tuesday\t9:00 am - 5:00 pm",
    "",
    "3. Parking",
    "----------",
    "",
    "Free parking is behind the building, stalls 1 to 9. The centre is wheelchair accessible.",
    "",
])


def test_the_masthead_lines_under_the_title_are_text_not_headings():
    doc = load(_GUIDE.encode(), "visitor_guide.txt")
    text = "\n".join(p.text for p in doc.body)
    assert "3 March 2025" in text and "Fairview Road" in text
    for p in doc.body:
        assert not any("Rev. 4" in h or "Fairview" in h for h in p.path)


def test_the_numbered_sections_stand_under_the_title_alone():
    doc = load(_GUIDE.encode(), "visitor_guide.txt")
    parking = next(p for p in doc.body if "stalls 1 to 9" in p.text)
    assert parking.path == ("3. Parking",)
    assert doc.title == "PENTICTON PLASMA CENTRE - VISITOR GUIDE 2025"


def test_an_issuer_over_the_title_with_no_blank_line_keeps_its_reading():
    plan = "\n".join(["白河縣紅十字會", "中華民國一一四年度工作計畫", "（114年1月10日理事會通過）", "",
                      "壹、前言", "一、本會現有志工隊8隊、登記志工620人。", "", "貳、工作項目",
                      "一、辦理急救訓練40場次，受訓民眾2,400人。", ""])
    doc = load(plan.encode(), "plan.txt")
    assert doc.title == "中华民国一一四年度工作计划"  # (read as simplified)
