"""Chinese contractions: a question word the documents never write, read as the longer word they do write.

Chinese shortens a compound by keeping some of its characters in order: 年度报告 -> 年报, 意外保险 -> 意外险,
红十字会 -> 红会. A question that says 年报 finds nothing in a document that only ever writes 年度报告 (its
title), and the passages that say the question's other words (AED in a first-aid manual) win. A question
word of two or three characters that no passage and no context holds is read as a contraction of the
documents' longer words that start with its first character and hold its other characters in the same
order; those words join its group as weaker alternatives. A word with more such readings than a few says
nothing certain and is left alone.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Container, Iterable

_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
SHORTEST, LONGEST = 2, 3  # the characters a contraction may have


def _in_order(chars: str, word: str) -> bool:
    """Whether ``chars`` occur in ``word`` in this order (not necessarily side by side)."""
    rest = iter(word)
    return all(c in rest for c in chars)


class Contractions:
    """The documents' words by first character, to read a question word as a contraction of one of them.

    Args:
        vocabulary: every keyword term of the passages and their contexts.
        weight: a full form's weight in its group, as a share of the contraction's.
        most: a contraction with more full forms than this is left alone.
    """

    def __init__(self, vocabulary: Iterable[str], weight: float = 0.8, most: int = 3):
        self.known = set(vocabulary)
        self.weight, self.most = weight, most
        self._by_first: dict[str, list[str]] = defaultdict(list)
        for word in self.known:
            if len(word) > SHORTEST and _CJK.match(word):
                self._by_first[word[0]].append(word)

    def full_forms(self, term: str, known: Container[str] | None = None) -> list[str]:
        """The documents' words ``term`` may contract (年报 -> 年度报告); none for a word they write themselves."""
        known = self.known if known is None else known
        if term in known or not SHORTEST <= len(term) <= LONGEST or not _CJK.match(term):
            return []
        forms = sorted(w for w in self._by_first.get(term[0], ()) if len(w) > len(term) and _in_order(term[1:], w[1:]))
        return forms if len(forms) <= self.most else []

    def widen(self, groups: Iterable[dict[str, float]]) -> tuple[dict[str, float], ...]:
        """The question's keyword groups, each contraction's full forms added (weaker, shared among them)."""
        out = []
        for group in groups:
            wider = dict(group)
            for term, w in group.items():
                forms = self.full_forms(term)
                for form in forms:
                    wider.setdefault(form, round(w * self.weight / math.sqrt(len(forms)), 4))
            out.append(wider)
        return tuple(out)
