"""A duration is given whole: seconds chosen alone with the minutes written right before them (3分40秒), a bare figure
with the week it counts when 星期 follows it (4星期: 星期, week, is no measure word of the figure patterns, which read
a figure's unit; CC-CEDICT's 礼拜 is a week too). Pure, over a sentence and a span."""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span

_SECONDS = re.compile(r"\d+(?:\.\d+)?秒")
_MINUTES_BEFORE = re.compile(r"(?<![\d.])\d+分钟?$")  # the minutes of a duration, ending where its seconds start
_BARE = re.compile(r"\d+(?:\.\d+)?")
_WEEKS = re.compile(r"个?(?:星期|礼拜)")


def with_minutes(sentence: str, span: Span | None) -> Span | None:
    """The span widened to the minutes before it when it is a figure of seconds alone (40秒 of 3分40秒)."""
    if span is None or not _SECONDS.fullmatch(span.text) or sentence[span.start:span.end] != span.text:
        return span
    minutes = _MINUTES_BEFORE.search(sentence, max(0, span.start - 12), span.start)
    if minutes is None:
        return span
    return Span(sentence[minutes.start():span.end], minutes.start(), span.end, span.source, span.strength)


def with_weeks(sentence: str, span: Span | None) -> Span | None:
    """The span widened to the weeks after it when it is a bare figure that 星期 follows (4 of 4星期)."""
    if span is None or not _BARE.fullmatch(span.text) or sentence[span.start:span.end] != span.text:
        return span
    weeks = _WEEKS.match(sentence, span.end)
    if weeks is None:
        return span
    return Span(sentence[span.start:weeks.end()], span.start, weeks.end(), span.source, span.strength)
