"""Whether the figure a count question gets is a quantity, or a number that names something (an edition, a room).

English text writes numbers that count nothing: a label's number after a capitalised noun (Edition 4, Gallery 1,
Pier 2, Route 7), a street number before a capitalised name (88 Harbour Road), a day before its month (22 April),
a year standing alone (2024 was …). When the documents hold no count of what is asked, the extraction may take such
a number, and the question gets a number that answers nothing. Read by the shape of the text around the number
(capitals, a month, four digits), never by a list of words. Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span

_MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_CAPITAL_BEFORE = re.compile(r"(?<![.:;!?]\s)(?<![.:;!?])\b[A-Z][a-z]+\.?\s$")  # Edition 4, not ". 4" nor "Total: 4"
_CAPITAL_AFTER = re.compile(r"^\s[A-Z][a-z]+")  # 88 Harbour Road
_YEAR = re.compile(r"(?:19|20)\d\d")


def names_something(span: Span | None, sentence: str) -> bool:
    """The answer is a bare number that labels or dates something in English text: after a capitalised word
    (Edition 4) that does not open the sentence, before a capitalised word or a month (88 Harbour Road, 22 April), or a
    year with nothing after it that counts."""
    if span is None or sentence[span.start:span.end] != span.text:
        return False
    m = re.fullmatch(r"(\d{1,4})(\s[A-Z][a-z]+)?", span.text)  # 88 Harbour: the name taken as the number's unit
    if m is None:
        return False
    end = span.start + len(m.group(1))
    before, after = sentence[:span.start], sentence[end:]
    if _YEAR.fullmatch(m.group(1)) and not m.group(2):
        return True
    opens = not before.strip() or re.search(r"[.!?]\s*\w+\s$", before) is not None
    return bool(_CAPITAL_BEFORE.search(before) and not opens or _CAPITAL_AFTER.match(after)
                or re.match(r"\s" + _MONTH.pattern, after, re.I))


def label_checked(q, sentence: str, span: Span | None, context: str = "") -> float:
    """0 when a count question is answered by a number that names something (:func:`names_something`)."""
    return 0.0 if q.kind == "count" and names_something(span, sentence) else 1.0
