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
    i = 0
    while i < len(lines):
        j = i + 1 if _BORDER.fullmatch(lines[i]) else i
        while j < len(lines) and j > i and (_BORDER.fullmatch(lines[j]) or _ROW.fullmatch(lines[j])):
            j += 1
        table = _table(lines[i:j]) if j - i >= 3 and _BORDER.fullmatch(lines[j - 1]) else None
        if table is None:
            out.append(lines[i])
            i += 1
            continue
        out += ["", *table, ""]
        i = j
    return "\n".join(out)


def _table(lines: list[str]) -> list[str] | None:
    """A grid table's lines (a border first and last) as a pipe table's, None when its rows do not keep to the
    columns its first border draws."""
    width = lines[0].strip().count("+") - 1
    rows: list[list[list[str]]] = []  # each row's cells, each cell's lines
    header = 0  # how many rows the header holds (those over a +===+ border)
    current: list[list[str]] | None = None
    for line in lines[1:]:
        if _BORDER.fullmatch(line):
            if current is not None:
                rows.append(current)
            current = None
            header = len(rows) if "=" in line and not header else header
            continue
        cells = line.strip()[1:-1].split("|")
        if len(cells) != width:
            return None
        current = current or [[] for _ in range(width)]
        for cell, part in zip(current, cells, strict=True):
            cell.append(part.strip()) if part.strip() else None
    if not rows:
        return None
    texts = [[" ".join(c).replace("|", "\\|") for c in row] for row in rows]
    head = [" ".join(x for x in col if x) for col in zip(*texts[:header], strict=True)] if header > 1 else texts[0]
    body = texts[max(header, 1):]
    return [_line(head), _line(["---"] * width), *(_line(r) for r in body)]


def _line(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
