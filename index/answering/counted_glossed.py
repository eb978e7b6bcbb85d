"""Whether an English sentence names the thing a Chinese count or amount question counts, read through CC-CEDICT.

"Riverside志愿者2024年做了多少次心理急救" over "2024 — Active volunteers: 4,870; Volunteer hours: 212,600": the
question counts 心理 (psychological) first aid, and the English figure counts volunteers. :mod:`.counted_said` reads
the counted thing in the answer's clause of a sentence in the question's own language only (the bridge's words for a
thing are too few to say another language's clause lacks it); an English sentence is read here, with more forms of
the counted word: its keyword group's English words (the bridge's) and its CC-CEDICT common senses (all the words
of a sense, or its last word: the head of "gross income"), each matched to the sentence's stemmed words or to what
names the passage (its title and heading path). When none stands there, the figure may count another thing.
Not a veto: a signal of the refusal model (:class:`.signals.Signals` ``glossed``), weighed with the others (its
forms of a Chinese word in English are too few to decide alone: near54 measured it as a veto and reverted it).

Read over the whole sentence (not the answer's clause: an English table row or list names its thing once for
several figures), for a figure only, not for a physical quantity (50 kg answers 体重 多少公斤: a measure has no
counted thing), and only when the counted word has an English form to look for. Pure functions over the analysed
question and strings; the senses come from the data folder's lexicon.
"""
from __future__ import annotations

import re

from reportbot.index.answering.counted_said import _PHYSICAL, counted_groups
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.spans import Span, stands_in
from reportbot.index.retrieval.cedict import common_keys_of
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import english_words, stem


def _words(text: str) -> frozenset[str]:
    """A text's English words, lower-cased, as written and stemmed."""
    words = english_words(text.lower())
    return frozenset(words) | frozenset(stem(w) for w in words)


def _named(term: str, text: str, words: frozenset[str]) -> bool:
    """``term`` (a Chinese word or an English stem) stands in ``text``: an English one as a word, a Chinese one
    written as it is or by one of its CC-CEDICT common senses (every word of the sense, or its last)."""
    if term.isascii():
        return term.lower() in words or stem(term.lower()) in words
    if term in text:
        return True
    return any(all(w in words for w in key) or key[-1] in words for key in common_keys_of(term))


def counted_glossed(q: Query, sentence: str, span: Span | None, context: str = "") -> float:
    """The ``glossed`` signal: 0 when a Chinese count or amount question is answered by a figure of an English
    sentence and neither that sentence nor ``context`` (what names the passage: its title and heading path) names
    the question's counted thing (:func:`.counted_said.counted_groups`) by any of its forms; else 1."""
    if q.lang != "zh" or span is None or not stands_in(sentence, span) or not is_english(sentence):
        return 1.0
    if not re.search(r"\d", span.text) or _PHYSICAL.search(span.text):
        return 1.0
    terms = [t for g in counted_groups(q) for t in g]
    if not any(t.isascii() or common_keys_of(t) for t in terms):
        return 1.0  # no English form of the counted thing is known (时数): nothing to look for
    text = f"{sentence}\n{context}"
    words = _words(text)
    return 1.0 if any(_named(t, text, words) for t in terms) else 0.0
