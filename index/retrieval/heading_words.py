"""Which of a question's words a passage's context holds as its document's name, not as its heading.

A passage's context is its document's title and date, its heading path and (for a passage standing apart) its lead
(:func:`.context.context_text`). A question word the context holds scores the context match at the paragraph level
and, so that a word naming the document picks the document and not the passage that repeats it, nothing sentence by
sentence (:func:`.candidate_scores.keyword`). A heading word does not name the document: it names a section, and
the passage whose sentence says it under that heading is the one the question points at. With
``SearchTuning.heading_sentence`` the sentence level skips only the words that name the document.
"""
from __future__ import annotations

import functools

import numpy as np
from reportbot.index.retrieval.tokenize import tokenize


@functools.lru_cache(maxsize=4096)
def name_words(title: str, date: str) -> frozenset[str]:
    """The keyword tokens of a document's title and date."""
    return frozenset(tokenize(f"{title} {date}".strip()))


def names_document(ix, field, term: str, rows: np.ndarray) -> np.ndarray:
    """For each passage in ``rows``, whether ``term`` names its document: its title or date says it, it is one of
    the document's own places or defined name's words (``field.words_of``), or the question spells the document's
    name with it (the rows ``field.named`` added)."""
    docs = ix.para_doc[rows]
    out = np.zeros(len(rows), bool)
    for d in np.unique(docs):
        info = ix.docs[ix.doc_order[int(d)]]
        if term in name_words(info.title or "", info.date or "") or term in field.words_of(int(d)):
            out |= docs == d
    return out | field.named_rows(term, rows)
