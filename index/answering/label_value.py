"""A short answer that is a field's label answers with the field's value. ``Newest depot: Ashby, opened …`` read for
"the newest depot" gives the label ``Newest depot`` when the question's words point at it; the question names the
label and asks what follows its colon (``Ashby``). Two fields with no separator (``Code: X-07 Edition: 5.1``) and a
row label with its column (``Juniors — 2024-25: 187; …``) read the same way. A colon between digits is inside a figure
(a clock time 9:30, a ratio 15:2), not a field's: the span takes the figure whole. A label that opens with a figure
and its unit (``6,310 parcels: 4,205 food boxes, …``, ``Ten days before: email the rota``) is itself the answer (a
total before its parts, the time of a step), unless the question says that figure (what happens ten days before).
Pure functions over strings."""
from __future__ import annotations

import re

from reportbot.index.answering.figures_en import WORDED
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.numerals import NUMERAL_ZH, figure_value, zh_figures
from reportbot.index.retrieval.query import Query

# the colon right after the label, then the value up to the field's end: a semicolon, a full stop, a Chinese comma,
# an English comma before a space (7,410 stays whole) or the line's end (greedy, with no backtracking: linear)
_VALUE = re.compile(r"[ \t]*[:：][ \t]*((?:[^;；。，,\n]|,(?!\s))*)")
# a label holds a word: a figure before a colon (10:30, 3:2) is a time or a ratio, not a label
_WORD = re.compile(r"[^\W\d_]")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# a colon between digits: the rest of a clock time or a ratio (9:30, 15:2), read from the colon
_FIGURE_REST = re.compile(r"[:：]\d+")
# a figure in digits with its unit right after it (6,310 parcels, 3周): a count, a duration, a date
_DIGITS_UNIT = re.compile(r"\d[\d,]*(?:\.\d+)?(?=\s?[^\W\d_])")
_QUESTION_FIGURE = re.compile(rf"\d[\d,]*(?:\.\d+)?[万亿]?|[{NUMERAL_ZH}]+")


def _opening_figure(label: str) -> str | None:
    """The figure a label opens with, with a unit after it: digits (6,310 parcels), number words (Ten days before),
    Chinese numerals before a measure word (两周前); None when it opens with a word."""
    m = _DIGITS_UNIT.match(label) or WORDED.match(label)
    if m is not None:
        return m.group(0)
    first = next(iter(zh_figures(label)), None)
    return label[:first[1]] if first is not None and first[0] == 0 else None


def _says_figure(q: Query, figure: str) -> bool:
    """The question says this figure, in words or in figures (ten days before, 10 days before)."""
    text = q.text.lower()
    if figure.lower() in text:
        return True
    value = figure_value(figure)
    if value is None:
        word = WORDED.match(figure.lower())
        return word is not None and word.group(0).split()[0] in text
    return any(figure_value(f) == value for f in _QUESTION_FIGURE.findall(q.text))


def label_value(q: Query, sentence: str, span: Span | None) -> Span | None:
    """The value after the colon that closes ``span``, when ``span`` is a label (it holds a word), the question
    names every year the label does (a column per year is ``structure.labelled_value``'s to read) and does not
    already say that value; else ``span``."""
    if span is None or not span.text or span.end <= 0 or not _WORD.search(span.text):
        return span
    m = _VALUE.match(sentence, span.end)
    if m is None or sentence[span.start:span.end] != span.text:
        return span  # no colon follows, or the span stands outside the sentence (a heading's)
    if span.text[-1].isdigit() and (rest := _FIGURE_REST.match(sentence, span.end)) is not None:
        end = rest.end()  # 上午9 of 上午9:30: the time whole, no field's value
        return Span(sentence[span.start:end], span.start, end, span.source, span.strength)
    figure = _opening_figure(span.text)
    if figure is not None and not _says_figure(q, figure):
        return span  # 6,310 parcels: 4,205 …, Ten days before: …: the total, the time is the answer
    if any(year not in q.text for year in _YEAR.findall(span.text)):
        return span  # one year's column the question does not name (2023年投入经费 for 一共): no value of its own
    value = m.group(1).rstrip()
    if not value or value.lower() in q.text.lower():
        return span
    return Span(value, m.start(1), m.start(1) + len(value), span.source, span.strength)
