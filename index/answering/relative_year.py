"""A question's relative year (今年, 明年, this year, next year) read as the year it names in the evidence's document.

"This year" in a question about a document is the document's own year, not the year the question is typed in: a
reader asks 今年上半年培训了多少 of a 2031 half-year update, "nippers numbers this year" of an annual report for
2031-32, 明年想招几个 of a 2031 review's plans for 2032. The answering side reads a year a question writes (2031年,
2031-32, 120年) to choose the figure of that year in a row that gives several (2030年全年：12.4；2031年上半年：6.8)
and to keep what the year scopes; a relative year it read as no year at all. So the question is read as if it wrote
the document's year moved by the relative word's offset, in the calendar the document writes its own year in (the
Republic of China's 120年 in a Taiwanese report, a fiscal year 2031-32 in an English one).

Which words are relative years: a Chinese word whose first CC-CEDICT sense is "this year", "next year" or "the year
after next" (今年, 本年度, 明年, 来年, 后年), or those senses written in English. Last year (去年, last year) is not
read here: whether it is the document's own year or the one before depends on when the document is dated
(:mod:`.last_year`). A question naming a year of its own is left as it is. Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.stated import MINGUO

# the first senses of the relative years read, with how many years each lies after the document's own year
OFFSETS = {"this year": 0, "next year": 1, "the year after next": 2}
_OFFSETS_EN = re.compile(r"\b(" + "|".join(sorted(map(re.escape, OFFSETS), key=len, reverse=True)) + r")\b", re.I)
_GREGORIAN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def relative_years(question: str) -> list[tuple[int, int, int]]:
    """(start, end, offset) of each relative year ``question`` writes: a Chinese time word of one of :data:`OFFSETS`'
    senses, or one written in English; [] when the question names a year of its own (2031, 31年, 120年)."""
    if _GREGORIAN.search(question) or MINGUO.search(to_simplified(question)) or re.search(r"\d\d\s*年", question):
        return []
    from reportbot.index.retrieval.cue_words import cue_words

    found = [(start, start + len(word), OFFSETS[sense]) for word, _, start, sense in cue_words(question)
             if sense in OFFSETS and not word.isascii()]
    found += [(m.start(), m.end(), OFFSETS[m.group(1).lower()]) for m in _OFFSETS_EN.finditer(question)]
    return sorted(found)


def own_year(periods: tuple[tuple[int, int], ...], title: str, date: str | None) -> tuple[int, int, bool] | None:
    """A document's own year as (first, last, Republic of China calendar): the Republic's year its title (else its
    date) writes, when its title writes no calendar year; else its one stated period (``doc_periods.stated_period``)
    when that is a year or a fiscal year (2031-32); None for a document of no year or of several."""
    simple = to_simplified(title)
    if not _GREGORIAN.search(simple):
        for text in (simple, to_simplified(date or "")):
            if len(found := set(MINGUO.findall(text))) == 1:
                year = 1911 + int(found.pop())
                return year, year, True
    if len(periods) == 1 and 0 <= periods[0][1] - periods[0][0] <= 1:
        return periods[0][0], periods[0][1], False
    return None


def written(year: tuple[int, int, bool], offset: int, chinese: bool) -> str:
    """The document's year moved by ``offset`` as a question would write it: 2032年 / 2032, 2031-32, 121年."""
    first, last, roc = year[0] + offset, year[1] + offset, year[2]
    if roc:
        return f"{first - 1911}年"
    text = str(first) if first == last else f"{first}-{str(last)[2:]}"
    return f"{text}年" if chinese else text


def with_own_year(question: str, year: tuple[int, int, bool] | None) -> str | None:
    """``question`` with each relative year written as the year it names in a document of ``year``
    (:func:`own_year`); None when it writes none or the document has no year."""
    found = relative_years(question) if year is not None else []
    if not found:
        return None
    out, at = [], 0
    for start, end, offset in found:
        out += [question[at:start], written(year, offset, not question[start:end].isascii())]
        at = end
    return "".join(out) + question[at:]
