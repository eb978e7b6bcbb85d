"""A Chinese question's words the documents never write, cut again along the documents' own words.

jieba cuts a colloquial question by its general dictionary: 省两办发的 -> 两 / 办发, 说要守好 -> 要守 / 好. Neither
办发 nor 要守 is a word of the documents, while 两办 and 守好, which the same characters spell across the cut,
are. A question word no passage or context writes is given the longest document word that overlaps it in the
question's text (reaching at most ``reach`` characters past it on either side), as one more alternative of its
group: the question's concept is kept, only its cut changes (a typo by sound, 只愿者, is homophones.py's). Pure
functions over the question's text, its token spans and the documents' vocabulary.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container

_CHINESE = re.compile(r"^[\u4e00-\u9fff]+$")


def overlapping_word(text: str, start: int, end: int, known: Container[str], reach: int = 1,
                     longest: int = 4) -> str | None:
    """The longest word of ``known`` (two characters or more, Chinese) spelled by ``text`` across ``start``:``end``.

    It must overlap that span, differ from it, and lie within ``reach`` characters of it; ties go to the leftmost.
    """
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    best: tuple[int, int, str] | None = None
    for a in range(lo, hi):
        for b in range(a + 2, min(hi, a + longest) + 1):
            piece = text[a:b]
            if b <= start or a >= end or (a, b) == (start, end) or not _CHINESE.match(piece) or piece not in known:
                continue
            if best is None or len(piece) > best[0]:
                best = (len(piece), a, piece)
    return best[2] if best else None


def recut_groups(text: str, spans: list[tuple[int, int, dict[str, float]]], groups: list[dict[str, float]],
                 known: Callable[[str], bool], weight: float, reach: int = 1,
                 asks: re.Pattern = re.compile(r"(?!)")) -> list[dict[str, float]]:
    """``groups`` (one per span of ``spans``, in order) with a document word added where the question's word is unknown.

    Args:
        text: the normalised question, which ``spans`` index.
        spans: (start, end, group) per question word (``tokenize.tokenize_spans``).
        groups: the groups search uses, one per span (they may hold English alternatives besides).
        known: whether the documents (passages or contexts) write a term.
        weight: the added word's weight, a share of the group's best (``SearchTuning.recut_weight``).
        asks: a question word; a word holding one (几支: how many, and a measure word) is what is asked, left
            alone.
    """
    if len(spans) != len(groups):
        return groups
    vocabulary = _Known(known)
    taken = {t for g in groups for t in g}
    out = []
    for (a, b, own), group in zip(spans, groups):
        if any(known(t) for t in own) or not _CHINESE.match(text[a:b]) or asks.search(text[a:b]):
            out.append(group)
            continue
        word = overlapping_word(text, a, b, vocabulary, reach)
        if word is None or word in taken:
            out.append(group)
        else:
            out.append({**group, word: round(weight * max(group.values(), default=1.0), 4)})
            taken.add(word)
    return out


class _Known:
    """A predicate as a container (``in``)."""

    def __init__(self, known: Callable[[str], bool]):
        self.known = known

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.known(term)
