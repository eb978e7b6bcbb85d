"""The name a question gives a document: a proper name that runs through one document, with the words that
complete it.

A notice's university (东湖大学) is named in most of the notice's passages but not in its title, and jieba
cuts it in two (东湖, 大学). A question that names the university names the notice; its words 东湖 and 大学
should then count for every passage of the notice alike, as its title's words do (:class:`scope.ContextField`),
and not make the signature line that repeats the name twice (东湖大学红十字会共青团东湖大学委员会) its best
passage. A name is a word jieba's dictionary tags as a proper name, said in at least a share of one document's
passages and in no other document; the question's text from it on, as far as that document keeps saying the
same string, is the name, and the question's words inside it are its words.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from reportbot.index.retrieval import lexicon
from reportbot.index.retrieval.bm25 import BM25

# jieba's tags of proper names: places, organisations, persons, other names
NAME_TAGS = frozenset({"ns", "nt", "nz", "nr", "nrt", "nrfg"})
_LONGEST = 12  # characters a name may run to


def name_document(term: str, text: BM25, para_doc: np.ndarray, sizes: np.ndarray, share: float) -> int | None:
    """The one document a proper name runs through (in ``share`` of its passages or more, in no other), or None."""
    if share <= 0 or term.isascii() or len(term) < 2 or len(sizes) < 2 or lexicon.tag(term) not in NAME_TAGS:
        return None
    hit = text.postings(term)
    if hit is None:
        return None
    docs = np.unique(para_doc[hit[0]])
    if len(docs) != 1 or len(hit[0]) < max(share * sizes[docs[0]], 2):
        return None
    return int(docs[0])


def naming_terms(question: str, terms: Sequence[str], document_of: Callable[[str], int | None],
                 texts_of: Callable[[int], list[str]]) -> dict[str, int]:
    """The question's terms that spell a document's name, each with that document's number.

    Args:
        question: the normalised question.
        terms: its keyword terms.
        document_of: the document a term is a running name of (:func:`name_document`), or None.
        texts_of: a document's passages' texts, by document number.
    """
    out: dict[str, int] = {}
    for t in terms:
        doc = document_of(t)
        start = question.find(t)
        if doc is None or start < 0:
            continue
        texts, end = texts_of(doc), start + len(t)
        while end < len(question) and end - start < _LONGEST and \
                sum(question[start:end + 1] in x for x in texts) >= 2:
            end += 1
        name = question[start:end]
        out.update({u: doc for u in terms if u in name})
    return out
