"""An English question that calls its subject by a name the document it is answered from never writes.

A near miss often names a body, a town or an estate the library does not cover, or one another document covers:
"the lakeshore chapter" answered from another chapter's statement, or from a Chinese notice whose words match the
rest of the question. A name here is a Latin word the dictionary has no common sense for (not among CC-CEDICT's
English gloss words) and the bridge gives no Chinese word for, so a passage in either language can hold it only
by writing it. When some document writes the name, the answer's document must write it too, somewhere (its text,
headings or title, in any inflection): the search and the constraints weigh where. When no document writes it, it
names a place no document covers only where the question places something in it ("classes in Silverthorne", "at
Frisco", not "in tonnes": a unit of measure); elsewhere it is as often a name or a word the bridge missed
(:mod:`.signals`, ``constraint_words``).

Left out: words under four letters (acronyms such as CPR and AED, which Chinese text writes in Latin too), a
romanised Chinese place (Guangdong: the constraints hold it), a month's or weekday's short form (Sept), a word with
a Chinese form in the bridge (donghu: 东湖 stands for it in a Chinese document), and any word spelled wholly in
pinyin syllables (huaxin): a Chinese document writes that name in characters, which the bridge may not reach. Pure
functions over the analysed question.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from reportbot.index.retrieval.place_names import romanised_places
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.romanised import spelled_in_pinyin
from reportbot.index.retrieval.tokenize import stem

MIN_LETTERS = 4  # a shorter Latin word is an acronym Chinese text writes as it is (CPR, AED), not a name
# a month's or a weekday's short form (Sept, Thurs), which the dictionary knows only written out
_TIME_WORD = re.compile(r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|weds?|thur?s?|fri|sat|sun", re.I)
# prepositions that place the question's subject in the word after them
_PLACED_IN = re.compile(r"\b(?:in|at|near)\s+([a-z][a-z'-]+)", re.I)


def latin_names(q: Query, common: Callable[[str], bool]) -> list[str]:
    """The stems of an English question's words that are names: a concept (a word with the bridge's words for
    it) written only in Latin letters, of at least :data:`MIN_LETTERS`, no common English word and no romanised
    Chinese place."""
    if q.lang != "en":
        return []
    out = []
    for group in q.concept_groups():
        if len(group) != 1:
            continue
        (term,) = group
        if len(term) >= MIN_LETTERS and term.isascii() and term.isalpha() and not common(term) \
                and term not in _romanised_stems() and not spelled_in_pinyin(term) and not _TIME_WORD.fullmatch(term):
            out.append(term)
    return out


def name_unwritten(q: Query, doc_says: Callable[[str], bool], written: Callable[[str], bool],
                   common: Callable[[str], bool]) -> bool:
    """Whether the question names a thing by a Latin name (:func:`latin_names`) that the answer's document never
    writes, when another document does, or that no document writes while the question places its subject there.

    Args:
        q: the analysed question.
        doc_says: whether the answer's document writes an English stem anywhere.
        written: whether any document writes a keyword term (the corpus's vocabulary).
        common: whether a stem is a common English word (CC-CEDICT's gloss words).
    """
    names = latin_names(q, common)
    if not names:
        return False
    from reportbot.index.answering.dimension_said import dimension_of

    # a unit of measure after in places nothing: it is what a figure is asked in (in tonnes, in dollars)
    placed = {stem(w) for m in _PLACED_IN.finditer(q.text) if not dimension_of(w := m.group(1).lower())}
    for name in names:
        if doc_says(name):
            continue
        if written(name) or name in placed:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _romanised_stems() -> frozenset[str]:
    return frozenset(stem(p) for p in romanised_places())
