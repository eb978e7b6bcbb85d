"""A folded table: one table set twice side by side to save space, read as its halves stacked.

A leaflet's monthly table often runs January to June on the left and July to December on the right, under a header
that repeats its run of column names (月份 | 捐血人次 | 月份 | 捐血人次). Read row by row, one row holds two months,
and a question on July reads a row that opens with January's figures. Any format's table is read so: the left
half's rows, then the right half's (then a third's, where the run repeats three times), under one header.
"""
from __future__ import annotations

MIN_RUN = 2  # a run of one column repeated (a | a) is no folded table: a list set in two columns (名称 | 名称)


def fold_width(header: tuple[str, ...]) -> int:
    """The width of the run of column names a header repeats (3 for A B C A B C), 0 when it repeats none."""
    names = [" ".join(h.split()) for h in header]
    while names and not names[-1]:  # (trailing empty cells: a row padded to the table's width)
        names.pop()
    for width in range(MIN_RUN, len(names) // 2 + 1):
        if len(names) % width == 0 and all(names[:width]) \
                and all(names[k:k + width] == names[:width] for k in range(width, len(names), width)):
            return width
    return 0


def unfolded(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A table's rows, the header first, with a folded table's halves stacked under one header; other tables as
    they are. A half's row with no text (the right half of a table with an odd number of rows) is left out."""
    if len(rows) < 2 or not (width := fold_width(rows[0])):
        return rows
    parts = -(-len([h for h in rows[0] if h.strip()]) // width)
    out = [tuple(rows[0][:width])]
    for k in range(parts):
        for row in rows[1:]:
            half = tuple(row[k * width:(k + 1) * width])
            if any(c.strip() for c in half):
                out.append(half + ("",) * (width - len(half)))
    return tuple(out)
