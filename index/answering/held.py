"""What share of a question the evidence and the corpus hold, word by word: the words that name a document,
the words the corpus uses anywhere. Pure functions over the analysed
question and strings; :mod:`.signals` turns them into the refusal model's signals.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from reportbot.index.answering.figures_en import is_english
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import english_words, stem


def word_forms(text: str) -> tuple[str, set[str]]:
    """A text lower-cased, and the stems of its English words (what an English keyword term is)."""
    lowered = text.lower()
    return lowered, {stem(w) for w in english_words(lowered)}


def has_word(term: str, forms: tuple[str, set[str]]) -> bool:
    """An English word by its stem; Chinese words, figures and years as they are written."""
    return term in forms[1] if term.isascii() and any(c.isalpha() for c in term) else term in forms[0]


def naming_held(q: Query, evidence: str, names_document: Callable[[str], bool]) -> float:
    """Share of the question's words that name a document (found in some documents' context, not all)
    that the evidence's passage with its context holds: 华瑞康 asked, a city report's figure found -> 0.

    A word is held in any of its forms (事项 over Chinese text, though its English form "item" names the
    English minutes); an English question's words count in the evidence's language, as in :func:`groups_held`.
    """
    groups = [g for g in q.groups if _names_document(g, names_document)]
    if q.lang == "en":
        chinese = not is_english(evidence)
        groups = [g for g in groups if any(not t.isascii() for t in g) == chinese]
    if not groups:
        return 1.0
    text = word_forms(evidence)
    return sum(any(has_word(t, text) for t in g) for g in groups) / len(groups)


def naming_said(q: Query, document_text: str, stems: frozenset[str], chinese: bool,
                names_document: Callable[[str], bool]) -> bool:
    """False when a word of the question that names some documents (their title, date, headings or own places: a
    body, a place, an edition) is said nowhere in the evidence's whole document, in any of its forms: the question
    is about another body (the Lakeshore branch's fee answered from another association's FAQ, 西湖区 answered from
    a city report that never names the district). :func:`naming_held` weighs the same words in the evidence's
    passage only, as a degree; a document that never says the word at all cannot be about it. ``chinese``: the
    evidence is Chinese text (an English question's words count in the evidence's language); ``stems``: the
    document's English stems."""
    groups = [g for g in q.groups if _names_document(g, names_document) and any(_a_name(t) for t in g)]
    if q.lang == "en":
        groups = [g for g in groups if any(not t.isascii() for t in g) == chinese]
    forms = (document_text.lower(), stems)
    return all(any(has_word(t, forms) for t in g) for g in groups)


# the last character of a body's noun (红十字会, 基金会, 医院, 救援队, 大学, 中心)
_BODY_END = tuple("会院队局校所站馆社团司心")


def _a_name(term: str) -> bool:
    """A term that names something in particular, as a body, a place or a year does, not a common word that a
    heading happens to hold (参加, 培训): a year; Chinese tagged a place's, a body's, a person's or another proper
    name, or ending in a body's character; English the dictionary's common words lack (lakeshore, northgate)."""
    from reportbot.index.retrieval.cedict import english_vocabulary
    from reportbot.index.retrieval.tagging import tagged

    if re.fullmatch(r"(?:19|20)\d\d", term):
        return True
    if term.isascii():
        return term.isalpha() and len(term) >= 3 and term not in english_vocabulary()
    words = tagged(term)
    return bool(words) and (words[0][1] in ("ns", "nt", "nr", "nz") or len(term) >= 2 and term.endswith(_BODY_END))


def _names_document(group: dict[str, float], names_document: Callable[[str], bool]) -> bool:
    """The word names a document: in one script (its Chinese forms, or its English ones), the forms that name
    some documents carry more than half the weight. One of a word's many dictionary renderings naming a
    document (rolled out -> 退出 of six, a heading's word) does not make the word a name of it."""
    for script in (str.isascii, lambda t: not t.isascii()):
        forms = {t: w for t, w in group.items() if script(t) and len(t) >= 2}  # a lone character names nothing
        naming = sum(w for t, w in forms.items() if names_document(t))
        if naming > sum(forms.values()) / 2:
            return True
    return False


def known_share(q: Query, vocab) -> float:
    """Share of a question's words the corpus uses anywhere; for English, those with a corpus counterpart.

    A question about things the documents never mention (天气, 会长) has words no document uses.
    """
    if q.lang == "en":
        return q.coverage_possible
    words = [g for g in q.groups if max(map(len, g), default=0) >= 2]
    if not words:
        return 0.0
    return sum(any(t in vocab for t in g) for g in words) / len(words)
