"""Tables drawn with box-drawing characters in a plain text (a notice typed in a word processor's text mode, a
console tool's output):

    ┌──────┬──────────┐        +--------+----------+
    │单位  │普及培训  │        | Unit   | Trained  |
    │      │（人次）  │        +--------+----------+
    ├──────┼──────────┤        | North  | 4,500    |
    │青秀区│4500      │        +--------+----------+
    └──────┴──────────┘

The rule lines are no text, and a row's cells may run over several lines between two rules (the header's units on a
line of their own under it). Read line by line, the rules were kept as text and each line of cells, its first cell
empty on a wrapped line, read as a heading or prose, so no row stood under its header.
"""
from __future__ import annotations

import re

from reportbot.corpus.blocks import Block

_BARS = "│┃║|｜"
_BOX = "┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫─━═"
# a rule line: box-drawing corners, joins and lines (or an ASCII grid's +---+), nothing else
_RULE = re.compile(rf"[{_BOX}+\-=:{re.escape(_BARS)} ]+")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _rule(line: str) -> bool:
    s = line.strip()
    return bool(s) and _RULE.fullmatch(s) is not None and (any(c in _BOX for c in s) or
                                                           s[0] == "+" and s[-1] == "+" and ("-" in s or "=" in s))


def _row_cells(line: str) -> list[str] | None:
    """The cells of a line drawn between bars (``│单位 │普及培训 │``), an empty cell kept; None for another line."""
    s = line.strip()
    if len(s) < 2 or s[0] not in _BARS or s[-1] not in _BARS:
        return None
    return [c.strip() for c in re.split(f"[{re.escape(_BARS)}]", s[1:-1])]


def _joined(lines: list[list[str]]) -> tuple[str, ...]:
    """One row's cells from the lines it runs over: each column's pieces joined (no space between Chinese)."""
    width = max(len(x) for x in lines)
    out = []
    for k in range(width):
        text = ""
        for piece in (x[k] for x in lines if k < len(x) and x[k]):
            text += ("" if not text or _CJK.match(text[-1]) or _CJK.match(piece[0]) else " ") + piece
        out.append(text)
    return tuple(out)


def box_table(raw_lines: list[str], i: int) -> tuple[Block, int] | None:
    """The table drawn with box-drawing characters from line ``i``, and the index past it; None when no such table
    starts there (it starts at a rule line and holds two rows or more). Lines between two rules are one row when the
    body's rows are ruled apart; with a rule under the header only, each line is a row, but a line whose first cell
    is empty goes on the row above."""
    if not _rule(raw_lines[i]):
        return None
    groups: list[list[list[str]]] = [[]]
    j = i
    while j < len(raw_lines) and (_rule(raw_lines[j]) or _row_cells(raw_lines[j]) is not None):
        if _rule(raw_lines[j]):
            groups.append([])
        else:
            groups[-1].append(_row_cells(raw_lines[j]))  # type: ignore[arg-type]
        j += 1
    groups = [g for g in groups if g]
    if not groups or any(any(c for c in x) and len(x) < 2 for g in groups for x in g):
        return None
    if len(groups) >= 3:
        rows = [_joined(g) for g in groups]
    else:
        rows = [_joined(groups[0])] if len(groups) == 2 else []
        lines: list[list[list[str]]] = []
        for x in groups[-1]:
            if lines and not x[0]:
                lines[-1].append(x)
            else:
                lines.append([x])
        rows += [_joined(g) for g in lines]
    width = max(len(r) for r in rows)
    rows = [r + ("",) * (width - len(r)) for r in rows if any(r)]
    if len(rows) < 2:
        return None
    return Block("table", rows=tuple(rows)), j
