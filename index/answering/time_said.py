"""Whether the answer to a when-question says a time at all, and a year where a year is asked.

A near miss asks when something happened that the documents report without its date (哪年评上…, what year was it
built); the extraction then falls back to the sentence's clause, or to a clock time. An answer to "when" holds a
time: a figure or a word of the closed class of time words (months, weekdays, seasons, 年 月 日, before
and after); an answer to "which year" holds a year. Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.dates import MONTH_EN

# a time: a figure, a time word (年 月 日 周 季 旬, 今天, a weekday, a part of the day, a term), before and after
# closing a clause (开学前, 结束以后), a capitalised English month (:data:`.dates.MONTH_EN`); a numeral alone is no
# time (一楼大厅), nor a word that merely holds 前 or 早 (前台, 早已)
_TIME = re.compile(rf"\d|[年月日周季旬晨午夜]|[今明昨][天日晚早]|星期|礼拜|[早晚]上|傍晚|[假学]期|期间|"
                   rf"[之以]?[前后]$|[之以][前后]|{MONTH_EN}|"
                   r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:spring|summer|autumn|fall|winter)\b|"
                   r"\b(?:morning|afternoon|evening|noon|night|daily|weekly|monthly|annual(?:ly)?|year|before|after|"
                   r"during|until|since|now|today|tomorrow|yesterday)\b", re.I)
_YEAR_ASKED = re.compile(r"\b(?:what|which) year\b|哪(?:一)?年|何年|几几年")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)|\d{2,4}\s*年|[〇零一二三四五六七八九]{4}年|\byear\b", re.I)


def time_said(q, sentence: str, span: Span | None, context: str = "") -> float:
    """0 when a when-question's answer holds no time, or a which-year question's answer no year; else 1."""
    if q.kind != "when" or span is None:
        return 1.0
    if _YEAR_ASKED.search(q.text.lower()):
        return 1.0 if _YEAR.search(span.text) else 0.0
    return 1.0 if _TIME.search(span.text) else 0.0
