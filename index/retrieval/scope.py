"""What names a document: its context field (title, date, heading path) and the places it is about.

A paragraph rarely repeats its document's place: the title says it once, or the document
never says it in the title at all (a notice whose title names only the course, issued by a
university whose name runs through its passages). A place that most of a document's
passages name is the document's own place, and it counts as context for every passage of
that document, as the title does: a question that names it finds the document, and does not
favour the passage that repeats it (a signature line, a "published by" line).
"""
from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable, Sequence

import numpy as np
from reportbot.index.retrieval.bm25 import BM25
from reportbot.index.retrieval.tokenize import STOPWORDS_EN


def document_places(places: frozenset[str], text: BM25, para_doc: np.ndarray, share: float) -> list[frozenset[str]]:
    """Each document's own places: those named in at least ``share`` of its passages (by document number).

    Args:
        places: the place names known to the index.
        text: the passages' keyword postings.
        para_doc: each passage's document number.
        share: the least share of a document's passages that must name a place.
    """
    sizes = np.bincount(para_doc) if len(para_doc) else np.zeros(0, np.int64)
    out: list[set[str]] = [set() for _ in sizes]
    for place in places:
        hit = text.postings(place)
        if hit is None:
            continue
        counts = np.bincount(para_doc[hit[0]], minlength=len(sizes))
        for d in np.flatnonzero(counts >= np.maximum(share * sizes, 2)):
            out[int(d)].add(place)
    return [frozenset(s) for s in out]


def named_places(texts: Sequence[str], para_doc: np.ndarray, openings: Sequence[str], places: frozenset[str],
                 share: float) -> list[frozenset[str]]:
    """Each document's places that its English text names (Baoding -> 保定; :mod:`.gazetteer`) in at least ``share``
    of its passages, and the places its opening names in either language: its header card and the heading over its
    first passage, a title block ("2023 Flood Relief Programme, Baoding Municipal Red Cross Society") that its
    passages' heading paths leave behind once the first numbered section starts.

    Args:
        texts: the passages' texts; ``para_doc``: each one's document number.
        openings: each document's opening text, by document number.
        places: the place names known to the index.
        share: the least share of a document's passages that must name a place.
    """
    import jieba
    from reportbot.index.retrieval.gazetteer import named_in_english

    sizes = np.bincount(para_doc, minlength=len(openings)) if len(para_doc) else np.zeros(len(openings), np.int64)
    counts: list[dict[str, int]] = [{} for _ in sizes]
    for text, d in zip(texts, para_doc):
        for p in named_in_english(text, places):
            counts[int(d)][p] = counts[int(d)].get(p, 0) + 1
    out = []
    for d, opening in enumerate(openings):
        mine = {p for p, n in counts[d].items() if n >= max(share * sizes[d], 2)}
        mine |= named_in_english(opening, places) | {w for w in jieba.lcut(opening) if w in places}
        out.append(frozenset(mine))
    return out


def primary_rows(doc_order: Sequence[str], para_doc: np.ndarray, primary: frozenset[str]) -> np.ndarray | None:
    """Per passage, whether it belongs to the report the bot is about; None when that makes no difference
    (no such document, or no other)."""
    held = [i for i, d in enumerate(doc_order) if d in primary]
    if not held or len(held) == len(doc_order):
        return None
    return np.isin(para_doc, held)


class ContextField:
    """Which passages' context holds a keyword term: the context postings, plus every passage of a
    document whose own places include it.

    Args:
        context: each passage's context (title, date, heading path) as keyword postings.
        text: the passages' own keyword postings (for a term's idf).
        para_doc: each passage's document number.
        own: each document's own places (:func:`document_places`).
        weight: a context match scores this many times the term's idf (``SearchTuning.context_match``).
        subjects: each document's self-defined name's terms (港岛紧急支援义工队（下称「本队」）: :mod:`.defined`),
            context for all its passages as its own places are, by document number.
    """

    def __init__(self, context: BM25, text: BM25, para_doc: np.ndarray, own: Sequence[frozenset[str]],
                 weight: float = 1.0, subjects: Sequence[frozenset[str]] = ()):
        self.context, self.text, self.para_doc, self.own, self.weight = context, text, para_doc, list(own), weight
        # each own place's and subject word's passages (they are few: a document's one or two places, a name)
        self.subjects = [subjects[d] if d < len(subjects) else frozenset() for d in range(len(self.own))]
        held = [ns | self.subjects[d] for d, ns in enumerate(self.own)]
        names = {t for names in held for t in names}
        self._own_rows = {t: np.flatnonzero(np.isin(para_doc, [d for d, ns in enumerate(held) if t in ns]))
                          for t in names}
        self._documents: dict[str, int] = {}

    def named(self, names: dict[str, np.ndarray]) -> ContextField:
        """This field for one question whose words ``names`` spell a document's name (:mod:`.names`): each of
        them counts as the context of that document's passages (``names``: term -> those passages' rows)."""
        if not names:
            return self
        view = copy.copy(self)
        view._own_rows = {**self._own_rows, **{t: np.union1d(self._own_rows.get(t, rows), rows)
                                               for t, rows in names.items()}}
        view._documents = {}
        return view

    def rows(self, term: str) -> np.ndarray:
        """Sorted passage rows whose context holds ``term``."""
        hit = self.context.postings(term)
        extra = self._own_rows.get(term)
        if extra is None:
            return hit[0] if hit is not None else np.zeros(0, np.int64)
        return extra if hit is None else np.union1d(hit[0], extra)

    def match(self, term: str) -> tuple[np.ndarray, float] | None:
        """(the passages whose context holds ``term``, the keyword score it has there): ``weight`` times its
        idf whatever the context's length, so all passages of a document get the same (``BM25.group_scores``)."""
        rows = self.rows(term)
        idf = self.text.idf(term) or self.context.idf(term)
        return (rows, self.weight * idf) if len(rows) and idf else None

    def contains(self, term: str, rows: np.ndarray) -> np.ndarray:
        """For each passage in ``rows``, whether its context holds ``term``."""
        held = self.rows(term)
        if not len(held):
            return np.zeros(len(rows), bool)
        pos = np.minimum(np.searchsorted(held, rows), len(held) - 1)
        return held[pos] == rows

    def documents(self, term: str) -> int:
        """In how many documents' contexts ``term`` occurs."""
        n = self._documents.get(term)
        if n is None:
            n = len(np.unique(self.para_doc[self.rows(term)]))
            self._documents[term] = n
        return n

    def places_of(self, doc: int) -> frozenset[str]:
        """A document's own places, by document number."""
        return self.own[doc] if 0 <= doc < len(self.own) else frozenset()

    def words_of(self, doc: int) -> frozenset[str]:
        """What names a document beyond its title and headings: its own places and its self-defined name's words."""
        return self.own[doc] | self.subjects[doc] if 0 <= doc < len(self.own) else frozenset()


# words a headline leaves in small letters (How Many Teams in the Club): the rest of its words are capitalised
_HAN = re.compile(r"[\u3400-\u9fff]")
_MINOR = frozenset("a an the of in on at to for by and or but nor with from as".split())


def title_cased(question: str) -> bool:
    """Whether a question capitalises its words as a headline does ("How Many Teams Have a Branch?") or is written
    in capitals: most of its words after the first, function words among them, so its capitals mark no proper name.
    A sentence's few capitals (Where is Hong Kong Red Cross, said in May) are no headline, nor are a Chinese
    question's Latin words (acronyms: CPR 和 AED 有何不同), which have no small letters to write."""
    words = re.findall(r"[A-Za-z]+", question)
    if len(words) >= 3 and not any(c.islower() for c in question) and not _HAN.search(question):
        return True
    rest = [w for w in words[1:] if len(w) > 1 and w.lower() not in _MINOR]
    capital = [w for w in rest if w[0].isupper() and not w.isupper()]
    return len(capital) >= 2 and len(capital) >= 0.75 * len(rest) and any(w.lower() in STOPWORDS_EN for w in capital)


def proper_name(words: Iterable[str], question: str) -> bool:
    """Whether one of ``words`` (an English word's stem) is written capitalised inside the question, not at its
    start: a proper name (the Haichuan team), not a common word (the title). In a question written as a headline
    (:func:`title_cased`) no word is."""
    return not title_cased(question) and any(
        w.isascii() and w[:1].isalpha()
        and _capitalised(w).search(question) is not None for w in words)


@functools.lru_cache(maxsize=4096)
def _capitalised(word: str) -> re.Pattern:
    """The word after a word and a space, its first letter a capital (compiled once per word: the stems of many
    questions outrun re's own cache of patterns)."""
    return re.compile(rf"(?<=\w )(?-i:{word[0].upper()}){re.escape(word[1:])}", re.I)


def names_another(groups: Sequence[str | tuple[Sequence[str], Sequence[str]]], text: BM25, primary: np.ndarray,
                  headers: np.ndarray, header_primary: np.ndarray, own: Sequence[frozenset[str]],
                  header_docs: np.ndarray, para_doc: np.ndarray, said: int = 1) -> bool:
    """Whether a question names a document other than the report the bot is about: one of its words is in such a
    document's title or own places (宁波, 2023, 通报, manual, 华瑞康), or in one such document alone (DRSABC),
    and the report does not say it: not in its title or own places, nor in ``said`` of its passages or more (a
    place it names once in passing, 杭州, still names the city's own report).

    A word may come with its other-script forms (an English word with the Chinese words the bridge gives for it):
    a form in another document's title names it, and one in it alone when the word is a proper name (an English
    question's "Haichuan" names a city's report by the bridge's 海川; its "title", 称号 in one FAQ, does not), and
    the report saying any form makes the word its own (an English question's "members" is the report's 会员, not a
    word only an English document writes).

    Args:
        groups: the question's words: each (its forms in the question's script, its forms in the other[, whether
            it is a proper name]), or one word alone.
        text: the passages' keyword postings (a document's header card holds its title).
        primary: per passage, whether it is the report's.
        headers: the header cards' rows; ``header_primary``: whether each is the report's;
            ``header_docs``: each one's document number.
        own: each document's own places, by document number.
        para_doc: each passage's document number.
        said: how many of the report's passages must say a word for it to be the report's own too.
    """
    others = headers[~header_primary]
    mine = {int(d) for d in header_docs[header_primary]}

    def reports(t: str) -> bool:  # the report says it: a word of its own too
        hit = text.postings(t)
        return hit is not None and (primary[hit[0]].sum() >= said or text.contains(t, headers[header_primary]).any()
                                    or any(t in own[d] for d in mine))

    def titled(t: str) -> bool:  # in another document's title or own places
        return bool(text.contains(t, others).any()) or any(t in own[int(d)] for d in header_docs[~header_primary])

    def alone(t: str) -> bool:  # a word one other document alone says (DRSABC)
        hit = text.postings(t)
        return hit is not None and len(np.unique(para_doc[hit[0]])) == 1

    for g in groups:
        same, other, proper = ((g,), (), False) if isinstance(g, str) else (*g, False)[:3]
        if any(map(reports, (*same, *other))):
            continue
        # a one-character form (队, 年 for "team", "year") is too common a word to name a document by
        same, other = [t for t in same if len(t) > 1], [t for t in other if len(t) > 1]
        if any(map(titled, (*same, *other))) or any(map(alone, (*same, *(other if proper else ())))):
            return True
    return False
