"""How much of a question the evidence sentence holds, each word weighed by how rare it is in the documents.

``alignment`` counts a question's characters alike and ``coverage`` weighs its words over the whole top passage; a
near miss often keeps the common words of its question in the evidence sentence (救援队, volunteers) and loses the
rare one that makes it another question (a name, a programme, a kind of thing the documents do not count there).
Weighing each word by its idf over the documents' paragraphs lets that one rare word count for what it tells.
"""
from __future__ import annotations

from collections.abc import Callable

from reportbot.index.answering.held import has_word, word_forms
from reportbot.index.retrieval.query import Query


def weighted_held(q: Query, sentence: str, context: str, idf: Callable[[str], float],
                  known: Callable[[str], bool]) -> float:
    """Idf-weighted share of the question's words (one per concept: an English word and its Chinese renderings are
    one) that the sentence or its document's context (title, date, heading path) holds, in any of their forms.

    A word weighs the idf of its rarest form the documents use; a word the documents never use weighs nothing here
    (the ``known`` signal sees it), nor does a lone character. 1 when nothing weighs.
    """
    groups = [g for g in q.concept_groups() if max(map(len, g), default=0) >= 2]
    text = word_forms(f"{sentence}\n{context}")
    total = missing = 0.0
    for g in groups:
        weight = max((idf(t) for t in g if known(t)), default=0.0)
        total += weight
        if not any(has_word(t, text) for t in g):
            missing += weight
    return 1.0 - missing / total if total > 0 else 1.0
