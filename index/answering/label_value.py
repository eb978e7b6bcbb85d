"""A short answer that is a field's label answers with the field's value. ``Newest depot: Ashby, opened …`` read for
"the newest depot" gives the label ``Newest depot`` when the question's words point at it; the question names the
label and asks what follows its colon (``Ashby``). Two fields with no separator (``Code: X-07 Edition: 5.1``) and a
row label with its column (``Juniors — 2024-25: 187; …``) read the same way. Pure functions over strings."""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query

# the colon right after the label, then the value up to the field's end: a semicolon, a full stop, a Chinese comma,
# an English comma before a space (7,410 stays whole) or the line's end (greedy, with no backtracking: linear)
_VALUE = re.compile(r"[ \t]*[:：][ \t]*((?:[^;；。，,\n]|,(?!\s))*)")
# a label holds a word: a figure before a colon (10:30, 3:2) is a time or a ratio, not a label
_WORD = re.compile(r"[^\W\d_]")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def label_value(q: Query, sentence: str, span: Span | None) -> Span | None:
    """The value after the colon that closes ``span``, when ``span`` is a label (it holds a word), the question
    names every year the label does (a column per year is ``structure.labelled_value``'s to read) and does not
    already say that value; else ``span``."""
    if span is None or not span.text or span.end <= 0 or not _WORD.search(span.text):
        return span
    m = _VALUE.match(sentence, span.end)
    if m is None or sentence[span.start:span.end] != span.text:
        return span  # no colon follows, or the span stands outside the sentence (a heading's)
    if any(year not in q.text for year in _YEAR.findall(span.text)):
        return span  # one year's column the question does not name (2023年投入经费 for 一共): no value of its own
    value = m.group(1).rstrip()
    if not value or value.lower() in q.text.lower():
        return span
    return Span(value, m.start(1), m.start(1) + len(value), span.source, span.strength)
