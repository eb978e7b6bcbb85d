"""A value of a table row with a column per year answers only a question that names the row.

Loaders read such a row with its header as "Callouts — 2030-31: 57; 2029-30: 44". The asked year's column finds
the cell, but the row is what the figure counts: a question that names no word of the row's head (the first
cell) asks another thing, and the year's cell of this row does not answer it (how many raffle tickets, over the
callouts). The head is named as :func:`.structure.labelled_value` reads it (a question term in it, or two of its
Chinese characters in their order) or, for a Chinese question over an English row, by a word of the head that one
of the question's words' CC-CEDICT senses holds (培训 -> "Training hours"; for the words it asks about most, also
their characters' senses), as :mod:`.label_glosses` reads labels.
A pure function over the question, the sentence and the span.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.answering.structure import _shares_two
from reportbot.index.answering.terms import term_positions
from reportbot.index.retrieval.cedict import common_keys_of
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import english_words, stem

_HEADER = " — "
# a cell "label: value" (or "label：value") of a row, its label holding a year (2030-31, 2029年, FY2030)
_YEAR_CELL = re.compile(r"[^；;]*\d{4}[^；;:：]*(?:：|: )[^；;]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MOST_KEY_WORDS = 2  # a sense of more words (a definition) is not matched to a head, as in :mod:`.label_glosses`


def row_head_named(q: Query, sentence: str, span: Span | None, context: str = "") -> bool:
    """False when ``span`` is a value of a row with a column per year (two year cells or more) and the Chinese
    question names no word of the row's head; True otherwise (an English question's words reach a row through the
    bridge, which this does not read)."""
    header = sentence.find(_HEADER)
    if q.lang != "zh" or span is None or header <= 0 or span.start < header + len(_HEADER):
        return True
    if len(_YEAR_CELL.findall(sentence[header + len(_HEADER):])) < 2:
        return True
    head = sentence[:header]
    if any(a < header for a, _, _ in term_positions(q, sentence)) or _shares_two(head, q.text):
        return True
    return _glossed(q, head)


def _glossed(q: Query, head: str) -> bool:
    """A word of an English ``head`` is held by a CC-CEDICT sense of one of the question's Chinese words, or of a
    character of a word the question asks about most (its focus: 救援多少次 -> 救, "to rescue"; CC-CEDICT glosses
    a compound by its own senses, 救援 "to support; to assist", and its head character by the plainer one): the
    whole sense, or its last word of three letters or more (the head noun)."""
    stems = {stem(w) for w in english_words(head.lower())}
    if not stems:
        return False
    words = {t for group in q.groups for t in group if _CJK.search(t)}
    words |= {c for i in q.focus for t in q.groups[i] for c in t if _CJK.match(c)}
    keys = {k for t in words for k in common_keys_of(t) if 0 < len(k) <= _MOST_KEY_WORDS}
    return any(set(k) <= stems or len(k[-1]) >= 3 and k[-1] in stems for k in keys)
