"""A count of years a question asks over (五年里, 这五年, over the five years, the five-year review), and the documents
that write a span of that many years.

A review of a congress's term (“六大”以来党建工作综述) sums five years: 五年来募集社会捐赠款物3.8亿元. The same
organisation's yearly update states one year's figure for the same thing, and names no year the question could tell it
by: a question asking what was done over the five years is about the review. What tells the review apart is that it
writes the span somewhere (五年来, 五年累计, a table headed 2017—2021年), in its title, a heading or its text, and the
update writes no such span. A count after 满 / 每 / 连续 (满五年, 每五年, 连续五年) is a duration or a frequency, not a
span the question is asked over, and is not read.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from reportbot.index.retrieval.heading_years import heading_years

_ZH = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EN = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_N_ZH = r"(十|[二两三四五六七八九]|10|[2-9])"
_N_EN = rf"({'|'.join(_EN)}|10|[2-9])"
# a question asking over a count of years: 这五年, 那五年, 近五年, 过去五年, 五年来, 五年里, 五年间, 五年中, 五年累计;
# in those five years, over the past 5 years, across the five years, a five-year review
_ASKED_ZH = re.compile(rf"(?:近|过去|这|那){_N_ZH}年|(?<![满每续第]){_N_ZH}年(?:来|里|间|中|累计|以来)")
_ASKED_EN = re.compile(rf"\b(?:over|in|during|across|for) (?:the |those |these |its |their )?(?:past |last |previous )?"
                       rf"{_N_EN} years\b|\b{_N_EN}[- ]year (?:review|period|term|total)\b")
# a document writing a span of years counted (五年来, 五年累计, 5年间, over the five years, five-year)
_WRITTEN_ZH = re.compile(rf"(?<![满每续第]){_N_ZH}年(?:来|里|间|中|累计|以来)|(?:近|过去){_N_ZH}年")
_WRITTEN_EN = re.compile(rf"\b{_N_EN}(?:[- ]years?\b)", re.IGNORECASE)


def _count(word: str) -> int:
    """A count written as a Chinese numeral, figures or an English word (五, 5, five): its value."""
    if word.isdigit():
        return int(word)
    if word in _EN:
        return _EN.index(word) + 2
    return _ZH[word]


def asked_count(text: str) -> int | None:
    """The count of years a normalised question asks over (这五年 -> 5, over the 5 years -> 5); None when it names
    none."""
    lowered = text.lower()
    m = _ASKED_ZH.search(lowered) or _ASKED_EN.search(lowered)
    return _count(next(g for g in m.groups() if g)) if m else None


def written_counts(texts: Iterable[str], sections: Iterable[str | None] = ()) -> frozenset[int]:
    """The counts of years a document's texts (its title and passages) write a span of, and those its headings' spans
    of years cover (2017—2021年: 5)."""
    found: set[int] = set()
    for text in texts:
        found.update(_count(next(g for g in m.groups() if g)) for m in _WRITTEN_ZH.finditer(text))
        found.update(_count(m.group(1).lower()) for m in _WRITTEN_EN.finditer(text))
    for section in dict.fromkeys(s for s in sections if s):
        found.update(b - a + 1 for a, b in heading_years(section) if b > a)
    return frozenset(found)
