"""Months in one form across languages: "June", "Jun", 6月, 六月 and 六月份 are month 6 wherever they are written.

Chinese documents write months (and dates, 2025年6月30日) with Arabic digits, English ones with names ("30 June
2025"); CC-CEDICT glosses 六月, which a document seldom writes. Both sides, the question and the sentence, are read
to month numbers here, so a question about June finds the row written 6月 and one about 八月 the line written
"August". Pure functions.
"""
from __future__ import annotations

import re

_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# a month's English name, whole or cut short (read by .fiscal_years too)
MONTH_WORDS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_EN = re.compile(rf"\b({MONTH_WORDS})\b\.?", re.I)
# "May" is a month beside a date's figures or after a word that places a time ("in May", "early May"); otherwise the
# verb. "this may take", "next may be": a determiner before the modal places no time
_MAY_PLACED = re.compile(r"(?:\b(?:in|of|on|since|until|till|from|by|early|late|mid|end|last|during)[\s-]"
                         r"|\d\s)$", re.I)
# a month word that is also an English word ("may", "march"), written in lower case in a document's text, is the word
# unless a day or a year stands beside it (3 may 2025, may 2025, march 12): "This may take a week", "we march on"
_WORDS = ("may", "march", "mar")
_DAY_OR_YEAR_AFTER = re.compile(r"\.?,?\s?(?:\d{1,2}\b|(?:19|20)\d\d\b)")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s$")
_ZH = re.compile(r"(?<![\d.])(1[0-2]|0?[1-9])\s?月|"
                 r"(?<![一二三四五六七八九十两个每上下本这那])(十[一二]?|[一二三四五六七八九])月")
ZH_MONTH_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
              "十一": 11, "十二": 12}


def months_in(text: str, asked: bool = False) -> list[tuple[int, int, int]]:
    """(start, end, month 1-12) of each month the text writes, in any of the forms above. A question (``asked``) is
    often typed in lower case, so there a lower-case "may" or "march" after a word placing a time ("in may") is one
    too; in a document's text only one beside a day or a year is."""
    out = []
    for m in _EN.finditer(text):
        word = m.group(1)
        if word.lower() in _WORDS and word.islower() and not _dated(text, m.start(), m.end()) \
                and not (asked and word != "mar" and _MAY_PLACED.search(text[:m.start()])):
            continue
        if word.lower() == "may" and not _may_is_month(text, m.start(), m.end()):
            continue
        if word.lower() == "mar" and word != "Mar":
            continue  # "mar" lower-cased is the verb
        out.append((m.start(), m.end(), _NAMES.index(word[:3].lower()) + 1))
    for m in _ZH.finditer(text):
        month = int(m.group(1)) if m.group(1) else ZH_MONTH_NUMBERS[m.group(2)]
        out.append((m.start(), m.end(), month))
    return sorted(out)


def _dated(text: str, start: int, end: int) -> bool:
    """Whether a day or a year stands beside the month word at ``start:end`` (3 may 2025, may 2025, march 12)."""
    return bool(_DAY_OR_YEAR_AFTER.match(text, end) or _DAY_BEFORE.search(text[:start]))


def _may_is_month(text: str, start: int, end: int) -> bool:
    """Whether a "may" is the month: with a date's figure beside it or a word placing a time before it."""
    return bool(re.match(r"\s?\d", text[end:end + 2]) or _MAY_PLACED.search(text[:start]))


def months_asked(question: str) -> frozenset[int]:
    """The months a question names."""
    return frozenset(month for _, _, month in months_in(question, asked=True))


def month_positions(question: str, sentence: str) -> list[tuple[int, int]]:
    """Where the sentence writes a month the question names, in whatever form each writes it."""
    asked = months_asked(question)
    return [(a, b) for a, b, month in months_in(sentence) if month in asked] if asked else []


class MonthsNamed:
    """The months a question names, found in a sentence in whatever form it writes them (``search`` as a pattern's)."""

    def __init__(self, months: frozenset[int]):
        self.months = months

    def search(self, sentence: str) -> bool:
        return any(month in self.months for _, _, month in months_in(sentence))
