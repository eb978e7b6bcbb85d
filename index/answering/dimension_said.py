"""Whether the answer's figure measures what the question measures: a weight, a volume, a duration, money, points.

A near miss asks a measure the documents do not give for its thing: how heavy an emergency bag should be where the
guide gives how many litres of water it holds, how long to wait between plasma donations where the FAQ gives how
many times a year, how many points a traffic offence costs where the rules give its fine. The search finds the
passage by the thing's words, and the extraction takes the figure there, whatever it measures. The question names
its measure by grammar (幾重 / how heavy, 多久 / 幾耐 / how long, 几分 / how many points, and the units
:func:`.units.named_unit` and :func:`.units.question_unit` read), the answer by the unit after its figure, in either
language (3公升, 8 hours, 200元, $50). When both name a dimension and they differ, the figure answers another
question.

People and times are read as one (an English count of people is often given in person-times: 人次), but a count of
cases (a unit CC-CEDICT gives the sense "case": 例, 宗) does not answer a count of people; points as a
share (a pass mark of 80%) and as a time (分 is a minute too: 3分40秒). A measure the question does not name is
never weighed. Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.answering.two_asks import first_asked
from reportbot.index.answering.unit_dimensions import CALENDAR_UNITS_ZH, LENGTH_UNITS, TIME_UNITS, asked_dimension
from reportbot.index.answering.units import HOW_MANY_ZH, named_unit, question_unit
from reportbot.index.retrieval.cedict import common_senses
from reportbot.index.retrieval.query import Query

# each dimension by its units, Chinese and English, as they stand right after a figure (time and length: the units
# table of ``units``, with the time words that also date a figure: an answer's unit may be one of them)
_UNITS = (
    ("time", f"{CALENDAR_UNITS_ZH}|{TIME_UNITS[0]}|{TIME_UNITS[1]}"),
    ("money", r"[万亿千百]*[港美]?元|块|yuan|dollars?"),
    ("weight", r"公斤|千克|斤|克|吨|kg|g|grams?|kilograms?|tonnes?|tons?"),
    ("volume", r"公升|升|毫升|l|ml|litres?|liters?"),
    ("length", f"{LENGTH_UNITS[0]}|{LENGTH_UNITS[1]}"),
    ("times", r"次|人次|场次|起|times"),
    ("people", r"人|名|位"),
    ("points", r"分|points?"),
    ("share", r"%"),
)
_DIMENSION = tuple((name, re.compile(rf"^(?:{units})$", re.I)) for name, units in _UNITS)
# a figure and the unit after it (a magnitude, 余 / 多, the general classifier 个 between); a currency sign before it
_FIGURE = re.compile(r"\d[\d,.]*\s*(?:[万亿千百]|million|thousand)?\s*[余多]?\s*个?\s*"
                     r"([a-zA-Z]+|[\u4e00-\u9fff%]{1,2})")
_CURRENCY = re.compile(r"[$¥€£]\s?\d")
# asking a measure by grammar: how heavy, how much it holds
_ASKS = (
    ("weight", re.compile(r"多重|[几幾]重|重量|how heavy|\bweigh", re.I)),
    ("volume", re.compile(r"容量", re.I)),
)
# the unit a question word asks in (多少公升, 几公斤, 几分, 几分钟, how many points): its dimension (not 几分之几)
_ASKED_UNIT = re.compile(rf"{HOW_MANY_ZH}\s*个?([\u4e00-\u9fff]{{1,2}})|\bhow many ([a-z]+)", re.I)
# the unit an English question asks a figure in after "in" (volume in litres, donated in tonnes)
_IN_UNIT = re.compile(r"\bin\s+([a-z]+)\b", re.I)
_ASKS_TIME = re.compile(r"多久|[几幾]耐|多长时间|多長時間|how long", re.I)
# dimensions read as one: a count of people given in person-times, points given as a share, and minutes written
# as points are (分 is both: 3分40秒)
_ALIKE = ({"people", "times"}, {"points", "share"}, {"points", "time"})


def dimension_of(unit: str) -> str | None:
    """The dimension a unit measures (公升 -> volume, hours -> time, 元 -> money), if it is one of them; a two-character
    word by its first character too (人份: people)."""
    for candidate in (unit, unit[:1] if len(unit) == 2 else ""):
        found = next((name for name, rx in _DIMENSION if candidate and rx.match(candidate)), None)
        if found:
            return found
    return None


def answered_dimension(text: str) -> str | None:
    """The dimension of the first figure of an answer, by the unit right after it (a currency sign before it)."""
    if _CURRENCY.search(text):
        return "money"
    m = _FIGURE.search(text)
    return dimension_of(m.group(1)) if m else None


def asked_measure(q: Query) -> str | None:
    """The dimension a question asks a figure in, when its grammar names one: a weight, a volume or points asked,
    else the unit it names (多少元, 几天, how many hours, in litres), else a duration (多久, how long) or a length."""
    named = next((name for name, rx in _ASKS if rx.search(q.text)), None)
    if named:
        return named
    m = _ASKED_UNIT.search(q.text)
    if m and not (m.group(1) or "").startswith("分之"):
        by_word = dimension_of(m.group(1) or m.group(2))
        if by_word in ("weight", "volume", "points", "length"):
            return by_word
    in_unit = next((name for m in _IN_UNIT.finditer(q.text) for name, rx in _DIMENSION if rx.match(m.group(1))),
                   None)  # the word itself (in my enrolment: my is no unit)
    if in_unit in ("weight", "volume", "length"):
        return in_unit
    unit = named_unit(q.text) or question_unit(q)
    if unit and dimension_of(unit):
        return dimension_of(unit)
    if _ASKS_TIME.search(q.text):
        return "time"
    other = asked_dimension(q)  # a rate or a temperature has no units here: not weighed
    return other if other in ("time", "length") else None


def dimension_said(q: Query, sentence: str, span: Span | None, context: str = "") -> bool:
    """False when the question asks a figure in one dimension and the answer gives one in another (幾重 answered
    3公升, 几分 answered 200元); True otherwise, and when either names none."""
    if span is None:
        return True
    asked, found = asked_measure(first_asked(q)), answered_dimension(span.text)  # 多少人 占比多少: 912名，…27.6%
    if asked == "people" and answered_cases(span):
        return False  # a head count asked (有几人报名) answered by 完成捐献2例: cases, not people
    return asked is None or found is None or asked == found or {asked, found} in _ALIKE


def answered_cases(span: Span) -> bool:
    """Whether the answer's first figure counts cases: the unit right after it (its first character) has
    CC-CEDICT's sense "case" or "instance", or a classifier's sense for cases (例; 宗: "… cases (medical or legal)")."""
    m = _FIGURE.search(span.text)
    if not m:
        return False
    return any(s in ("case", "instance") or "cases (" in s for s in common_senses(m.group(1)[:1]))


# a table row's label that gives its values' unit, right before the value (2025年（万元）：128.6)
_LABEL_UNIT = re.compile(r"[（(]([^）)]{1,4})[）)]\s*[：:]\s*$")
_BARE = re.compile(r"\d[\d,.]*")
# an English verb that gives its subject's count right before the figure (volunteers now number 63, staff totalled 40)
_COUNTING_VERB = re.compile(r"\b(?:number(?:s|ed)?|total(?:s|l?ed)?)\s+$", re.I)
# what follows a figure that measures or names its thing: a unit or a noun in either language, a hyphen (16-hour)
_UNIT_AFTER = re.compile(r"\s?[-\w\u4e00-\u9fff%]")


def unit_named(q: Query, sentence: str, span: Span | None, context: str = "") -> bool:
    """False when a count that names its measure (多少小时, how many hours, 几个) gets a bare figure outside a table
    that nothing measures: a phone number's or a code's first group (2345 6780), a list's numbering (附件 … 2.), a
    value whose label gives it another dimension (（万元）：128.6 for a rate asked); True otherwise, for a value its
    label names (浏览次数：2316) and for a count its verb gives (volunteers now number 63)."""
    if span is None or q.kind != "count" or span.source == "cell" or not _BARE.fullmatch(span.text.strip()) \
            or sentence[span.start:span.end] != span.text or (named_unit(q.text) or question_unit(q)) is None:
        return True
    after = sentence[span.end:span.end + 2]
    if re.match(r"\s?\d", after):
        return False  # a figure split by a space: a phone number's or a code's first group (2345 6780)
    if _UNIT_AFTER.match(after):
        return True  # 29 volunteers, 16-hour, 3公升: the figure's unit or thing follows it
    before = sentence[max(0, span.start - 12):span.start]
    if _COUNTING_VERB.search(before):
        return True  # active volunteers now number 63: the verb says the figure counts its subject
    label = _LABEL_UNIT.search(before)
    if label:  # a label that gives its value's unit: the value measures that
        found, asked = dimension_of(label.group(1)), asked_measure(q)
        return found is None or asked is None or found == asked
    return re.search(r"[：:]\s*$", before) is not None  # a label's value (浏览次数：2316) is given for the label
