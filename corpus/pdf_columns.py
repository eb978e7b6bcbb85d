"""A PDF page set in columns (two, or a newsletter's three): where its gutters stand, so that each column's lines
are read as lines.

pypdf gives a two-column page's text a column at a time, left then right; but the pieces drawn on one baseline,
one in each column, read as one line drawn across the page (``pdf_spacing.line_boxes``), which no line of the text
layer spells. The page's spacing, its lines' sizes and where its paragraphs end were then unknown, and a column's
full lines measured against the widest line across the page (its title) looked short: every paragraph broke after
its first line. A page in three columns had one gutter found, and its other two columns' lines still read as
one line across both. Pure functions over :class:`~reportbot.corpus.pdf_pieces.Piece` s.
"""
from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportbot.corpus.pdf_pieces import Piece


@dataclass(frozen=True)
class ColumnLayout:
    """How a gutter is told from a table's columns or a line's spaces. Set by hand on the two-column page of
    ``bench/library/docs26`` and the made-up pages of ``tests/test_pdf_columns.py``."""

    # the gutter stands in this middle share of the page's text width
    middle: tuple[float, float] = (0.3, 0.7)
    # at least this many lines have text on each side of it, and no more than this share of the lines cross it
    lines_each_side: int = 4
    crossing_share: float = 0.3
    # both columns hold prose: their lines' median length in characters (a table's cells are shorter)
    prose_chars: int = 12
    # a line that runs this many font sizes past the gutter, with nothing in the right column, is drawn across it
    across: float = 2.0
    # a list's two fields stand this many font sizes apart on most lines (a gutter is one to three wide)
    field_gap: float = 5.0
    # a line within this many font sizes of a side's edge stands at it (right-aligned fields start anywhere)
    aligned: float = 0.25


COLUMNS = ColumnLayout()


def gutters(lines: Sequence[Sequence[Piece]], layout: ColumnLayout = COLUMNS) -> list[float]:
    """The x of each gutter of a page set in columns, left to right (one for two columns, two for three), or none.
    A gutter is found in the middle of the text's width (:func:`_gutter`), then each side of it is searched the
    same way over its own width: a newsletter's three columns are a column and two more, whichever gutter shows
    first. A price list's gap between a label and its price is no gutter: a column of prices holds no prose."""
    pieces = [p for line in lines for p in line]
    if not pieces or not all(p.end > p.x for p in pieces):
        return []  # a piece's end unknown: where it stops cannot be told
    return _gutters(lines, min(p.x for p in pieces), max(p.end for p in pieces), layout)


def _gutters(lines: Sequence[Sequence[Piece]], left: float, right: float, layout: ColumnLayout) -> list[float]:
    at = _gutter(lines, left, right, layout)
    if at is None:
        return []
    # each side's lines, as far as its own width: a title across the page runs past the side it starts in
    sides = ([kept for line in lines if (kept := [p for p in line if p.x < at])],
             [kept for line in lines if (kept := [p for p in line if p.x >= at])])
    return [*_gutters(sides[0], left, at, layout), at, *_gutters(sides[1], at, right, layout)]


def _gutter(lines: Sequence[Sequence[Piece]], left: float, right: float, layout: ColumnLayout) -> float | None:
    """The x of a gutter between ``left`` and ``right``, or None: an x in the middle of that width that few of the
    lines (each a baseline's pieces) cross, with lines of prose wholly on each side of it."""
    lo, hi = left + layout.middle[0] * (right - left), left + layout.middle[1] * (right - left)
    crossing = _crossings(lines, lo, int(hi - lo) + 1)
    fewest = min(crossing)
    if fewest > layout.crossing_share * len(lines):
        return None
    at = lo + crossing.index(fewest)
    sides = ([kept for line in lines if (kept := [p for p in line if p.end <= at])],
             [kept for line in lines if (kept := [p for p in line if p.x >= at])])
    for side in sides:
        if len(side) < layout.lines_each_side or _median_chars(side) < layout.prose_chars or _ragged_left(side, layout):
            return None
    if _fields(lines, at, layout):
        return None
    # the gutter's middle: the room between the left column's widest line and the right column's first
    edge = max(p.end for line in sides[0] for p in line)
    start = min(p.x for line in sides[1] for p in line)
    return (edge + start) / 2 if start > edge else at


def _crossings(lines: Sequence[Sequence[Piece]], lo: float, n: int) -> list[int]:
    """For each x of ``lo``, ``lo`` + 1, … (``n`` of them), how many lines a piece of theirs crosses (starts left of
    it, ends right of it): each line's pieces merged, then counted over the points they cover, in one pass."""
    diff = [0] * (n + 1)
    for line in lines:
        spans: list[list[float]] = []
        for p in sorted(line, key=lambda p: p.x):
            if spans and p.x < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], p.end)
            else:
                spans.append([p.x, p.end])
        for x0, x1 in spans:  # the points lo + k with x0 < lo + k < x1
            first, last = max(0, math.floor(x0 - lo) + 1), min(n - 1, math.ceil(x1 - lo) - 1)
            if first <= last:
                diff[first] += 1
                diff[last + 1] -= 1
    return list(itertools.accumulate(diff[:n]))


def _fields(lines: Sequence[Sequence[Piece]], at: float, layout: ColumnLayout) -> bool:
    """Whether the lines either side of ``at`` are a list's two fields, no columns: most lines hold text on both
    sides, the right side's a figure (a price, a time, a count), and on most the room between the left text's end
    and the right text's start is wide (a label and its price or its hours, set at a tab stop or flush right). A
    page's columns run their lines up to the gutter; and their prose seldom holds a figure on most lines."""
    both = [line for line in lines if any(p.x >= at for p in line) and any(p.end <= at for p in line)]
    figures = sum(1 for line in both if any(c.isdigit() for p in line if p.x >= at for c in p.text))
    if 2 * len(both) <= len(lines) or 2 * figures <= len(both):
        return False
    gaps = sorted(min(p.x for p in line if p.x >= at) - max(p.end for p in line if p.end <= at) for line in both)
    size = max(p.size for line in lines for p in line)
    return gaps[len(gaps) // 2] > layout.field_gap * size


def _ragged_left(lines: Sequence[Sequence[Piece]], layout: ColumnLayout) -> bool:
    """Whether a side's lines are set flush right and start each at its own x, no column of prose: most of them end
    at its right edge, and fewer than half start at its left edge (a column's lines do, but for an indented first
    line, a centred heading or a boxed panel's inset), as a price list's or a timetable's right-aligned fields do
    (``Standard first aid course ....... $165``)."""
    starts, ends = [min(p.x for p in line) for line in lines], [max(p.end for p in line) for line in lines]
    size = max(p.size for line in lines for p in line)
    at_left = sum(1 for x in starts if x - min(starts) <= layout.aligned * size)
    at_right = sum(1 for x in ends if max(ends) - x <= layout.aligned * size)
    return 2 * at_right > len(lines) and 2 * at_left < len(lines)


def _median_chars(lines: Sequence[Sequence[Piece]]) -> int:
    sizes = sorted(sum(len("".join(p.text.split())) for p in line) for line in lines)
    return sizes[len(sizes) // 2]


def split_at(lines: Sequence[Sequence[Piece]], ats: Sequence[float],
             layout: ColumnLayout = COLUMNS) -> list[tuple[int, list[Piece]]]:
    """Each line's pieces parted at the gutters ``ats`` (left to right), as (column, pieces): 1 the leftmost column,
    2 the next, …, 0 a line across a gutter; those above the columns first, then each column top down, left to
    right, and the lines below them."""
    parts: list[tuple[int, list[Piece]]] = []
    for line in lines:
        sides = [[p for p in line if bisect.bisect_right(ats, p.x) == k] for k in range(len(ats) + 1)]
        # a line across a gutter (a title) has no piece in the column past it and runs well into it; a column's
        # line may seem to end a little past its gutter, its width read from the font's metrics
        if any(side and not after and max(p.end for p in side) > at + layout.across * max(p.size for p in side)
               for side, after, at in zip(sides, sides[1:], ats, strict=False)):
            parts.append((0, list(line)))
            continue
        parts.extend((column, side) for column, side in enumerate(sides, start=1) if side)
    columns = [p for p in parts if p[0]]
    if not columns:
        return parts
    top = max(p[1][0].y for p in columns)
    above = [p for p in parts if not p[0] and p[1][0].y > top]
    below = [p for p in parts if not p[0] and p[1][0].y <= top]
    by_y = sorted(columns, key=lambda p: (p[0], -p[1][0].y))
    return above + by_y + below
