"""Run-in items: a numbered heading whose text runs on after a colon on the same line
(``三、捐血推動：協辦捐血活動58場``).

Among siblings set as headings (``一、緊急救護訓練`` / ``二、災害救助`` on lines of their own, their items under
them), such an item is a part of its own at its number's level: its label (``三、捐血推動``) heads it, and its line
is its text, where it stood as a paragraph under the sibling before it. Among numbered paragraphs (``一、預算總額：…``
over ``二、…`` written as text) it stays a paragraph: a heading there would head the paragraphs after it."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# the numberings a part's heading takes, outermost first: the formal numerals (壹、), 一、, （一）, 1. / 1、
_NUMBERINGS = (re.compile(r"^[壹贰貳叁参參肆伍陆陸柒捌玖拾]+、"), re.compile(r"^[一二三四五六七八九十]+、"),
               re.compile(r"^[（(][一二三四五六七八九十]+[）)]"), re.compile(r"^\d+[.、]\s*(?=\D)"))
# the label before the colon: a few words naming the part, no sentence's mark in it (set by hand: the longest
# section title seen run in, 志工培力 / 捐血推動, with room for a longer one; a longer label is a sentence's clause)
_LABEL = re.compile(r"([^：:，,。；;！？!?]{2,16}?)\s*[：:]\s*\S")


def _numbering(line: str) -> int | None:
    """The rank of a line's numbering among :data:`_NUMBERINGS` (0 outermost), None when it is not numbered."""
    return next((rank for rank, pattern in enumerate(_NUMBERINGS) if pattern.match(line)), None)


def run_in_label(line: str) -> str | None:
    """A numbered line's heading when its text runs on after a colon (``三、捐血推動``), else None."""
    rank = _numbering(line)
    if rank is None:
        return None
    number = _NUMBERINGS[rank].match(line).group(0)
    found = _LABEL.match(line[len(number):])
    return f"{number}{found.group(1)}".strip() if found else None


def _sibling(parts: Sequence[object], i: int, rank: int, step: int) -> str | None:
    """The nearest line numbered as part ``i`` is, going ``step`` from it, before a line numbered as an outer part."""
    k = i + step
    while 0 <= k < len(parts):
        part = parts[k]
        if isinstance(part, str):
            own = _numbering(part)
            if own is not None and own < rank:
                return None
            if own == rank:
                return part
        k += step
    return None


def run_in_heads(parts: Sequence[object], heading: Callable[[str], bool]) -> dict[int, str]:
    """By part index, the heading of each run-in item (:func:`run_in_label`) whose nearest sibling before or after
    it (numbered alike, under the same outer part) is a heading (``heading``)."""
    heads: dict[int, str] = {}
    for i, part in enumerate(parts):
        if not isinstance(part, str) or "\n" in part.strip() or (label := run_in_label(part.strip())) is None:
            continue
        rank = _numbering(part.strip())
        if any(s is not None and heading(s) and run_in_label(s) is None
               for s in (_sibling(parts, i, rank, -1), _sibling(parts, i, rank, 1))):
            heads[i] = label
    return heads
