"""Dates written in figures alone: 2025.03.14 (a Chinese circular's), 22/05/2025 (a British or Australian page's).

A Chinese notice may write its dates with dots (2025.07.08; a range 2025.08.19—08.21), and an English page as day,
month and year with slashes (22/05/2025, or month first, as America writes it): neither holds 年 / 月 / 日 nor a
month's name, so a when-question found no date in the sentence and answered a figure (22 of 22/05/2025) or the clause.
A four-figure year with two parts after it joined by dots or slashes, or two parts then a four-figure year joined by
slashes, each part a month's or a day's figure, is a date. Pure patterns."""
from __future__ import annotations

import re

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:19|20)\d\d"
# a day, a month and a year joined by slashes, day or month first (14/03/2019): the search's dates read it so too
# (:data:`reportbot.index.retrieval.dates.DATE`)
DAY_MONTH_YEAR = rf"{_DAY}/{_DAY}/{_Y}"
# (day first or month first alike: a part of 1 to 31; no figure or dot on either side: 12.2025.03.14 is no date;
# a range's end, —08.21, is left to it)
NUMERIC_DATE = re.compile(rf"(?<![\d./])(?:{_Y}(?P<dot>[./]){_MONTH}(?P=dot){_DAY}|"
                          rf"{DAY_MONTH_YEAR})(?![\d]|[./]\d)")


# a year in figures standing alone, no figure on either side (2024年完成, 2024-25, FOR THE YEAR ENDED 31 MARCH 2025):
# what a column or a title-block line is named for (.docx_loader, .period_head)
YEAR = re.compile(rf"(?<!\d){_Y}(?!\d)")


def numeric_date(text: str) -> bool:
    """Whether ``text`` is one date written in figures alone."""
    return NUMERIC_DATE.fullmatch(text) is not None
