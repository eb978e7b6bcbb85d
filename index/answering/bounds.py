"""An answer's boundaries settled once the extractors have found it (moved from choose.py): a figure for a stray
English clause, the head noun, the name after a role, a quoted name whole, the value after a line's label.

Pure functions over a question, its sentence and the answer span found in it.
"""
from __future__ import annotations

import re

from reportbot.index.answering.figures_en import extract_figure, tidy
from reportbot.index.answering.named import WHICH_ONE, name_after, repeats, with_name
from reportbot.index.answering.possessor import with_head
from reportbot.index.answering.spans import BOUNDARIES, MAX_ANSWER_CHARS, Span, _clauses
from reportbot.index.retrieval.query import Query


def bounded(q: Query, sentence: str, terms: list[tuple[int, int, float]], english: bool, span: Span) -> Span:
    """The answer's boundaries settled: a figure for a stray English clause, the head noun, a name after it."""
    if span.source == "clause":
        span = value_after_label(sentence, terms, span) or span
    if english and q.kind in ("what", "other") and span.source == "clause" and _WH.search(q.text.lower()) \
            and _astray(span, terms):
        span = extract_figure(q, sentence, terms) or span  # the clause that holds the question is too long to show
    span = with_head(span, sentence)
    if q.lang == "zh" and span.source in ("slot", "which") and WHICH_ONE.search(q.text):
        span = with_name(q, span, sentence)
    if q.lang == "zh" and span.source == "quote" and repeats(span.text, q.text):
        span = name_after(span, sentence) or span
    if span.source in ("name", "place", "which"):
        span = whole_quote(span, sentence)
    return tidy(span, sentence) if span.source != "header" else span


# the colon that ends a line's label (Active members at year end: 1,240; 注册义工：412人), not one inside a clock time
_LABEL_END = re.compile(r"\s*[:：]\s*")


def value_after_label(sentence: str, terms: list[tuple[int, int, float]], span: Span) -> Span | None:
    """A clause answer that is a line's label, the words before its colon, repeats what the question asks (the
    question's words are in it); the value after the colon is the answer, when it says none of the question's
    words and is short enough to show. A table row (header — label：value；…) is no such line: its cells are
    read with their header (``structure.labelled_value``), and a label the best clause found there may be another
    column's."""
    if " — " in sentence:
        return None
    m = _LABEL_END.match(sentence, span.end)
    if m is None or sentence[span.end - 1:span.end].isdigit() or not m.group(0).strip():
        return None
    if not any(span.start <= a and b <= span.end for a, b, _ in terms):
        return None
    start = m.end()
    end = next((b for a, b in _clauses(sentence) if a <= start < b), None)
    if end is None or end - start > MAX_ANSWER_CHARS or any(start <= a < end for a, _, _ in terms):
        return None
    return Span(sentence[start:end], start, end, "field")


def said_after(sentence: str, terms: list[tuple[int, int, float]], span: Span) -> Span | None:
    """A yes-or-no question's clause too long to show (…members taking part in sea, river or flood rescue receive
    twice the sums in 2.1 and 2.2): what the sentence says after the last of the question's words, the predicate that
    says yes or no, when it fits; None when the clause fits or nothing that fits follows."""
    if len(span.text) <= MAX_ANSWER_CHARS or not terms:
        return None
    start = max(b for _, b, _ in terms)
    while start < len(sentence) and sentence[start].isascii() and sentence[start].isalnum():
        start += 1  # to the end of the word a stem (volunt) begins
    text = sentence[start:].strip(" ,，;；:：")
    if not 4 <= len(text) <= MAX_ANSWER_CHARS:
        return None
    at = sentence.index(text, start)
    return Span(text, at, at + len(text), "clause")


_QUOTED_NAME = re.compile(r"“([^”]{2,30})”|「([^」]{2,30})」|《([^》]{2,30})》")


def whole_quote(span: Span, sentence: str) -> Span:
    """A name cut inside a quoted name (安达 of 交由“安达物业”管理): the quoted name whole."""
    for m in _QUOTED_NAME.finditer(sentence):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        a, b = m.start(g), m.end(g)
        if a <= span.start and span.end <= b and (span.start, span.end) != (a, b):
            return Span(sentence[a:b], a, b, span.source, span.strength)
    return span


_WH = re.compile(r"\b(?:what|which|how)\b|什么|啥|多少|几|哪")  # a question word: no yes-or-no question


def _astray(span: Span, terms: list[tuple[int, int, float]]) -> bool:
    """A clause answer too long to show, or one that holds less than half the question's words in its sentence
    (best_clause passes over a clause longer than an answer may be): the question's clause is elsewhere."""
    inside = sum(w for a, b, w in terms if span.start <= a and b <= span.end)
    return len(span.text) > MAX_ANSWER_CHARS or inside < BOUNDARIES.astray_share * sum(w for _, _, w in terms)
