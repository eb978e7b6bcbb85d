"""Figures given to a list respectively: in "东河区、青山区、九原区分别为3个、5个和7个" the list's second item has the
second figure. The question's words that stand in one item of the list pick the figure in the same place.

A pure function over one sentence, the positions of the question's words in it and the starts of its figures;
:func:`.figures_zh.extract_number` keeps the figure it returns.
"""
from __future__ import annotations

import re

_RESPECTIVELY = re.compile(r"分[别別]")
# what ends the stretch a list or its figures stand in: a clause's or a sentence's end (a comma too, before the list)
_LIST_OPENS = "，,。；;：:！？!?"
_FIGURES_END = "。；;！？!?"
# what parts the items of a list: an enumeration comma, and the words that join its last item
_ITEM_SEPARATOR = re.compile(r"、|以及|和|及|与|與|或")


def _items(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the list written between ``start`` and ``end`` (A、B和C), as stretches of the sentence."""
    items, at = [], start
    for m in _ITEM_SEPARATOR.finditer(sentence, start, end):
        items.append((at, m.start()))
        at = m.end()
    items.append((at, end))
    return [(a, b) for a, b in items if b > a]


def respective_figure(sentence: str, terms: list[tuple[int, int, float]], figure_starts: list[int]) -> int | None:
    """The start of the figure that ``分别`` gives the list item holding the question's words, or None.

    The list stands between the clause's opening and 分别; its figures are those after 分别 up to the sentence's or
    the ；-segment's end. Only a list with as many figures as items, and one item holding more of the question's words
    (by weight) than any other, answers.
    """
    for m in _RESPECTIVELY.finditer(sentence):
        opens = max(sentence.rfind(mark, 0, m.start()) for mark in _LIST_OPENS) + 1
        items = _items(sentence, opens, m.start())
        if len(items) < 2:
            continue
        ends = [i for i in (sentence.find(mark, m.end()) for mark in _FIGURES_END) if i >= 0]
        stop = min(ends, default=len(sentence))
        figures = [s for s in figure_starts if m.end() <= s < stop]
        if len(figures) != len(items):
            continue
        weight = [sum(w for a, b, w in terms if x <= a and b <= y) for x, y in items]
        best = max(weight)
        if best > 0 and weight.count(best) == 1:
            return figures[weight.index(best)]
    return None
