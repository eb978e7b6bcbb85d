"""Tables in a PDF's text layer, where each cell came out on a line of its own.

A PDF has no tables, only text placed on a page; its text layer often gives a table one cell a line: the header
cells (指标 / 2023年 / 2024年), then each row's label and its figures. Read as prose, the figures lose their
row and column. Here a run of short lines is read as a table when it falls into rows of the same width whose
first cell is a label and whose other cells are all figures (a change, 增加0.65个百分点, is one); the first row
is the header when its cells are no figures. A table that runs on to the next page (its rows there without a
header) keeps the header of the table it continues, so every row is read with its header.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportbot.corpus.pdf_grid import GRID, MARKER, GridTable
from reportbot.corpus.pdf_panels import figure_only
from reportbot.corpus.pdf_pieces import squash
from reportbot.corpus.table_header import merged_header, second_header_line

MAX_CELL_CHARS = 30  # a line longer than this is prose, not a cell
MIN_ROWS = 2  # figure rows under a header a run needs to be read as a table (one, under a carried header)
MAX_WIDTH = 6  # cells a row may have
# lines (a title, a heading, a caption) a run may open with before its table's header
_LEAD_LINES = 3
# a figure cell: a number with its sign, separators, unit or percent (90, 21.4, 2.87亿, 1,286, 68%, —)
_FIGURE = re.compile(r"[-+−–—~≈约]?\d[\d,.，．]*\s*(%|‰|[万亿千百]?[元个人次名支台例场所家项件天年月日]*)|[-—–]{1,2}")
# a change written as a cell (增加0.65个百分点, 下降4.51%, -0.87个百分点): a figure too
_CHANGE = re.compile(r"(?:增加|减少|上升|下降|提高|降低|增长|up|down)\s*[-+−]?\d[\d,.]*\s*(?:个百分点|百分点|%|pp)|"
                     r"[-+−]?\d[\d,.]*\s*(?:个百分点|百分点|pp)")
_SENTENCE_END = re.compile(r"[。！？!?；;]$")


@dataclass(frozen=True)
class Segment:
    """Lines of prose (``rows`` empty) or a table (``rows``, the header first)."""

    lines: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


def is_figure(cell: str) -> bool:
    cell = cell.strip()
    return bool(_FIGURE.fullmatch(cell) or _CHANGE.fullmatch(cell))


def _is_cell(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= MAX_CELL_CHARS and not _SENTENCE_END.search(s)


_YEARISH = re.compile(r"(19|20)\d\d年?(度)?")


def _is_row(cells: list[str]) -> bool:
    """A label and its figures; the label may be a year (a table of years down its label column: 2019 / 412 / 318),
    but a row whose figures are all years (指标 / 2023年 / 2024年) is a header's shape, no row of figures."""
    label = not is_figure(cells[0]) or bool(_YEARISH.fullmatch(cells[0]))
    return label and all(is_figure(c) for c in cells[1:]) and not _years_header(cells)


def _is_header(cells: list[str]) -> bool:
    """No figure after the label, but years; a figure with a word of unit (``71,600 hours``, ``A$3.92 million``) is
    a value, so a label over its value (a key-figures panel's first pair) is no header."""
    return not is_figure(cells[0]) and not any((is_figure(c) or figure_only(c)) and not _YEARISH.fullmatch(c)
                                               for c in cells[1:])


def _years_header(cells: Sequence[str]) -> bool:
    """A header whose columns are years (指标 / 2023年 / 2024年): a word, then two years or more, each another."""
    years = [c.strip() for c in cells[1:]]
    return not is_figure(cells[0]) and len(years) >= 2 and len(set(years)) == len(years) \
        and all(_YEARISH.fullmatch(c) for c in years)


def _rows(run: list[str], width: int) -> list[tuple[str, ...]]:
    """The rows of ``width`` cells that open ``run``, up to the first that is no label and its figures."""
    rows: list[tuple[str, ...]] = []
    for i in range(0, len(run) - width + 1, width):
        cells = run[i:i + width]
        if not _is_row(cells):
            break
        rows.append(tuple(cells))
    return rows


Found = tuple[int, tuple[tuple[str, ...], ...], int]


def _table_at(run: list[str], carried: tuple[str, ...] | None) -> Found | None:
    """(lines before the table, rows with the header first, lines it takes) for the reading of ``run`` that
    takes most lines, or None.

    The table may start after a caption or heading line or two, and end before the run does. With ``carried``
    (the header of a table on the page before) a run at the top of a page may be that table's rows.
    """
    if carried is not None:
        rows = _rows(run, len(carried))
        if rows:
            return 0, (carried, *rows), len(rows) * len(carried)
    best: Found | None = None
    for start in range(0, min(_LEAD_LINES + 1, len(run))):
        for width in range(2, MAX_WIDTH + 1):
            head = run[start:start + width]
            if len(head) < width or not _is_header(head):
                continue
            rows = _rows(run[start + width:], width)
            if len(rows) >= MIN_ROWS and (best is None or (len(rows) + 1) * width > best[2]):
                best = start, (tuple(head), *rows), (len(rows) + 1) * width
    return best


def _grid_at(lines: list[str], i: int, grids: Sequence[GridTable]) -> tuple[GridTable, int] | None:
    """The table found by position (``pdf_grid``) whose text the lines from ``i`` spell, and where they end."""
    for grid in grids:
        text, j = "", i
        while j < len(lines) and grid.signature.startswith(text + squash(lines[j])) and len(text) < len(grid.signature):
            text += squash(lines[j])
            j += 1
        if text and text == grid.signature:
            return grid, j
    return None


# cells of a row aligned with spaces: three or more spaces (two or more ideographic ones) between them
_WIDE_GAP = re.compile(r"(?<=\S)(?: {3,}|\u3000{2,}|\t+)(?=\S)")


def _spaced_cells(line: str) -> list[str]:
    return [c.strip() for c in _WIDE_GAP.split(line.strip())]


def _spaced_at(lines: list[str], i: int) -> tuple[tuple[tuple[str, ...], ...], int] | None:
    """A table whose rows the text layer gives one line each, their cells set apart by runs of spaces (a table typed
    with spaces, no rules): from line ``i``, the rows (the header first) and where they end. At least ``GRID.min_rows``
    lines in a row split into the same number of cells, two or more, each short and no sentence, whose first cells
    are not all a list's markers."""
    width = len(_spaced_cells(lines[i]))
    j = i
    while j < len(lines) and len(cells := _spaced_cells(lines[j])) == width and 2 <= width <= MAX_WIDTH \
            and all(_is_cell(c) for c in cells):
        j += 1
    rows = tuple(tuple(_spaced_cells(x)) for x in lines[i:j])
    if len(rows) < GRID.min_rows or all(MARKER.fullmatch(r[0]) for r in rows) \
            or all(r[0].endswith((":", "：")) for r in rows):
        return None  # a list's markers, or label lines (Name:   Alice Brown): each line says what it holds
    return rows, j


def _headed(prose: list[str], rows: tuple[tuple[str, ...], ...],
            listed: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], ...]:
    """A table found by position whose first row is data (a label and its figures) under the lines just before it
    that make its header (项目 / 2023年 / 2024年, a cell a line, set in bold where position did not find them, none
    of them a bulleted item's line, ``listed``): those lines are its header, taken out of ``prose``."""
    width = len(rows[0])
    head = [x.strip() for x in prose[-width:]]
    if len(prose) < width or not _is_row(list(rows[0])) or not all(_is_cell(x) for x in head) \
            or any(x in listed for x in prose[-width:]) \
            or not _is_header(head) or _is_row(head):
        return rows
    del prose[-width:]
    return (tuple(head), *rows)


def _carried(rows: tuple[tuple[str, ...], ...], carried: tuple[str, ...] | None) -> tuple[tuple[str, ...], ...]:
    """A table at the top of a page as wide as the table before it continues it: its first row is that table's
    header repeated (kept as this page's header, no row of data), or a row of data: a label and its figures, or any
    row no header's shape (a number first: 8 / 白城市 / 1380), which is read under the header carried over."""
    if carried is None or len(carried) != len(rows[0]) or rows[0] == carried:
        return rows
    if _is_row(list(rows[0])) or not _is_header(list(rows[0])):
        return (carried, *rows)
    return rows


def segments(lines: list[str], carried: tuple[str, ...] | None = None,
             grids: Sequence[GridTable] = (), items: Sequence[bool] = ()) -> list[Segment]:
    """A page's lines as prose and tables, in order. ``carried``: the header of the last table on the page
    before, for a table that runs on to this page (only a run at the top of the page can continue it).
    ``grids``: the tables found on the page by where their text stands (``pdf_grid``); their lines are read
    as those tables. ``items``: for each line, whether it is a bulleted item's (its glyph's line or one it wrapped
    onto: ``pdf_lists.item_lines``), prose and never a cell: a slide's bullet wrapped beside a chart
    (``… delivered`` / ``August 18, 2025``) heads none of the chart's figures."""
    out: list[Segment] = []
    prose: list[str] = []
    listed = frozenset(i for i, x in enumerate(items) if x)
    starts = {i: found for i in range(len(lines)) if grids and (found := _grid_at(lines, i, grids))}
    for k in [k for k in starts if _outgrown(lines, k, starts[k][1], carried, listed)]:
        del starts[k]
    i = 0
    while i < len(lines):
        grid = starts.get(i) or _spaced_at(lines, i)
        if grid is not None:
            drawn = merged_header(second_header_line(grid[0].rows)) if isinstance(grid[0], GridTable) else None
            rows = _headed(prose, drawn or grid[0],
                           frozenset(lines[k] for k in listed))
            if prose:
                out.append(Segment(lines=tuple(prose)))
                prose = []
            out.append(Segment(rows=_carried(rows, carried if not out else None)))
            i = grid[1]
            continue
        j = i
        while j < len(lines) and _is_cell(lines[j]) and j not in listed and (j == i or j not in starts):
            j += 1
        run = [x.strip() for x in lines[i:j]]
        found = _table_at(run, carried if i == 0 else None) if j - i >= 2 else None
        if found is None:
            prose.extend(lines[i:max(j, i + 1)])
            i = max(j, i + 1)
            continue
        start, rows, taken = found
        prose.extend(lines[i:i + start])
        if prose:
            out.append(Segment(lines=tuple(prose)))
            prose = []
        out.append(Segment(rows=rows))
        i += start + taken
    if prose:
        out.append(Segment(lines=tuple(prose)))
    return out


def _outgrown(lines: list[str], at: int, end: int, carried: tuple[str, ...] | None,
              listed: frozenset[int] = frozenset()) -> bool:
    """Whether the table found by position on lines ``at``..``end`` is part of a larger one read from the lines alone:
    figures set flush right start at other x positions as their widths differ, so position finds only the rows whose
    figures happen to be as wide (6,915 / 5,880 / 7,325), and leaves the header, a row of wider figures and the
    total row out; the lines' reading (a header, then labels and their figures) takes them all."""
    first = at
    while first > 0 and _is_cell(lines[first - 1]) and first - 1 not in listed:
        first -= 1
    last = end
    while last < len(lines) and _is_cell(lines[last]) and last not in listed:
        last += 1
    found = _table_at([x.strip() for x in lines[first:last]], carried if first == 0 else None)
    if found is None:
        return False
    start, _, taken = found
    return first + start <= at and end <= first + start + taken and taken > end - at


def last_header(segs: list[Segment]) -> tuple[str, ...] | None:
    """The header of a table that ends the page, for the page after; None when prose ends it."""
    return segs[-1].rows[0] if segs and segs[-1].rows else None
