"""A "which" question's noun before the bare number that answers it: which gate over "radios at Gate 7" is Gate 7.

An English sentence names a thing of a numbered series by its noun and number (Gate 7, Room 12, Bay 3); a
reader of figures takes the number alone, which names nothing without the noun the question asks by. Pure function.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import stem

_WHICH = re.compile(r"\bwhich ([a-z]+)\b")
_BARE = re.compile(r"\d{1,4}[A-Za-z]?")  # 4, 12, 22A: a number that labels, no unit after it
_NOUN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s$")  # the capitalised noun right before the number (Gate 7)


def with_asked_noun(q: Query, sentence: str, span: Span) -> Span:
    """``span`` widened back over the capitalised noun a "which" question asks by, when the span is a bare number
    that noun labels right before it (which gate over "at Gate 7 on Harbour Road": Gate 7); else ``span``."""
    asked = _WHICH.search(q.text.lower()) if q.lang == "en" else None
    if asked is None or not _BARE.fullmatch(span.text) or span.start < 2:
        return span
    noun = _NOUN_BEFORE.search(sentence, 0, span.start)
    if noun is None or stem(noun.group(1).lower()) != stem(asked.group(1)):
        return span
    return Span(sentence[noun.start(1):span.end], noun.start(1), span.end, span.source, span.strength)
