"""Dates in Chinese evidence: the one the question's words point at, and the end of a range when it asks for one.

报名时间为3月5日8:00至3月12日18:00 answers "when does registration close" with 3月12日, and
"when does it open" with 3月5日. Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.figure_marks import asks_former
from reportbot.index.answering.numeric_dates import NUMERIC_DATE, numeric_date
from reportbot.index.answering.spans import _YEAR, Span, _clauses, _proximity
from reportbot.index.retrieval.query import Query

# the question asks for the end of a period (a deadline, a closing day), not its start
# (延到, 推迟至, 改到: a date moved asks where it was moved to, the date after 至 of 由原定X推迟至Y; a question's
# text is read in simplified script, so 延遲到 / 推後至 reach these as 延迟到 / 推后至: test_leftovers46)
_END_ASKED = re.compile(r"截止|截至|结束|到期|最晚|最后一天|[延推改拖][迟后期]?[到至]|"
                        r"\bdeadline\b|\bends?\b|\bclos(e|es|ing)\b|\buntil\b|\blast day\b|\bdue\b")
_YEAR_ASKED = re.compile(r"哪一?年|几几年|\b(which|what) year\b")
_RANGE_JOIN = re.compile(r"\s*(?:[\d:：.]+)?\s*(?:至|到|~|～|–|—|-)\s*$")
# a correction or a move and the date it sets (误写为5月9日，应为5月7日; 由原定2025年10月推迟至2026年3月; 改期至): that
# date is in force, the one before it was written wrongly or put off (a period's 至 follows a date, no verb)
_SET_TO = re.compile(r"(?:应为|應為|更正为|更正為|改为|改為|调整为|調整為|"
                     r"(?:推迟|推遲|延期|延后|延後|顺延|順延|提前|改期|延|移)(?:至|到))\s*$")


def _day(date: str) -> bool:
    """Whether a date names its month or day (3月14日, 2025年3月, 2025.03.14), not a year alone."""
    return "月" in date or "日" in date or numeric_date(date)


def asks_end(q: Query) -> bool:
    """The question asks for the end of a period (when does registration close, 何时截止)."""
    return _END_ASKED.search(q.text.lower()) is not None


def closes_range(sentence: str) -> bool:
    """The sentence gives a period with a date that closes it (3月5日8:00至3月12日18:00)."""
    return any(_RANGE_JOIN.search(sentence[max(0, m.start() - 8):m.start()]) for m in _YEAR.finditer(sentence))


def extract_date(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """The date nearest the question's words; for a question about an end, the date that closes a range."""
    # (a date in figures alone, 2025.03.14, names its day as 3月14日 does: .numeric_dates)
    found = sorted([*_YEAR.finditer(sentence), *NUMERIC_DATE.finditer(sentence)], key=lambda m: m.start())
    if not _YEAR_ASKED.search(q.text.lower()) and any(_day(m.group(0)) for m in found):
        found = [m for m in found if _day(m.group(0))]  # when: the day, not the year
    if not found:
        return None
    if not asks_former(q.text):  # (推迟到什么时候 over 由原定2025年10月推迟至2026年3月: the date it moves to)
        found = [m for m in found if _SET_TO.search(sentence[max(0, m.start() - 4):m.start()])] or found
    if _END_ASKED.search(q.text.lower()):
        ends = [m for m in found if _RANGE_JOIN.search(sentence[max(0, m.start() - 8):m.start()])]
        if ends:
            m = ends[0]
            return Span(m.group(0), m.start(), m.end(), "year")
    clauses = _clauses(sentence)
    m = max(found, key=lambda x: (_proximity(x.start(), x.end(), terms, clauses), -x.start()))
    return Span(m.group(0), m.start(), m.end(), "year")
