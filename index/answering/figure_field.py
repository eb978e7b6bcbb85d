"""The figures of one sentence, indexed once, so that :func:`.figure_items.own_terms` can be asked for each of them
without walking every other figure and every mark between (a sentence of a few thousand figures, a run of 1,2.3/ or
7—7—, took minutes: each figure's words were weighed against each other figure, a search over the text between).

:class:`FigureField` answers exactly what ``own_terms(sentence, figure, terms, others)`` answers when ``others`` is
the field's figures without those at positions ``skip`` (the figure's own run): the same rules, read through sorted
starts, range minima and maxima, and the places of the marks found once. Pure, over one sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from reportbot.index.answering.figure_items import CLAUSE_MARK, ITEM_MARK, JOINED, Figure, Term
from reportbot.index.retrieval.numerals import CURRENCY_ZH

# a currency's code or sign right before an amount a Chinese text writes in digits (RM186,400, HK$300, 人民币500)
_CURRENCY_CODE = r"(?<![A-Za-z])(?:RMB|RM|MYR|HKD|NTD|USD|SGD|AUD)\s?|(?:HK|NT|US|S|A)?\$|[¥€£]"
_CURRENCY_BEFORE = re.compile(rf"(?:{CURRENCY_ZH}|{_CURRENCY_CODE})$")
_LONGEST_MARK = 4  # a mark is at most three characters (and, ". "); a wider window reads what ends near an end


def currency_before(text: str, pos: int) -> re.Match | None:
    """A currency's name or code ending at ``pos``: read in the few characters before it (the longest is four and a
    space), not in all the text from the start, which each figure of a long sentence searched again."""
    return _CURRENCY_BEFORE.search(text, max(0, pos - 8), pos)


class _Ranges:
    """Minimum and maximum of a list over any stretch, from tables of powers of two (built once)."""

    def __init__(self, values: list[int]):
        self.low, self.high = [values], [values]
        width = 1
        while 2 * width <= len(values):
            lo, hi = self.low[-1], self.high[-1]
            self.low.append([min(lo[i], lo[i + width]) for i in range(len(lo) - width)])
            self.high.append([max(hi[i], hi[i + width]) for i in range(len(hi) - width)])
            width *= 2

    def _level(self, a: int, b: int) -> tuple[int, int]:
        k = (b - a).bit_length() - 1
        return k, b - (1 << k)

    def least(self, a: int, b: int) -> int | None:
        if a >= b:
            return None
        k, c = self._level(a, b)
        return min(self.low[k][a], self.low[k][c])

    def most(self, a: int, b: int) -> int | None:
        if a >= b:
            return None
        k, c = self._level(a, b)
        return max(self.high[k][a], self.high[k][c])


class _Marks:
    """Where a mark pattern matches in the sentence, to answer ``pattern.search(sentence, lo, hi)`` by a look-up."""

    def __init__(self, sentence: str, pattern: re.Pattern):
        self.sentence, self.pattern = sentence, pattern
        self.starts = [m.start() for m in pattern.finditer(sentence)]  # no mark starts inside another

    def within(self, lo: int, hi: int) -> bool:
        """Whether ``pattern.search(sentence, lo, hi)`` finds a mark: one that ends well before ``hi`` as found in
        the whole sentence, one near ``hi`` read with the sentence cut there (a full stop at its end)."""
        tail = max(lo, hi - _LONGEST_MARK)
        i = bisect_left(self.starts, lo)
        if i < len(self.starts) and self.starts[i] < tail:
            return True
        return lo < hi and self.pattern.search(self.sentence, tail, hi) is not None

    def next_from(self, pos: int) -> int:
        """Where ``pattern.search(sentence, pos)`` starts, or the sentence's end."""
        i = bisect_left(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else len(self.sentence)


class FigureField:
    """The figures of a sentence (start, end, measure), sorted, with what :meth:`own` needs read once."""

    def __init__(self, sentence: str, figures: list[Figure]):
        self.sentence = sentence
        self.figures = sorted(figures)
        self.starts = [s for s, _, _ in self.figures]
        self.ends = _Ranges([e for _, e, _ in self.figures])
        self.by_measure: dict[str, list[int]] = {}
        for i, (_, _, m) in enumerate(self.figures):
            self.by_measure.setdefault(m, []).append(i)
        self.clause, self.item = _Marks(sentence, CLAUSE_MARK), _Marks(sentence, ITEM_MARK)

    def index(self, figure: tuple[int, int]) -> range:
        """The positions of the figures equal to ``figure`` (start, end), whatever their measure."""
        a = bisect_left(self.figures, figure[:2])
        b = a
        while b < len(self.figures) and self.figures[b][:2] == tuple(figure[:2]):
            b += 1
        return range(a, b)

    def _kept(self, a: int, b: int, skip: range) -> list[tuple[int, int]]:
        """The stretches of positions [a, b) outside ``skip``."""
        return [(x, y) for x, y in ((a, min(b, skip.start)), (max(a, skip.stop), b)) if x < y]

    def _any(self, a: int, b: int, skip: range, measure: str | None = None) -> bool:
        """Any figure at positions [a, b) outside ``skip`` (of ``measure`` when one is given)."""
        if measure is None:
            return bool(self._kept(a, b, skip))
        ids = self.by_measure.get(measure, [])
        return any(bisect_left(ids, x) < bisect_left(ids, y) for x, y in self._kept(a, b, skip))

    def own(self, figure: Figure, terms: list[Term], skip: range = range(0)) -> list[Term]:
        """``own_terms(sentence, figure, terms, others)`` with ``others`` the field's figures outside ``skip``."""
        start, end, measure = figure
        sentence, n = self.sentence, len(self.figures)

        def inside(a: int, b: int) -> bool:  # a term inside another figure (its unit)
            upto = bisect_left(self.starts, b)
            return any((self.ends.most(x, y) or -1) > a for x, y in self._kept(0, upto, skip))

        def before(b: int) -> bool:  # another figure between the term and this one stands with the term
            first = bisect_left(self.starts, b)
            least = [v for x, y in self._kept(first, n, skip) if (v := self.ends.least(x, y)) is not None]
            if least and min(least) <= start and self.clause.within(min(least), start):
                return True  # a clause mark after a figure between: no run of joined ends crosses one
            if not measure:
                return False
            ids = self.by_measure.get(measure, [])
            for i in reversed(ids[bisect_left(ids, first):bisect_left(ids, bisect_left(self.starts, start))]):
                s, e, _ = self.figures[i]
                if i in skip or e > start:
                    continue
                if not JOINED.fullmatch(sentence, e, start):
                    return True  # one of the same measure, not the other end of a change
            return False

        def opens(a: int, b: int, marks: _Marks, measure_: str | None) -> bool:
            if not marks.within(end, a):
                return False
            close = marks.next_from(b)
            return self._any(bisect_left(self.starts, b), bisect_left(self.starts, close), skip, measure_)

        def parted(a: int, b: int) -> bool:
            if inside(a, b):
                return False
            if b <= start:
                return before(b)
            if a >= end:
                return opens(a, b, self.clause, None) or bool(measure) and opens(a, b, self.item, measure)
            return False

        return [t for t in terms if not parted(t[0], t[1])]


def run_spans(heads: list[int]) -> list[range]:
    """For each figure (in order), the positions of the figures that share its run's head: a run's figures stand
    together (:func:`.figure_marks.figure_runs` joins neighbours only)."""
    out: list[range] = []
    a = 0
    for i in range(1, len(heads) + 1):
        if i == len(heads) or heads[i] != heads[a]:
            out.extend([range(a, i)] * (i - a))
            a = i
    return out
