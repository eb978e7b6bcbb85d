"""A duration written in minutes and seconds (3分40秒) is one answer: seconds chosen alone are given with the minutes
written right before them. Pure, over a sentence and a span."""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span

_SECONDS = re.compile(r"\d+(?:\.\d+)?秒")
_MINUTES_BEFORE = re.compile(r"(?<![\d.])\d+分钟?$")  # the minutes of a duration, ending where its seconds start


def with_minutes(sentence: str, span: Span | None) -> Span | None:
    """The span widened to the minutes before it when it is a figure of seconds alone (40秒 of 3分40秒)."""
    if span is None or not _SECONDS.fullmatch(span.text) or sentence[span.start:span.end] != span.text:
        return span
    minutes = _MINUTES_BEFORE.search(sentence, max(0, span.start - 12), span.start)
    if minutes is None:
        return span
    return Span(sentence[minutes.start():span.end], minutes.start(), span.end, span.source, span.strength)
