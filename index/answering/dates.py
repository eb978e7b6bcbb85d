"""Dates in Chinese evidence: the one the question's words point at, and the end of a range when it asks for one.

报名时间为3月5日8:00至3月12日18:00 answers "when does registration close" with 3月12日, and
"when does it open" with 3月5日. Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import _YEAR, Span, _clauses, _proximity
from reportbot.index.retrieval.query import Query

# the question asks for the end of a period (a deadline, a closing day), not its start
# (延到, 推迟至, 改到: a date moved asks where it was moved to, the date after 至 of 由原定X推迟至Y)
_END_ASKED = re.compile(r"截止|截至|结束|到期|最晚|最后一天|[延推改拖][迟后期]?[到至]|"
                        r"\bdeadline\b|\bends?\b|\bclos(e|es|ing)\b|\buntil\b|\blast day\b|\bdue\b")
_YEAR_ASKED = re.compile(r"哪一?年|几几年|\b(which|what) year\b")
_CORRECTED = re.compile(r"(?:应为|应是|更正为|改正为|正确(?:的)?(?:为|是))$")
_RANGE_JOIN = re.compile(r"\s*(?:[\d:：.]+)?\s*(?:至|到|~|～|–|—|-)\s*$")


def asks_end(q: Query) -> bool:
    """The question asks for the end of a period (when does registration close, 何时截止)."""
    return _END_ASKED.search(q.text.lower()) is not None


def closes_range(sentence: str) -> bool:
    """The sentence gives a period with a date that closes it (3月5日8:00至3月12日18:00)."""
    return any(_RANGE_JOIN.search(sentence[max(0, m.start() - 8):m.start()]) for m in _YEAR.finditer(sentence))


def extract_date(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """The date nearest the question's words; for a question about an end, the date that closes a range."""
    found = list(_YEAR.finditer(sentence))
    if not _YEAR_ASKED.search(q.text.lower()) and any("月" in m.group(0) or "日" in m.group(0) for m in found):
        found = [m for m in found if "月" in m.group(0) or "日" in m.group(0)]  # when: the day, not the year
    if not found:
        return None
    # an erratum (成立日期误写为6月8日，应为6月6日): the corrected date answers, not the one written in error
    corrected = [m for m in found if _CORRECTED.search(sentence, max(0, m.start() - 6), m.start())]
    if corrected:
        return Span(corrected[0].group(0), corrected[0].start(), corrected[0].end(), "year")
    if _END_ASKED.search(q.text.lower()):
        ends = [m for m in found if _RANGE_JOIN.search(sentence[max(0, m.start() - 8):m.start()])]
        if ends:
            m = ends[0]
            return Span(m.group(0), m.start(), m.end(), "year")
    clauses = _clauses(sentence)
    m = max(found, key=lambda x: (_proximity(x.start(), x.end(), terms, clauses), -x.start()))
    return Span(m.group(0), m.start(), m.end(), "year")
