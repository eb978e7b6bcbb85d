"""The question's words a figure is weighed against: of each word that recurs, the occurrences nearest the figure.

A word of the question that recurs through a long run (至 of 1至11月 over 18至18至…, the question's figure over
1 2 1 2 …) was weighed, with every occurrence, against every figure of the run: figures × occurrences, seconds at
600 characters and minutes at a few thousand. :class:`NearTerms` groups the occurrences by their word once per
sentence and gives, for a figure, each word's ``REACH`` occurrences on either side of it; a word with no more than
that on each side keeps them all, in their order (the same list: nothing a sentence of ordinary length says is left
out). Pure, over one sentence; :data:`CUT` counts the figures for which an occurrence was left out.

Also :class:`Disjoint`, stretches that do not overlap, asked whether a stretch overlaps one of them by halving (a
list of taken occurrences walked for each new one was quadratic in a word's repeats).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

Term = tuple[int, int, float]
REACH = 32  # occurrences of one word weighed on each side of a figure: a bound on work, not a weight. At 8 a list
# of nine or more named items in one sentence (北岭护林员 among fourteen: test_review50) was answered otherwise than
# with every occurrence weighed; 32 items on a side is past any list a sentence writes, and no tune row met 8
CUT = [0]  # how many times occurrences were left out (read by /tmp tools measuring that the bound is never met)


class NearTerms:
    """The terms (start, end, weight) of a sentence, grouped by the words they stand on."""

    def __init__(self, sentence: str, terms: list[Term]):
        self.terms = terms
        groups: dict[str, list[int]] = {}
        for i, (a, b, _) in enumerate(terms):
            groups.setdefault(sentence[a:b], []).append(i)
        ordered = [sorted(ids, key=lambda i: terms[i][0]) for ids in groups.values()]
        self.groups = [(ids, [terms[i][0] for i in ids]) for ids in ordered]
        self.few = all(len(ids) <= REACH for ids, _ in self.groups)

    def around(self, *positions: int) -> list[Term]:
        """The terms with, of each word, the ``REACH`` occurrences before and from each position (in their order)."""
        if self.few:
            return self.terms
        kept: set[int] = set()
        for ids, starts in self.groups:
            if len(ids) <= REACH:
                kept.update(ids)
                continue
            for p in positions:
                i = bisect_left(starts, p)
                kept.update(ids[max(0, i - REACH):i + REACH])
        if len(kept) == len(self.terms):
            return self.terms
        CUT[0] += 1
        return [self.terms[i] for i in sorted(kept)]


class Disjoint:
    """Stretches [a, b) that do not overlap one another, in order: whether a new one overlaps any, by halving."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect_left(self.starts, b) - 1  # the last stretch that starts before b ends latest of those (apart)
        return i >= 0 and self.ends[i] > a

    def add(self, a: int, b: int) -> None:
        i = bisect_right(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)


class Overlapping:
    """Any stretches (start, end, ...), asked whether one overlaps [a, b): by halving over their starts, with the
    farthest end of those starting before each."""

    def __init__(self, spans: list[tuple]):
        ordered = sorted((s[0], s[1]) for s in spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []
        for _, b in ordered:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect_left(self.starts, b) - 1
        return i >= 0 and self.reach[i] > a


def covered(spans: list[tuple]) -> set[int]:
    """The positions inside any of the stretches (each a word's or a quote's: short), asked by a look-up."""
    return {i for s in spans for i in range(s[0], s[1])}


def ends_at(pattern, text: str, pos: int, reach: int = 16) -> bool:
    """Whether ``pattern`` (one anchored at its end, ``…\\s*$``, whose words are at most ``reach`` characters) finds
    a match in ``text[:pos]``: read in the words just before ``pos`` and the spaces after them, not from the start
    (each figure of a long sentence read all the text before it). Words before the window still bound a ``\\b``."""
    k = pos
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return pattern.search(text, max(0, k - reach), pos) is not None
