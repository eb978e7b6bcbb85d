"""Whether the evidence states what the question qualifies its thing by with another value of the same kind.

A near miss often asks for the same thing the evidence counts, qualified otherwise: June's households when the
sentence gives August's, the Level 2 course when the row is Level 1's, EMT-2's fee on EMT-1's line, 2024's income
where the sentence says 2023. The question's qualifiers are read by their shape, as kinds with values: a year (2024,
民國113年 read as 2024), a month (June, 6月, 六月), a numbered grade (a Latin word and its number: Level 2, EMT-2,
Q3). The evidence's sentence states a kind otherwise when it writes that kind with other values and never the
asked one (a sentence that says no year says nothing against a year). Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.corpus.normalize import to_simplified
from reportbot.index.retrieval.months import months_in

_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?!\d)(?:\s?[-–/]\s?(\d{2}|(?:19|20)\d\d)(?!\d))?")
# a year of the Republic of China's calendar (民國113年, 114年度): three digits from 100 before 年
MINGUO = re.compile(r"(?<![\d.])(1[0-2]\d)\s?年")
# a grade or stage named by a Latin word and its number: Level 2, EMT-2, Q3, Phase II (not a figure's unit: the
# word comes first, and the number is small)
_GRADE = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,10})[\s-]?(\d{1,2}|I{1,3}|IV)(?!\d|[.,:]\d|[A-Za-z])")
# a comparison before a year in its clause: the year is the baseline, not the figure's own (较2022年底的68.05万名,
# 比上年, up from 4,210 in 2023, an increase of 6.8% on 2023)
_COMPARED = re.compile(r"(?:较|比|相比|同比|与|对比)[^，。；：]{0,6}$|"
                       r"\b(?:from|than|on|over|versus|vs|compared)\b(?:[^,;.]|[.,]\d|,\d)*$", re.I)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
# words that name a figure's unit, a time or an address before a number, not a grade of the thing
_NOT_GRADE = frozenset("am pm no nr page p pp vol room unit floor gate box covid".split())


def years(text: str, compared: bool = True) -> set[int]:
    """The years ``text`` writes (a span 2023-24 or FY 2024-25 writes both; 民國113年 is 2024); ``compared``: also
    the years a comparison names (较2022年, up from 84 in 2023), which a figure of another year is set against."""
    out: set[int] = set()
    for m in _YEAR.finditer(text):
        if not compared and _COMPARED.search(text[max(0, m.start() - 40):m.start()]):
            continue
        first = int(m.group(1))
        out.add(first)
        if m.group(2):
            last = int(m.group(2)) if len(m.group(2)) == 4 else first // 100 * 100 + int(m.group(2))
            if 0 < last - first <= 1:
                out.add(last)
    out |= {1911 + int(n) for n in MINGUO.findall(text)}
    return out


def months(text: str, asked: bool = False) -> set[int]:
    """The months ``text`` writes, in any language's form."""
    return {month for _, _, month in months_in(text, asked=asked)}


def grades(text: str) -> set[tuple[str, int]]:
    """(word, number) of each grade ``text`` names by a Latin word and its number (Level 2 -> ("level", 2))."""
    out = set()
    for m in _GRADE.finditer(text):
        word = m.group(1).lower()
        if word in _NOT_GRADE:
            continue
        n = m.group(2)
        out.add((word, _ROMAN[n] if n in _ROMAN else int(n)))
    return out


def _grade_otherwise(asked: set[tuple[str, int]], said: set[tuple[str, int]]) -> bool:
    return any(any(w == word and v != value for w, v in said) and (word, value) not in said
               for word, value in asked)


def otherwise(question: str, sentence: str, answer: tuple[int, int] | None = None) -> str:
    """The kind of qualifier (``year``, ``month``, ``grade``) the question puts on its thing that the sentence
    states with other values and never as asked ('' when none); ``answer``: where the answer stands in the sentence,
    left out of its times (a date answered: its year is what was asked for, not a qualifier the sentence puts on it).
    """
    question, whole = to_simplified(question), to_simplified(sentence)
    if answer is not None:
        sentence = whole[:answer[0]] + " " + whole[answer[1]:]
    else:
        sentence = whole
    asked, said = years(question), years(sentence, compared=False)
    if asked and said and not asked & said:
        return "year"
    asked_m, said_m = months(question, asked=True), months(sentence)
    if asked_m and said_m and not asked_m & said_m:
        return "month"
    if _grade_otherwise(grades(question), grades(whole)):  # an answer read off the grade (1 of Level 1) is none
        return "grade"
    return ""


def stated_agrees(question: str, sentence: str, answer: tuple[int, int] | None = None) -> float:
    """0 when the sentence states a qualifier of the question's kind otherwise (:func:`otherwise`), else 1."""
    return 0.0 if otherwise(question, sentence, answer) else 1.0
