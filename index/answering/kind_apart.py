"""Answers of another kind than the question asks, that hold a figure and so would pass as typed: a clock time or a
bare figure for how long something lasts (how long is the certificate valid: 9:00 am - 5:00 pm; 多久: 4), a calendar
date or a year opening a clause for how many (how many people died: 11-14 October; 多少志工: 2024 our), a distance or
any text without three digits in a row for a phone's number (whats the phone number of …: 1公里). Read by
:func:`.typed.typed_ok`, which gives them 0. Pure functions over the question's and the answer's text.
"""
from __future__ import annotations

import re

from reportbot.index.answering.asked import asked_number
from reportbot.index.retrieval.dates import MONTH_EN

# how long something lasts or is valid; not how long ago, nor how often (多久一次, 幾耐要續一次: every 2 years)
_ASKS_DURATION = re.compile(r"\bhow long\b(?!\s+ago)|多久|多长时间|多長時間|多长|多長|[几幾]耐", re.I)
_ASKS_OFTEN = re.compile(r"\bhow often\b|一次|每隔", re.I)
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?!\d)|\d\s*(?:am|pm|a\.m\.?|p\.m\.?)(?![a-z])", re.I)
# a unit of time that makes a figure a duration (6小时, 3 days, 16学时); 点 / 時 of a clock time are none
_TIME_UNIT = re.compile(r"小时|小時|分钟|分鐘|秒|天|日|周|週|星期|月|年|学时|學時|[个個]?钟|鐘|"
                        r"\b(?:hours?|hrs?|h|minutes?|mins?|days?|weeks?|months?|years?|yrs?|seconds?|secs?|"
                        r"sessions?|nights?|semesters?|terms?)\b", re.I)
_BARE_FIGURE = re.compile(r"\s*[\d,.]+(?:\s*[-–—~至到]\s*[\d,.]+)?\s*")  # 4, 1, 84, 6-8: no unit, no word
# a day of a month: 11-14 October, 6 April 2025, June 3, 6月3日, 2025年6月, 2025-06-03
_CALENDAR = re.compile(rf"\d\s*{MONTH_EN}|{MONTH_EN}\s*\d|\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号號]|"
                       rf"(?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月|(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}}", re.I)
# a year that opens a clause and counts nothing: "2024 our volunteers …" cut after its first word
_YEAR_OPENING = re.compile(r"\s*(?:19|20)\d\d\s+(?:our|the|a|an|we|it|they|in|and|was|were|is|saw|had|has)\b.*",
                           re.I)

_DIGITS = re.compile(r"\d(?:[\s-]?\d){2,}")  # three digits in a row, a space or dash between groups allowed


def asks_duration(question: str) -> bool:
    """The question asks how long something lasts (how long is the course, 培训要多久, 证书有效期多长时间)."""
    return bool(_ASKS_DURATION.search(question)) and not _ASKS_OFTEN.search(question)


def not_a_duration(text: str) -> bool:
    """A clock time with no unit of time beside it (9:00 am - 5:00 pm), or a figure alone (4): no length of time."""
    if _BARE_FIGURE.fullmatch(text):
        return True
    return bool(_CLOCK.search(text)) and not _TIME_UNIT.search(_CLOCK.sub(" ", text))


def not_a_count(text: str) -> bool:
    """A day of a month (11-14 October, 2025年6月3日) or a year opening a clause (2024 our …): no count."""
    return bool(_CALENDAR.search(text) or _YEAR_OPENING.fullmatch(text))


def not_a_phone(question: str, text: str) -> bool:
    """The question asks a phone's number and the answer holds no run of three digits (1公里, 2 km): no number."""
    return asked_number(question).phone_number and not _DIGITS.search(text)


def kind_apart(question: str, kind: str, text: str) -> bool:
    """The answer ``text`` is of another kind than a question of ``kind`` asks: no duration for how long, a date
    for how many, no phone's number for a phone number."""
    if not_a_phone(question, text):
        return True
    if asks_duration(question):
        return not_a_duration(text)
    return kind == "count" and not_a_count(text)
