"""The years a passage's own heading puts it under, and whether they leave it about the year a question names
(split from ``context.py``: a heading's years are read in a form of their own, and each heading once)."""
from __future__ import annotations

import functools
import re

from reportbot.index.retrieval.context import _YEAR, _YEAR_RANGE, Constraint, agrees

# a year as a Chinese heading writes it (the figures of _YEAR): followed by 年 (2025年, 2024学年), a span of years
# ending in 年 (2019—2025年, 2021年至2023年), or a fiscal year (FY2025, FY 2025-26); a bare figure there is a count
# or an amount (服务1900余人次, 投入2000万元). English writes a year bare (Goals for 2025, 2023-24 Review): in a
# heading without Chinese, _YEAR and _YEAR_RANGE read it
_Y = r"19[5-9]\d|20\d\d"
_HEADING_YEAR = re.compile(rf"(?<!\d)({_Y})(?:\s*年?\s*[-–—~～至到]+\s*({_Y}|\d\d))?\s*学?年"
                           rf"|(?<![A-Za-z])FY\s*({_Y}|\d\d)(?:\s*[-/–]\s*({_Y}|\d\d))?(?!\d)", re.IGNORECASE)


_LONGEST = 30  # the most years a heading's span covers (a plan, a review of a decade or three)


@functools.lru_cache(maxsize=8192)
def heading_years(section: str) -> tuple[tuple[int, int], ...]:
    """The years a heading puts its passages under, each as a span (first, last): one year is a span of one.
    Headings repeat over a document's paragraphs, so each is read once."""
    if re.search(r"[\u3400-\u9fff]", section):
        found = [m.group(1, 2) if m.group(1) else m.group(3, 4) for m in _HEADING_YEAR.finditer(section)]
    else:
        ranges = [m.group(0) for m in _YEAR_RANGE.finditer(section)]
        found = [tuple(re.split(r"\s*[-/–]\s*", r)) for r in ranges]
        found += [(y, None) for y in _YEAR.findall(section) if not any(y in r for r in ranges)]
        found += [m.group(3, 4) for m in _HEADING_YEAR.finditer(section) if m.group(3)]  # FY25
    return tuple(_span(first, last) for first, last in found)


def _span(first: str, last: str | None) -> tuple[int, int]:
    """The years from ``first`` to ``last`` (None: ``first`` alone; two figures: in ``first``'s century)."""
    start = int(first) if len(first) == 4 else 2000 + int(first)
    end = start if not last else int(last) if len(last) == 4 else start // 100 * 100 + int(last)
    # no span of years: a phone or code after a year (2010-8888), three figures after the dash (2023-245)
    return (start, start) if last and (len(last) == 3 or not start <= end <= start + _LONGEST) else (start, end)


def heading_year_agrees(constraints: tuple[Constraint, ...], section: str | None, text: str,
                        documents: frozenset[int] = frozenset()) -> bool:
    """Whether a passage's own heading leaves it about a year the question names: a heading that names years, none of
    them one of the question's, puts the passage under another year (六、2025年工作打算 in a 2024 report states
    plans, not what 2024 did), unless the passage's text names a year of the question's itself. A span of years
    (2019—2025年规划) covers each year inside it. ``documents``: the years the question writes only as a report's
    name (``doc_periods.document_only_years``: 24年报告里计划…); they say which report, which its title checks, and
    a heading of that report is not held to them."""
    years = [c for c in constraints if c.kind == "year" and not _names_report(c, documents)]
    spans = heading_years(section) if years and section else ()
    if not spans:
        return True
    asked = {int(f) for c in years for f in c.forms if len(f) == 4 and f.isdigit()}
    if any(a <= y <= b for y in asked for a, b in spans):
        return True
    said = f"{section} {text}".lower()
    return any(agrees((c,), said) for c in years)


def _names_report(c: Constraint, documents: frozenset[int]) -> bool:
    """Whether a year constraint stands only for years the question names a report by."""
    return bool(documents) and all(f.isdigit() and int(f) in documents for f in c.forms)
