"""Years of the Republic of China's calendar (民國113年, 113年度, minguo 113), read as the years they are (1911 + n).

A Taiwanese document and its readers write a year by the Republic's count, with the era's name before it or bare
when the document is the Republic's own (中華民國紅十字會…「114年度…」 writes 114年度, and a question about it
南投113年…): three figures from 100 before 年. A question may write the calendar's year (2025) of a passage that
writes 114年, or the Republic's year of a passage dated 2024; both are one year. Not a year: a length of time
(成立110年来, 满100年, 第101年, 110年以上) — the words before and after the figure that make it an amount, as
``years.py`` reads a two-figure year. Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.index.retrieval.years import _AMOUNT_BEFORE, _DURATION_AFTER

_ERA_ZH = r"(?:中[華华]民[國国]|民[國国])"
# 1[0-2]\d: the Republic's years 100-129 (2011-2040), before 年 (113年, 113年度, 民國 113 年)
_ROC_ZH = re.compile(rf"(?:{_ERA_ZH}\s*)?(?<![\d.{_AMOUNT_BEFORE}])(1[0-2]\d)\s?年")
# English: minguo 113, ROC 113, ROC year 113
_ROC_EN = re.compile(r"\b(?:minguo|roc)\s*(?:year\s*)?(1[0-2]\d)\b", re.IGNORECASE)
_ZH_DIGITS = dict(zip("0123456789", "〇一二三四五六七八九"))
_FIRST, _LAST = 1911 + 100, 1911 + 129


def roc_years(text: str) -> list[str]:
    """The calendar years (four figures, as text) of the Republic's years ``text`` writes, in order, each once."""
    found = [m.group(1) for m in _ROC_ZH.finditer(text) if not _DURATION_AFTER.match(text, m.end())]
    found += _ROC_EN.findall(text)
    return list(dict.fromkeys(str(1911 + int(n)) for n in found))


def roc_forms(year: str) -> tuple[str, ...]:
    """How a Taiwanese text writes the calendar ``year`` (2025: 114年, 一一四年); () outside the years read."""
    if not (year.isdigit() and len(year) == 4 and _FIRST <= int(year) <= _LAST):
        return ()
    n = str(int(year) - 1911)
    return (f"{n}年", "".join(_ZH_DIGITS[d] for d in n) + "年")


def roc_written(year: str, text: str) -> bool:
    """Whether ``text`` writes the calendar ``year`` as the Republic's year (114年 for 2025), not inside a longer
    figure (2114年) nor as a length of time."""
    for form in roc_forms(year):
        for m in re.finditer(re.escape(form), text):
            if (m.start() == 0 or not text[m.start() - 1].isdigit()) and not _DURATION_AFTER.match(text, m.end()):
                return True
    return False
