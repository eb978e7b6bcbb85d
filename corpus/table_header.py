"""A table header set over two rows or more, with merged cells, read as one header row.

A header often groups columns under a cell merged across them (``2025年`` over ``目标`` and ``完成``), while its other
names are merged down both rows (``指标``, ``完成率``). Read row by row, the first row is one cell short of the
columns (the rows read ``2025年：2.4亿元`` and the last column has no name) and the second row reads as data. Read
as a grid of cells, each merged cell in every column it covers, the header is its rows combined column by column:
``指标 | 2025年目标 | 2025年完成 | 完成率``. A .docx table (python-docx gives a merged cell in each grid column it
covers) and an html table (``colspan`` and ``rowspan``) are read so.

A grid is a list of rows, each the same width, of ``(key, text)`` cells: a merged cell has one key wherever it lies.
"""
from __future__ import annotations

import re
from collections.abc import Hashable

from reportbot.corpus.normalize import is_chinese

Cell = tuple[Hashable, str]


def _named(text: str) -> bool:
    """Whether a cell reads as a column's name: no figure, no comma, a few words (four, or eight Chinese characters)."""
    text = text.strip()
    return bool(text) and not re.search(r"[\d,，、]", text) and len(text.split()) <= 4 and \
        (len(text) <= 8 or not is_chinese(text[:1]))


def header_depth(grid: list[list[Cell]]) -> int:
    """How many rows the header spans: 1, or more where the first row groups columns under a merged cell and each row
    after it, down to the data, only carries on the header's cells (merged down) or splits a group above into its
    columns (and, under a row label carried down, names a column under its single name above: 2025年 / 上半年).
    A first row of one cell across the table (a caption) groups nothing."""
    if len(grid) < 3 or not _spans(grid[0]) or len({k for k, _ in grid[0]}) < 2:
        return 1
    depth = 1
    for row in grid[1:-1]:
        above = grid[depth - 1]
        # a name above left blank under it (not merged down, as a Word table is often made) carries it on too
        carried = [k == a or not t.strip() and not _spanned(above, c)
                   for c, ((k, t), (a, _)) in enumerate(zip(row, above))]
        under_group = [_spanned(above, c) and not carried[c] for c in range(len(row))]
        # under the row's label carried down, a name under a single name above splits it too (2025年 over 上半年,
        # beside 2024年 over 上半年 | 下半年)
        alone = [bool(c) and carried[0] and not carried[c] and not under_group[c] and bool(above[c][1].strip())
                 and _named(row[c][1]) for c in range(len(row))]
        blank = any(c and k != a for c, ((k, _), (a, _)) in zip(carried, zip(row, above)))
        if not any(under_group) or not all(x or y or z for x, y, z in zip(carried, under_group, alone)) or \
                blank and not all(_named(row[c][1]) for c in range(len(row)) if under_group[c]):
            break  # (under a blank label, figures or a sentence's words under a group are its data, not names)
        depth += 1
    return depth


def read_grid(grid: list[list[Cell]]) -> tuple[tuple[str, ...], ...] | None:
    """The rows of a grid whose header spans several rows: the header combined (each column's names from the top
    down, a merged cell's once), then the data rows a cell per column, a cell merged across columns in the first of
    them (the rest empty: a row keeps its columns under their names). None for a grid with a header of one row."""
    depth = header_depth(grid)
    if depth < 2:
        return None
    header = []
    for c in range(len(grid[0])):
        names: list[str] = []
        for r in range(depth):
            key, text = grid[r][c]
            if text and (r == 0 or key != grid[r - 1][c][0]) and text not in names:
                names.append(text)
        header.append(_grouped(names))
    return (tuple(header), *grid_rows(grid[depth:]))


def grid_rows(grid: list[list[Cell]]) -> tuple[tuple[str, ...], ...]:
    """A grid's rows, a cell per column: a cell merged down a column is read in each row it spans; one merged across
    columns in the first of them, the rest empty (a row keeps its columns under their names)."""
    return tuple(tuple("" if c and key == row[c - 1][0] else text for c, (key, text) in enumerate(row)) for row in grid)


def second_header_line(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """``rows`` (a table read by where its text stands, the header first) with a header set over two lines read as
    one row: the row under the header whose first cell is blank while every row below has its label, each of its
    cells under a named header cell and no bare figure nor a long number (a contact row's phone, 0838-2201123)
    (``2024年`` over ``1—9月``, ``同比`` over ``增减``), is the
    header's second line, joined to it column by column (``2024年 1—9月``); other rows as they are."""
    if len(rows) < 4 or rows[1][0].strip() or not all(r[0].strip() for r in rows[2:]):
        return rows
    filled = [c for c, t in enumerate(rows[1]) if t.strip()]
    if not filled or any(not rows[0][c].strip() or _BARE_FIGURE.fullmatch(rows[1][c].strip())
                         or _LONG_NUMBER.search(rows[1][c]) for c in filled):
        return rows
    head = tuple(_joined([h.strip(), t.strip()]) if t.strip() else h for h, t in zip(rows[0], rows[1], strict=True))
    return (head, *rows[2:])


def merged_header(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """``rows`` (a drawn grid read row by row, the header first) with a header set over two rows read as one: the
    first row names a group over a cell left empty (a cell merged across: 培训 over 人次 and 持证人数), and the
    second, its first cell the first row's (merged down, read in each row) or blank, names a column under each
    cell of the group, a few words and no figure. Each column is named from the top down (培训人次, 培训·持证人数,
    AED 新增（台）); read row by row, the second row was the first data row and the group's second column had no
    name. Other rows as they are."""
    if len(rows) < 3 or not rows[0][0].strip() or rows[1][0].strip() not in ("", rows[0][0].strip()):
        return rows
    top, under = rows[0], rows[1]
    empty = [c for c in range(1, len(top)) if not top[c].strip()]
    if not empty or any(not under[c].strip() for c in empty) or not all(_named(t) for t in under[1:] if t.strip()):
        return rows
    carried, last = [], ""
    for c, t in enumerate(top):
        last = t.strip() or last if c else t.strip()
        carried.append(last)
    head = tuple(carried[0] if not c else _grouped([x for x in (carried[c], under[c].strip()) if x])
                 for c in range(len(top)))
    return (head, *rows[2:])


# a run of five digits or more, hyphens within (a phone's, 0838-2201123; an account's): a data row's, no header's
_LONG_NUMBER = re.compile(r"\d(?:-?\d){4,}")
_BARE_FIGURE = re.compile(r"[-+−]?[$€£¥]?\d[\d,.]*\s*%?")


def html_grid(rows: list[list], text) -> list[list[Cell]]:
    """An html table's grid: ``rows`` its ``<tr>`` s' cells (``<th>``, ``<td>``), ``text`` a cell's text; each cell
    in every column its ``colspan`` and row its ``rowspan`` covers (rows padded to the widest with empty cells)."""
    grid: list[dict[int, Cell]] = [{} for _ in rows]
    for r, cells in enumerate(rows):
        c = 0
        for cell in cells:
            while c in grid[r]:
                c += 1
            across, down = _span(cell.get("colspan")), _span(cell.get("rowspan"))
            value = (id(cell), text(cell))
            for rr in range(r, min(r + down, len(rows))):
                for cc in range(c, c + across):
                    grid[rr][cc] = value
            c += across
    width = max((max(g) + 1 for g in grid if g), default=0)
    return [[g.get(c, ((r, c), "")) for c in range(width)] for r, g in enumerate(grid)]


def _span(value) -> int:
    text = str(value or "").strip()
    return max(1, min(int(text), 100)) if text.isdigit() else 1


def _spans(row: list[Cell]) -> bool:
    return any(row[c][0] == row[c - 1][0] for c in range(1, len(row)))


def _spanned(row: list[Cell], c: int) -> bool:
    """Whether the cell over column ``c`` covers more columns than it."""
    key = row[c][0]
    return (c > 0 and row[c - 1][0] == key) or (c + 1 < len(row) and row[c + 1][0] == key)


# full-width punctuation is written tight against what it meets, whichever side: 捐款（万元）目标, 指标：完成
_CJK_MARKS = frozenset("（）【】《》「」『』、，：；。！？“”‘’")


def _joined(names: list[str]) -> str:
    out = ""
    for name in names:
        tight = not out or is_chinese(out[-1:]) and is_chinese(name[:1]) \
            or out[-1] in _CJK_MARKS or name[:1] in _CJK_MARKS
        out += ("" if tight else " ") + name
    return out


# a Chinese name of this many characters or more is a phrase (可减免的用血量, 献血者本人), no qualifier (目标, 完成);
# set by hand: a qualifier under or over a grouped header (目标, 完成, 实际数) is two or three characters
_PHRASE_CHARS = 4
_GROUP_MARK = "·"


def _grouped(names: list[str]) -> str:
    """A column's names from the top of a grouped header down, joined as :func:`_joined` joins them, but for a
    Chinese phrase grouping a Chinese phrase under it, neither holding a figure: those two are kept apart by a
    middle dot (可减免的用血量·献血者本人), where run together they read as one phrase; a period or a short name
    joins tight (2025年目标, 捐款（万元）完成)."""
    out = ""
    for name in names:
        apart = out and all(len(x) >= _PHRASE_CHARS and is_chinese(x[:1]) and is_chinese(x[-1:])
                            and not re.search(r"\d", x) for x in (out, name))
        out = f"{out}{_GROUP_MARK}{name}" if apart else _joined([out, name] if out else [name])
    return out
