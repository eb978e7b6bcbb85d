"""What share of a question the evidence and the corpus hold, word by word: the words that name a document,
the words the corpus uses anywhere. Pure functions over the analysed
question and strings; :mod:`.signals` turns them into the refusal model's signals.
"""
from __future__ import annotations

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
