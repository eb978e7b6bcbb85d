"""A plain text numbered as an outline (1 / 1.1 / 1.1.1), each number set off from its text by two spaces or more:
no table.

The spaces after the number made each such line a row of two cells (``1.1.1: Donors must be …``), so a run of
them was read as a two-column table: no number headed a section, and a point's wrapped second line stood as a
paragraph of its own between two tables. A run of two-cell rows whose first cells are all outline numbers, one at
least of two levels or more (1.1), is an outline: its lines are read as lines (a short numbered one heads its
section, :data:`.sentences.SECTION`). A table numbering its rows 1, 2, 3 has no number of two levels.
"""
from __future__ import annotations

import re

_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")
_DEEP = re.compile(r"\d{1,2}\.\d{1,2}")


def outline_rows(rows: list[tuple[str, ...] | None]) -> list[tuple[str, ...] | None]:
    """``rows`` (each line's cells, None for no row) with the rows of an outline's runs (see the module) None."""
    out = list(rows)
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and rows[j] is not None and len(rows[j]) == 2 and _NUMBER.fullmatch(rows[j][0]):
            j += 1
        if j - i >= 2 and any(_DEEP.match(r[0]) for r in rows[i:j] if r is not None):
            out[i:j] = [None] * (j - i)
        i = max(j, i + 1)
    return out
