"""A how-often question answered with a short stretch of time that recurs nothing: a deadline or a length, no interval.

How often (多久换一次, 幾耐要換一次, how often do you replace…) asks the interval a thing recurs in. Where the
documents give none, the extraction takes the nearest stretch of time in the sentence the question's words point at:
在24小时内报告 (a deadline to report a fault), "pause for no more than 10 seconds" (how long a step may take).
A stretch of seconds, minutes or hours that no repeat word stands with (每, 每隔, every, each, per, once, 一次 after
it) measures how long or by when, not how often; the question is refused. A longer stretch (at least 6 months
between donations) is an interval a document may give without "every", so it stands, as does any figure that is no
stretch of time (about 5 cycles). :func:`.frequency.extract_frequency` takes the sentence's 每-phrase first when
there is one. Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.frequency import asks_frequency
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query

# a stretch of seconds, minutes or hours (24小时, 10 seconds, 30 min)
_SHORT = re.compile(r"\d\s*(?:秒钟|秒鐘|秒|分钟|分鐘|个?小时|個?小時|钟头|鐘頭)|"
                    r"\d\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b", re.I)
# a word that makes a stretch of time recur: before it (每, every) or after it (一次, once)
_REPEAT_BEFORE = re.compile(r"(?:每隔?|every|each|per)\s*(?:\S+\s*)?$", re.I)
_REPEAT_IN = re.compile(r"每|\b(?:every|each|per|once)\b|[一1]次", re.I)
_REPEAT_AFTER = re.compile(r"^\s*(?:[一1]次|once|a time|each|per)", re.I)
BEFORE = 8  # characters before the answer a repeat word may stand in (每隔 24 小时, every second)


def interval_given(q: Query, sentence: str, span: Span, context: str = "") -> bool:
    """False when ``q`` asks how often and the answer is a stretch of seconds, minutes or hours that recurs
    nothing (no repeat word in it or beside it); True otherwise. ``context`` is unused (the checks' signature)."""
    if not asks_frequency(q) or not _SHORT.search(span.text):
        return True
    if _REPEAT_IN.search(span.text):
        return True
    before = sentence[max(0, span.start - BEFORE):span.start]
    after = sentence[span.end:span.end + BEFORE]
    return bool(_REPEAT_BEFORE.search(before) or _REPEAT_AFTER.search(after))
