"""How often: a question asking a frequency is answered by the period the sentence repeats something in (每月, 每两年).

多久开一次 / 多长时间巡检一次 / how often ask how often a thing recurs, and a Chinese sentence says so with 每 and a
period (每年专题召开…, 每月巡检一次, 每隔3个月复查): that phrase is the answer, not the clause around it nor another
figure of the sentence (24小时内报告 measures a deadline, not a frequency). English sentences say "every 6 months",
which the English figure reader keeps whole already. Pure functions over a question and one sentence.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span, _clauses, _proximity
from reportbot.index.retrieval.query import Query

# a frequency asked: how often; 多久 / 多长时间 / 几年 … 一次 (a verb of up to six characters between them, but not 再:
# 多久能再借一次 asks the interval before a thing may be done again, which a figure gives)
# (频率 is left out: 呼吸频率是每分钟几次 asks a rate, a figure)
_ASKS = re.compile(r"\bhow often\b|(?:多久|多长时间|多長時間|[几幾][年月天周日])(?:(?!再)[\u4e00-\u9fff]){0,6}?一次",
                   re.I)
# 每 and a period, with a count of periods (每两年, 每3个月, 每半年) and an interval word (每隔); the times a period
# that follow it belong to it (每年两次)
# (a document in traditional characters writes 每6個月, 每週, 每小時; 分钟 is left out: 每分钟 gives a rate)
_PERIOD = re.compile(r"每(?:隔)?(?:\d+|[一二两三四五六七八九十半])?[个個]?"
                     r"(?:年度|学年|學年|学期|學期|季度|年|月|周|週|星期|天|日|小时|小時)"
                     r"(?:[\d一二两三四五六七八九十]+次)?")


def asks_frequency(q: Query) -> bool:
    """The question asks how often something happens (多久开一次, how often)."""
    return bool(_ASKS.search(q.text))


def says_period(text: str) -> bool:
    """The text names a period something recurs in (每年, 每3个月)."""
    return bool(_PERIOD.search(text))


def extract_frequency(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """The 每-phrase of the sentence the question's words point at most (the first of equals); None when the
    question asks no frequency or the sentence names no period."""
    if not asks_frequency(q):
        return None
    found = list(_PERIOD.finditer(sentence))
    if not found:
        return None
    clauses = _clauses(sentence)
    best = max(found, key=lambda m: (_proximity(m.start(), m.end(), terms, clauses), -m.start()))
    return Span(best.group(0), best.start(), best.end(), "frequency")
