"""Whether an answer says the time asked: a time at all for "when", a year for "which year", a day for "which day",
and a time beyond a bare figure where a figure may be something else (a phone number).

A near miss asks when something happened that the documents report without its date (哪年评上…, what year was it
built); the extraction then falls back to the sentence's clause, a clock time, a year where a day is asked, or a
number to call where opening hours are asked. An answer to "when" holds a time: a figure or a word of the closed
class of time words (months, weekdays, seasons, 年 月 日, before and after); an answer to "which year" holds a year;
an answer to "which day" a day, not a year alone; an answer to "what time" (几点) a clock time, not a date alone.
One reading of years, weekdays and days serves every check here and the phone check of :mod:`.kind_asked`. Pure
functions over strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.dimension_said import asked_measure
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.clock import asks_hour
from reportbot.index.retrieval.dates import MONTH_EN, WEEKDAY_EN, WEEKDAY_ZH

# a time: a figure, a time word (年 月 日 周 季 旬, 今天, a weekday, a part of the day, a term), before and after
# closing a clause (开学前, 结束以后), a capitalised English month (:data:`.dates.MONTH_EN`); a numeral alone is no
# time (一楼大厅), nor a word that merely holds 前 or 早 (前台, 早已)
_TIME = re.compile(rf"\d|[年月日周季旬晨午夜]|[今明昨][天日晚早]|星期|礼拜|[早晚]上|傍晚|[假学]期|期间|"
                   rf"[之以]?[前后]$|[之以][前后]|{MONTH_EN}|{WEEKDAY_EN}|"
                   r"\b(?:spring|summer|autumn|fall|winter)\b|"
                   r"\b(?:morning|afternoon|evening|noon|night|daily|weekly|monthly|annual(?:ly)?|year|before|after|"
                   r"during|until|since|now|today|tomorrow|yesterday)\b", re.I)
# a time named beyond a bare figure: a clock time, a part of the day, a weekday, a month, a day's word (the digits
# of a phone number are no time)
NAMED_TIME = re.compile(rf"\d\s*[:：点時时]|\d\s*(?:am|pm)\b|[上下中]午|{WEEKDAY_ZH}|{MONTH_EN}|{WEEKDAY_EN}|"
                        r"\bdaily\b|每天|每日|[月日号]", re.I)
_YEAR_ASKED = re.compile(r"\b(?:what|which) year\b|哪(?:一)?年|何年|几几年")
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)|\d{2,4}\s*年|[〇零一二三四五六七八九]{4}年|\byear\b", re.I)
# the parts of a day English names (the words :data:`_CLOCK` reads as a time of day)
_DAY_PARTS_EN = r"morning|afternoon|evening|night"
# a day asked: which day, what date, which of a day's parts (which morning, what evening: the day it falls on is
# asked, not its hour); not a year, a month or "when", which a year or a season may answer
_DAY_ASKED = re.compile(r"哪天|哪一天|哪日|哪一日|什么日子|几月几[日号]|幾月幾[日號]|"
                        r"[几幾][号號](?![码碼线線楼樓门門床房])|"
                        rf"\b(?:what|which) (?:day|date|{_DAY_PARTS_EN})s?\b|\bon what date\b", re.I)
# a day: a month and day, a weekday, a day word, a day's number (5日, 12号), 3/16
_DAY = re.compile(rf"月|\d\s*[日号號]|{WEEKDAY_ZH}|{MONTH_EN}|{WEEKDAY_EN}\b|今天|明天|后天|昨天|当天|次日|"
                  r"\d{1,2}\s*[/.-]\s*\d{1,2}", re.I)


# a house's number in an address: digits and 号 after a road's, a street's, a lane's or a village's word (淡村路13号,
# 幸福里3号, 王家村12号), or digits before a road's English word (42 Mill Street): a place's number, no day of a month.
# 里 and 道 close other words too, after which the figure is a day: 里 "inside" a time, a place or a pronoun
# (寒假里15号, 村里8号, 这里), 道 a verb of knowing or saying (知道, 报道, 写道, 问道)
_HOUSE_NUMBER = re.compile(r"(?:(?<=[路街巷弄村])|(?<=[^这那哪家城村镇乡县市区心夜期假年月日天周节季]里)|"
                           r"(?<=[^知报难说写问答叫喊称]道))"
                           r"\s*\d+(?:-\d+)?\s*[号號](?:楼|院|门)?|"
                           r"\b\d+(?:-\d+)?(?=\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Way|"
                           r"Drive|Dr|Boulevard|Blvd)\b)")


def time_said(q, sentence: str, span: Span | None, context: str = "") -> float:
    """0 when a when-question's answer holds no time (a house's number in an address is none), or a which-year
    question's answer no year; else 1."""
    if q.kind != "when" or span is None:
        return 1.0
    text = _HOUSE_NUMBER.sub(" ", span.text)
    if _YEAR_ASKED.search(q.text.lower()):
        return 1.0 if YEAR.search(text) else 0.0
    return 1.0 if _TIME.search(text) else 0.0


def day_given(q, sentence: str, span: Span | None, context: str = "") -> bool:
    """False when a day is asked and the answer gives a year and no day."""
    if span is None or not _DAY_ASKED.search(q.text):
        return True
    return not (YEAR.search(span.text) and not _DAY.search(span.text))


# 几点几版: a version's number asked (x.y), which :func:`.clock.asks_hour` reads as an hour (it knows 几点零 only)
_VERSION_ASKED = re.compile(r"几点几")
# a clock time asked in English (what time, at what time; not a span of time nor a time of year)
_CLOCK_ASKED_EN = re.compile(r"\bwhat time\b(?!\s+(?:span|period|frame|zone|of (?:the )?year))", re.I)
# a clock time: hours and minutes (9:30, 10点, 9時, 7 p.m.), a part of the day (上午, evening), a day's edge (noon)
_CLOCK = re.compile(r"\d\s*[:：点點時时]|\d\s*(?:am|pm|a\.m\.|p\.m\.)|[上下中]午|[早晚]上|夜[晚间間]|傍晚|凌晨|"
                    r"清晨|[零一二两三四五六七八九十]+[点點時时]|"
                    rf"\b(?:noon|midnight|{_DAY_PARTS_EN})\b", re.I)


def clock_given(q, sentence: str, span: Span | None, context: str = "") -> bool:
    """False when a clock time is asked (几点开始, what time does it open) and the answer gives a date (a day, a month,
    a year: 2025年6月12日) and no clock time: the document dates the event and does not say when in the day."""
    if span is None or not (asks_hour(q.text) and not _VERSION_ASKED.search(q.text) or _CLOCK_ASKED_EN.search(q.text)):
        return True
    return _CLOCK.search(span.text) is not None or not (_DAY.search(span.text) or YEAR.search(span.text))


# a time of day written as one: hours and minutes, or an hour with am / pm (9:30, 7:00 pm, 4 p.m.)
_HOUR = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*(?:am|pm|a\.m\.?|p\.m\.?))?"
                   r"|\d{1,2}\s*(?:am|pm|a\.m\.?|p\.m\.?)", re.I)
# what joins two times of day into a range, and the marks around them (9:00 to 12:00, 10:00–19:00, 9:00 am - 5:00 pm)
_BETWEEN_HOURS = re.compile(r"\b(?:to|and|until|till|from|between)\b|[至到~～\-–—]|[\s,，.。;；]", re.I)
# an average asked (average, avg, median; 平均, 中位数): an average of anything, times too, is an amount (a length of
# time, an age, a count), never a time of day; "typical" is no average (a typical start time is a clock time)
_AVERAGE = re.compile(r"\b(?:average|avg|median)\b|平均|中位数|中位數", re.I)


def hour_alone(text: str) -> bool:
    """The text is a time of day or a range of them and nothing else (10:00, 9:00 to 12:00, 7:00 pm to 9:00 pm): no
    day, no weekday, no count beside it."""
    return bool(_HOUR.search(text)) and not _BETWEEN_HOURS.sub("", _HOUR.sub("", text))


def hour_answers(q, sentence: str, span: Span | None, context: str = "") -> bool:
    """False when the answer is a time of day alone (:func:`hour_alone`) and the question asks something a time of
    day is not: a count of things or people (多少人 answered 10:00), a day (从哪天开始, 是幾號, which evening), a length
    of time (多久, how long), or an average (an average waiting time, 平均年龄). A count of hours is left alone (how
    many hours: a shift's hours may be given as its clock times)."""
    if span is None or not hour_alone(span.text):
        return True
    measure = asked_measure(q)
    if q.kind == "count":
        return measure == "time"
    return not (_DAY_ASKED.search(q.text) or measure == "time" and q.kind != "when" or _AVERAGE.search(q.text))
