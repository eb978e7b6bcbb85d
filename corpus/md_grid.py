"""A grid table in Markdown (pandoc's and reStructuredText's: ``+---+---+`` borders, ``| a | b |`` rows, ``+===+``
under the header, a row's cells running onto more lines until the next border), written as a pipe table before the
Markdown is parsed.

CommonMark knows no grid table: its lines ran into one paragraph of bars and dashes (``+-----+ | Measure | 2024-25
| …``), so no row's figure stood under its column's name, and a cell on two lines (``Preventative`` over
``actions``) was two. Each row between two borders is one row, its cells' lines joined by a space; the rows above
a ``+===+`` border are the header, and with no such border the first row is (as a pipe table's is).
"""
from __future__ import annotations

import re

_BORDER = re.compile(r" {0,3}\+(?:[-=:]+\+)+[ \t]*")
_ROW = re.compile(r" {0,3}\|.*\|[ \t]*")


def piped(text: str) -> str:
    """``text`` with each grid table written as a pipe table (see the module); other lines as they are."""
    lines = text.split("\n")
    out: list[str] = []
    i, end = 0, 0  # end: where the run of border and row lines a border stands in ends, found once for the run
    failed: dict[int | None, int] = {}  # in that run, by a border's width: the row a table from one failed at
    while i < len(lines):
        table = None
        if _BORDER.fullmatch(lines[i]):
            if i >= end:
                end, failed = i + 1, {}
                while end < len(lines) and (_BORDER.fullmatch(lines[end]) or _ROW.fullmatch(lines[end])):
                    end += 1
            width = _width(lines[i])
            # (a border of that width before the row a table failed at fails there too: the rows between kept to it)
            if end - i >= 3 and _BORDER.fullmatch(lines[end - 1]) and i >= max(failed.get(width, 0),
                                                                                 failed.get(None, 0)):
                table, at = _table(lines[i:end])
                if table is None:
                    failed[width if at < end - i else None] = i + at
        if table is None:
            out.append(lines[i])
            i += 1
            continue
        out += ["", *table, ""]
        i = end
    return "\n".join(out)


def _width(border: str) -> int:
    return border.strip().count("+") - 1


def _table(lines: list[str]) -> tuple[list[str] | None, int]:
    """A grid table's lines (a border first and last) as a pipe table's, None when its rows do not keep to the
    columns its first border draws; and where it failed (the first row that does not, or ``len(lines)``: no row)."""
    width = _width(lines[0])
    rows: list[list[list[str]]] = []  # each row's cells, each cell's lines
    header = 0  # how many rows the header holds (those over a +===+ border)
    current: list[list[str]] | None = None
    for k, line in enumerate(lines[1:], start=1):
        if _BORDER.fullmatch(line):
            if current is not None:
                rows.append(current)
            current = None
            header = len(rows) if "=" in line and not header else header
            continue
        cells = line.strip()[1:-1].split("|")
        if len(cells) != width:
            return None, k
        current = current or [[] for _ in range(width)]
        for cell, part in zip(current, cells, strict=True):
            cell.append(part.strip()) if part.strip() else None
    if not rows:
        return None, len(lines)
    texts = [[" ".join(c).replace("|", "\\|") for c in row] for row in rows]
    head = [" ".join(x for x in col if x) for col in zip(*texts[:header], strict=True)] if header > 1 else texts[0]
    body = texts[max(header, 1):]
    return [_line(head), _line(["---"] * width), *(_line(r) for r in body)], len(lines)


def _line(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
