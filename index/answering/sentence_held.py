"""How much of the question the evidence sentence itself holds, each word weighed by how rare it is.

Coverage weighs the question's words over the whole passage, and alignment counts them over the sentence and its
document's title and headings, each word alike. A near miss holds most of the question's common words (the report's
vocabulary) and lacks its one rare word: the thing, place or person the documents never give. Here the question's
words (groups) are weighed by their idf in the sentences' index, a word the index has never seen as the rarest, and
two numbers are read: the weighed share the sentence with its document's context holds, and whether it holds the
rarest word. Pure functions over the analysed question and strings, the idf given.
"""
from __future__ import annotations

from collections.abc import Callable

from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.held import has_word, word_forms
from reportbot.index.retrieval.query import Query


def _groups(q: Query, sentence: str) -> list[dict[str, float]]:
    """The question's groups of two characters or more; an English question's in the sentence's language (its
    English words over English text, their translations over Chinese), as ``signals.groups_held`` reads them."""
    groups = [g for g in q.groups if max(map(len, g), default=0) >= 2]
    if q.lang == "en":
        chinese = [g for g in groups if any(not t.isascii() for t in g)]
        groups = chinese if not is_english(sentence) else [g for g in groups if g not in chinese]
    return groups


def weighed_held(q: Query, sentence: str, context: str, idf: Callable[[str], float]) -> tuple[float, float]:
    """(the idf-weighed share of the question's groups the sentence or its context holds, 1 when it holds the
    rarest group else 0); (1, 1) when the question has no group to weigh.

    A group weighs as its rarest term; a term the index never saw weighs as the rarest term seen in the question,
    plus one (a word no sentence says is the rarest of all).
    """
    groups = _groups(q, sentence)
    if not groups:
        return 1.0, 1.0
    seen = [max((idf(t) for t in g), default=0.0) for g in groups]
    top = max(seen, default=0.0) + 1.0
    weights = [w if w > 0 else top for w in seen]
    forms = word_forms(f"{sentence}\n{context}")
    held = [any(has_word(t, forms) for t in g) for g in groups]
    share = sum(w for w, h in zip(weights, held) if h) / sum(weights)
    return share, float(held[max(range(len(groups)), key=weights.__getitem__)])
