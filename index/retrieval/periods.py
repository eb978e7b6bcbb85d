"""The part of a year a question names (a half, a quarter, the whole year), as a constraint on its passage.

A year alone does not scope a figure: a half-year summary (2025年上半年工作总结) and an annual report of the same
year both name 2025, and a question about the first half is not answered by the year's total, nor a question about
the whole year by the first half's. A question naming a half, a quarter or the first three quarters (上半年, 一季度,
H1, first quarter, 前三季度, jan-sep) wants a passage that names that part in its text or context, in either language;
a question naming the whole year (全年, full year, all of 2025) wants one whose text and context name no part of a
year, unless the text names the whole year too (上半年完成…，全年共…). The parts are a closed class of calendar
words, read by pattern.
"""
from __future__ import annotations

import re

from reportbot.index.retrieval.context import Constraint, written

# each part of a year: how a question names it, and the forms a passage may write it in (lower case)
_PARTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "h1": (r"上半年|\bh1\b|first half|first six months|(?<![\d-])1[-—–至到]6月",
           ("上半年", "1-6月", "1—6月", "1至6月", "h1", "first half", "half-year", "half year", "mid-year", "midyear",
            "first six months")),
    "h2": (r"下半年|\bh2\b|second half|(?<![\d-])7[-—–至到]12月",
           ("下半年", "7-12月", "7—12月", "7–12月", "7至12月", "h2", "second half")),
    "q1": (r"(?<!前)(?:第?一|1)季度|\bq1\b|first quarter", ("一季度", "1季度", "q1", "first quarter")),
    "q2": (r"(?<!前)(?:第?二|2)季度|\bq2\b|second quarter", ("二季度", "2季度", "q2", "second quarter")),
    "q3": (r"(?<!前)(?:第?三|3)季度|\bq3\b|third quarter", ("三季度", "3季度", "q3", "third quarter")),
    "q4": (r"(?<!前)(?:第?四|4)季度|\bq4\b|fourth quarter", ("四季度", "4季度", "q4", "fourth quarter")),
    # the first three quarters together, as a progress report to September names itself (2025年前三季度工作进展,
    # 2025年1—9月重点工作进展): a question naming them is about that report, not the year's annual report
    "q1-q3": (r"前(?:三|3)季度|(?<![\d-])1\s*月?\s*[-—–~～至到]\s*9\s*月|\bjan(?:uary)?\.?\s*(?:-|–|—|to|through)\s*"
              r"sep(?:t|tember)?\b|\bq1\s*[-–—~]\s*q3\b|first (?:three|3) quarters|first (?:nine|9) months",
              ("前三季度", "前3季度", "1-9月", "1—9月", "1–9月", "1至9月", "1~9月", "1月至9月", "1月-9月", "1月—9月",
               "first three quarters", "first nine months", "first 9 months", "january to september",
               "january-september", "jan-sep", "jan–sep", "q1-q3", "q1–q3")),
}
_WHOLE = re.compile(r"全年(?!龄)|\bfull[- ]year\b|\bwhole year\b|\ball of (?:19|20)\d\d\b|\bentire year\b")
# a passage's own words for the whole year (全年共募集…), beside its part of the year
_WHOLE_FORMS = ("全年", "full year", "full-year", "whole year")
PART_FORMS = tuple(dict.fromkeys(f for _, forms in _PARTS.values() for f in forms))


def period_constraints(text: str) -> tuple[Constraint, ...]:
    """The parts of a year a normalised question names, as constraints: ("period", its forms) for each half or
    quarter; ("whole year", the parts' forms) when it names the whole year and no part."""
    lowered = text.lower()
    parts = [Constraint("period", forms) for pattern, forms in _PARTS.values() if re.search(pattern, lowered)]
    if parts:
        return tuple(parts)
    return (Constraint("whole year", PART_FORMS),) if _WHOLE.search(lowered) else ()


def whole_year_agrees(constraint: Constraint, text: str) -> bool:
    """A whole-year constraint against a passage with its context (lower case): no part of a year is named there,
    or the whole year is named too."""
    return any(written(f, text) for f in _WHOLE_FORMS) or not any(written(f, text) for f in constraint.forms)


def part_agrees(constraint: Constraint, text: str) -> bool:
    """A half or quarter asked against a passage with its context (lower case): one of its forms is written there,
    and not as the end of a span that counts from the year's start (前三季度 is the first three quarters, not Q3)."""
    return any(written(f, text.replace("前" + f, "")) for f in constraint.forms)
