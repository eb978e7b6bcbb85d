"""Tables in a PDF found by where their text stands: cells in aligned columns, with or without ruling lines.

``pdf_tables`` reads a table from its lines alone, and only when every cell after a row's label is a figure. A
table of words (an action list: No. / Action / Owner / Due date; a program table whose cells say "9.1 million" or
"14 routes") has no such mark. Its mark is on the page: each row's cells start at the same few x positions, row
after row. pypdf reports where each piece of text is drawn (``extract_text(visitor_text=...)``); here pieces on one
baseline form a line, and a run of lines whose pieces start at the same columns forms a table. A cell wrapped onto a
second line joins its row (the row whose baseline is nearest). The table's first row is its header, as in docx and
html. Pure functions over :class:`~reportbot.corpus.pdf_pieces.Piece` s; ``pdf_page_tables`` collects them page
by page.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from reportbot.corpus.pdf_groups import grouped_header
from reportbot.corpus.pdf_pieces import Piece, squash


@dataclass(frozen=True)
class GridLayout:
    """How aligned text is read as a table. Set by hand on the PDFs of ``bench/library`` (docs7, docs8) and the
    made-up pages of ``tests/test_pdf_tables.py``; they shape the documents' texts, so the index manifest records
    them (``tunables``)."""

    # two pieces start in one column when their x positions differ by at most this (points)
    column_slack: float = 2.5
    # two pieces stand on one line when their baselines differ by at most this share of the font size
    line_slack: float = 0.3
    # rows a table needs, its header included
    min_rows: int = 3
    # columns a table may have
    max_columns: int = 8
    # a table whose cells average more characters than this is prose set in columns, not a table
    mean_cell_chars: float = 25.0
    # a two-column table's cells are short both sides (a page set in two columns has long lines both sides)
    pair_cell_chars: int = 30
    # ... and a gap of at least this many font sizes stands between its left cells' drawn ends and the right column:
    # prose set in two columns runs its lines up to the gutter (1 em or so; 16-20 characters a line slip under
    # pair_cell_chars), and a list's marker drawn apart from its text ("1." at x=50, the text at 68) stands a
    # quarter em from it. The bench tables leave 1.5-10 em after their first column (the minutes' No. 1.5, the
    # food bank's 1.8; all have three columns or more, which this does not test), so a two-column table set that
    # tightly is refused too, and prose whose gutter is 2 em or more still reads as a table
    pair_gap: float = 2.0
    # a line alone more than this many font sizes below the table's last row is prose after it, not a wrapped cell
    # (wrapped cells stand one line, about 1.2 font sizes, apart; a paragraph break adds at least half a line)
    wrap_gap: float = 1.6
    # a piece of one or two characters and the next are one word when the next starts within this many font sizes
    # of its end (the spacing between letters, well under the width of a space, 0.25-0.3 em, and of a column gap)
    glue_gap: float = 0.3
    # a Latin character's width in font sizes (Helvetica's letters average about 0.55; 0.6 errs wide, so a gap
    # measured from it errs small)
    latin_width: float = 0.6


GRID = GridLayout()


@dataclass(frozen=True)
class GridTable:
    """A table found on a page: its rows (the header first) and its text as drawn, spaces removed, to find the
    lines the text layer gave it."""

    rows: tuple[tuple[str, ...], ...]
    signature: str


def _width(p: Piece, layout: GridLayout) -> float:
    """About how wide a piece is drawn: a Chinese character a square, a Latin one less."""
    return sum(p.size * (1.0 if unicodedata.east_asian_width(ch) in "WF" else layout.latin_width)
               for ch in p.text.strip())


def _glued(line: list[Piece], layout: GridLayout) -> list[Piece]:
    """A line's pieces with the ones a PDF drew a character or two at a time put back into words: a piece of at
    most two characters and the piece that starts where it ends are one piece (a table's columns stand further
    apart than a character)."""
    out: list[Piece] = []
    last: Piece | None = None  # the last piece glued on, whose end the next may start at
    for p in line:
        near = last is not None and p.x <= last.x + _width(last, layout) + layout.glue_gap * p.size
        if out and last is not None and len(last.text.strip()) <= 2 and near:
            out[-1] = replace(out[-1], text=out[-1].text.rstrip("\n") + p.text)
        else:
            out.append(p)
        last = p
    return out


def page_lines(pieces: list[Piece], layout: GridLayout) -> list[list[Piece]]:
    """Pieces on one baseline, top line first, each line's pieces left to right."""
    out: list[list[Piece]] = []
    for p in sorted(pieces, key=lambda p: (-p.y, p.x)):
        if out and abs(out[-1][0].y - p.y) <= layout.line_slack * max(p.size, 1.0):
            out[-1].append(p)
        else:
            out.append([p])
    return [_glued(sorted(line, key=lambda p: p.x), layout) for line in out]


def _column(x: float, columns: list[float], layout: GridLayout) -> int | None:
    for i, c in enumerate(columns):
        if abs(x - c) <= layout.column_slack:
            return i
    return None


def _starts(line: list[Piece], layout: GridLayout) -> list[float]:
    """Where a line's pieces start, pieces starting at one spot counted once."""
    xs: list[float] = []
    for p in line:
        if not xs or abs(p.x - xs[-1]) > layout.column_slack:
            xs.append(p.x)
    return xs


def _fits(line: list[Piece], columns: list[float], layout: GridLayout) -> bool:
    return all(_column(p.x, columns, layout) is not None for p in line)


def _rows(block: list[list[Piece]], columns: list[float], layout: GridLayout) -> list[list[list[Piece]]]:
    """The block's lines as rows of cells: a line with a piece in two or more columns is a row; a line with one
    piece is a cell wrapped onto it, and joins the row whose baseline is nearest."""
    full = [i for i, line in enumerate(block) if len(_starts(line, layout)) >= 2]
    rows: dict[int, list[list[Piece]]] = {i: [[] for _ in columns] for i in full}
    for i, line in enumerate(block):
        owner = i if i in rows else min(full, key=lambda f: (abs(block[f][0].y - line[0].y), f))
        for p in line:
            rows[owner][_column(p.x, columns, layout)].append(p)  # type: ignore[index]
    return [rows[i] for i in full]


def cell_text(pieces: list[Piece]) -> str:
    """A cell's text: its lines top to bottom, joined with a space between Latin words."""
    text = ""
    for p in sorted(pieces, key=lambda p: (-p.y, p.x)):
        t = p.text.strip()
        text += (" " if text and text[-1].isascii() and t[:1].isascii() else "") + t
    return text


# a list item's marker: 1. 2、 (3) （一） 四、 a. (b) • - (a list drawn marker apart from its text lines up as
# columns); a number of at most three digits, so a first column of years is no list
MARKER = re.compile(r"[(（]?(?:\d{1,3}|[一二三四五六七八九十]+|[a-zA-Z](?=[.)）])|(?<=[(（])[a-zA-Z])[.、)）]?"
                     r"|[•·▪◦●○■□\-–—*]")


def _unlike_pair(rows: list[list[list[Piece]]], columns: list[float], layout: GridLayout) -> bool:
    """Two columns that are no table: a cell longer than a table's, or a left cell drawn close up to the right
    column (two columns of prose, or a list's markers and its items)."""
    if any(len(cell_text(c)) > layout.pair_cell_chars for row in rows for c in row):
        return True
    return any(p.x + _width(p, layout) > columns[1] - layout.pair_gap * p.size for row in rows for p in row[0])


def _table(block: list[list[Piece]], layout: GridLayout) -> GridTable | None:
    columns = _starts(block[0], layout)
    rows = _rows(block, columns, layout)
    cells = [[cell_text(c) for c in row] for row in rows]
    texts = [c for row in cells for c in row if c]
    if len(cells) < layout.min_rows or not 2 <= len(columns) <= layout.max_columns or not texts:
        return None
    if sum(len(c) for c in texts) / len(texts) > layout.mean_cell_chars:
        return None
    if len(columns) == 2 and _unlike_pair(rows, columns, layout):
        return None
    if all(MARKER.fullmatch(row[0]) for row in cells):
        return None  # a list's markers and its items
    pieces = sorted((p for line in block for p in line), key=lambda p: p.order)
    return GridTable(rows=tuple(tuple(r) for r in cells), signature=squash("".join(p.text for p in pieces)))


def grid_tables(pieces: list[Piece], layout: GridLayout = GRID) -> list[GridTable]:
    """The tables among a page's pieces of text, top first.

    A table starts at a line whose pieces start in two or more places (its columns) and takes the lines below
    whose pieces all start in those columns; a line of one piece in a column other than the first is taken only
    between rows or just under the last (a wrapped cell), so the prose after a table stays prose.
    """
    lines = page_lines([p for p in pieces if p.text.strip() and "\n" not in p.text.strip()], layout)
    out: list[GridTable] = []
    i = done = 0
    while i < len(lines):
        columns = _starts(lines[i], layout)
        if len(columns) < 2:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _fits(lines[j], columns, layout):
            if len(_starts(lines[j], layout)) < 2 and _column(lines[j][0].x, columns, layout) == 0:
                break  # a line at the first column alone: the prose after the table, or a new label
            j += 1
        while j > i + 1 and len(_starts(lines[j - 1], layout)) < 2 \
                and abs(lines[j - 1][0].y - lines[j - 2][0].y) > layout.wrap_gap * lines[j - 1][0].size:
            j -= 1  # a lone line well below the last row is no wrapped cell of it
        table = _table(lines[i:j], layout)
        if table is None:
            # lines that all start in the refused block's columns are refused with it: read from its second line on,
            # the same lines made a table whose first rows were left out as prose (one cell too long for a pair)
            same = all(len(_starts(x, layout)) == len(columns) for x in lines[i:j])
            i = j if same and j - i >= layout.min_rows else i + 1
            continue
        out.append(_with_groups(table, lines, i, j, done, layout))
        i = done = j
    return out


def _with_groups(table: GridTable, lines: list[list[Piece]], i: int, j: int, done: int,
                 layout: GridLayout) -> GridTable:
    """``table`` (lines ``i`` to ``j``) with the row of column groups right above it read into its header
    (:mod:`.pdf_groups`), its labels' text then the table's (``done``: where the table before it ended)."""
    if i - 1 < done or j - i < 2:
        return table
    columns = _starts(lines[i], layout)
    above, head, first = lines[i - 1], lines[i], lines[i + 1]
    header = grouped_header(above, table.rows[0], columns, head[0].y - first[0].y, above[0].y - head[0].y,
                            lambda p: _width(p, layout))
    if header is None:
        return table
    pieces = sorted((p for line in lines[i - 1:j] for p in line), key=lambda p: p.order)
    return GridTable(rows=(header, *table.rows[1:]), signature=squash("".join(p.text for p in pieces)))
