"""A fiscal year a document names by the day it ends, as the two years a question writes it in.

A return or statement names its year by its last day (FOR THE YEAR ENDED 31 MARCH 2025, year ending 30 June 2025,
截至2025年3月31日止年度): a year that ends in a month before December runs over two calendar years, and a question
naming them (2024-25, 2024/25, 2024—2025年度) asks about it, though the document never writes them so. A year ended
with December is the calendar year (2025), which the question's single year already finds. The months are the
calendar's closed class, read by pattern; pure functions over lower-case text.
"""
from __future__ import annotations

import re

from reportbot.index.retrieval.months import MONTH_WORDS

_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# (the) year / twelve months ended / ending / to <day> <month> <year>, or <month> <day>, <year>; a "period ending"
# may be a quarter or four months (the period ending 30 April 2025: the first four months), no fiscal year
_ENDED = re.compile(rf"\b(?:year|twelve months|12 months)\s+(?:ended|ending|to)\s+(?:on\s+)?"
                    rf"(?:{_DAY}\s+({MONTH_WORDS})\.?|({MONTH_WORDS})\.?\s+{_DAY},?)\s+((?:19|20)\d\d)(?!\d)")
# 截至2025年3月31日止年度, 截止2025年3月31日的财政年度
_ENDED_ZH = re.compile(r"截[至止](?:至)?\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*(?:止|为止)?\s*的?\s*"
                       r"(?:财政|財政|会计|會計|财务|財務)?年度")
# a fiscal year as a question writes it (2024-25, 2024/25, 2024–2025)
_RANGE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-/–—]\s*(\d{2}|\d{4})(?!\d)")


def ended_years(text: str) -> frozenset[tuple[int, int]]:
    """The fiscal years ``text`` names by their last day in a month before December, each as (first, second)
    calendar year: the year ended 31 March 2025 is (2024, 2025)."""
    if "end" not in text and "to " not in text and "截" not in text:
        return frozenset()
    out = set()
    for m in _ENDED.finditer(text):
        month = m.group(1) or m.group(2)
        if not month.startswith("dec"):
            out.add((int(m.group(3)) - 1, int(m.group(3))))
    for m in _ENDED_ZH.finditer(text):
        if 1 <= int(m.group(2)) <= 11:
            out.add((int(m.group(1)) - 1, int(m.group(1))))
    return frozenset(out)


def asked_range(written: str) -> tuple[int, int] | None:
    """The two calendar years a fiscal year written as a range (``context.range_forms``'s first form) runs over,
    or None when it is not two years in a row."""
    m = _RANGE.fullmatch(written.strip())
    if m is None:
        return None
    first, second = int(m.group(1)), m.group(2)
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return (first, last) if last == first + 1 else None


def ended_agrees(forms: tuple[str, ...], text: str) -> bool:
    """Whether a year constraint's fiscal year (``forms[0]``, as the question writes it) is the year ``text`` (a
    passage with its context, lower case) names by its last day."""
    asked = asked_range(forms[0]) if forms else None
    return asked is not None and asked in ended_years(text)


def years_ended_in(question: str, text: str) -> frozenset[str]:
    """The years of each fiscal year ``question`` writes as a range (2024-25: 2024 and 2025) that ``text`` (lower
    case) names by its last day: the question's year is said there, as the fiscal year's own words."""
    ended = ended_years(text)
    if not ended:
        return frozenset()
    spans = (asked_range(m.group(0)) for m in _RANGE.finditer(question))
    return frozenset(str(y) for r in spans if r in ended for y in r)
