"""Months in one form across languages: "June", "Jun", 6月, 六月 and 六月份 are month 6 wherever they are written.

Chinese documents write months (and dates, 2025年6月30日) with Arabic digits, English ones with names ("30 June
2025"); CC-CEDICT glosses 六月, which a document seldom writes. Both sides, the question and the sentence, are read
to month numbers here, so a question about June finds the row written 6月 and one about 八月 the line written
"August". Pure functions.
"""
from __future__ import annotations

import re

_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN = re.compile(r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                 r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?", re.I)
# "may" is a month beside a date's figures or after a word that places a time ("in May", "early may"); otherwise the
# verb
_MAY_PLACED = re.compile(r"(?:\b(?:in|of|on|since|until|till|from|by|early|late|mid|end|last|next|this|during)[\s-]"
                         r"|\d\s)$", re.I)
_ZH = re.compile(r"(?<![\d.])(1[0-2]|0?[1-9])\s?月|"
                 r"(?<![一二三四五六七八九十两个每上下本这那])(十[一二]?|[一二三四五六七八九])月")
_ZH_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
              "十一": 11, "十二": 12}


def months_in(text: str) -> list[tuple[int, int, int]]:
    """(start, end, month 1-12) of each month the text writes, in any of the forms above."""
    out = []
    for m in _EN.finditer(text):
        word = m.group(1)
        if word.lower() == "may" and not _may_is_month(text, m.start(), m.end()):
            continue
        if word.lower() == "mar" and word != "Mar":
            continue  # "mar" lower-cased is the verb
        out.append((m.start(), m.end(), _NAMES.index(word[:3].lower()) + 1))
    for m in _ZH.finditer(text):
        month = int(m.group(1)) if m.group(1) else _ZH_DIGITS[m.group(2)]
        out.append((m.start(), m.end(), month))
    return sorted(out)


def _may_is_month(text: str, start: int, end: int) -> bool:
    """Whether a "may" is the month: with a date's figure beside it or a word placing a time before it."""
    return bool(re.match(r"\s?\d", text[end:end + 2]) or _MAY_PLACED.search(text[:start]))


def months_asked(question: str) -> frozenset[int]:
    """The months a question names."""
    return frozenset(month for _, _, month in months_in(question))


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
