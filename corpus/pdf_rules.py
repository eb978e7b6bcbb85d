"""Tables drawn as ruled grids: cells read from the boxes their ruling lines draw, not from where their text starts.

``pdf_grid`` finds a table by its text: pieces that start at the same few x positions, row after row. A table whose
cells are centred (or right-aligned) has no such columns: "21.5" and "8.3" in one column start at different x, and
its header, wider, starts elsewhere again; the table came out as loose lines and rows run together
(``吉林市448010.82603``). Such a table is usually ruled: its lines (``m``/``l`` then a stroke, or thin filled
rectangles) draw every cell's box, whatever the text's alignment in it, at the top, middle or bottom. Here the
page's ruling lines are collected as pypdf reads its content (``visitor_operand_before``), lines that meet form a
grid, the x positions of its vertical lines are its columns and the y positions of its horizontal lines its rows,
and each piece of text inside falls in the cell its start lies in. The first row is the header, as in
``pdf_grid``. A filled rectangle (a header's grey background) draws no cell edges of its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from reportbot.corpus.pdf_grid import GRID, GridTable, cell_text, page_lines
from reportbot.corpus.pdf_pieces import Piece, squash


@dataclass(frozen=True)
class RuleLayout:
    """How ruling lines are read as a grid. Set by hand on the reportlab tables of ``bench/library/docs24`` and
    the made-up pages of ``tests/test_pdf_rules.py``; they shape the documents' texts, so the index manifest
    records them (``tunables``)."""

    # a stroked segment, or a filled rectangle, this thin (points) across is a ruling line
    thin: float = 2.0
    # two lines meet, and two x (or y) positions are one edge, within this many points (line widths, rounding)
    touch: float = 2.0
    # rows a ruled table needs, its header included (a table's last row or two, under its header repeated on
    # the next page, are a table: the ruling says so)
    min_rows: int = 2
    # columns it needs: one box, or a box split only across, is a frame, not a table
    min_columns: int = 2
    # a grid whose cells average more characters than this is prose set in boxes (a page laid out in ruled
    # columns), not a table: a row of fixed height holds a line or two (the bench's cells hold 1-20 characters)
    mean_cell_chars: float = 80.0
    # a page drawing more ruling lines than this is a drawing (a map, a chart's grid), not read for tables: meeting
    # lines are found pair by pair
    max_rules: int = 3000


RULES = RuleLayout()


@dataclass(frozen=True, slots=True)
class Rule:
    """A ruling line on the page (points from its bottom left): horizontal when ``y0 == y1``, else vertical."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def across(self) -> bool:
        return self.y0 == self.y1


def _rule(a: tuple[float, float], b: tuple[float, float], layout: RuleLayout) -> Rule | None:
    (x0, y0), (x1, y1) = sorted([a, b])
    if abs(y1 - y0) <= layout.thin / 2 and x1 - x0 > layout.thin:
        y = (y0 + y1) / 2
        return Rule(x0, y, x1, y)
    if abs(x1 - x0) <= layout.thin / 2 and abs(y1 - y0) > layout.thin:
        x = (x0 + x1) / 2
        return Rule(x, min(y0, y1), x, max(y0, y1))
    return None  # a slanting line, or a dot


@dataclass
class RuleCollector:
    """A ``visitor_operand_before`` for pypdf's ``extract_text`` that collects the ruling lines a page draws:
    segments of paths that are stroked, and rectangles thin enough to be lines, stroked or filled."""

    layout: RuleLayout = RULES
    rules: list[Rule] = field(default_factory=list)
    _path: list[list[tuple[float, float]]] = field(default_factory=list)  # subpaths of the path being built
    _boxes: list[tuple[tuple[float, float], tuple[float, float]]] = field(default_factory=list)

    def __call__(self, operator: bytes, operands, cm, tm) -> None:
        def at(x, y) -> tuple[float, float]:
            x, y = float(x), float(y)
            return cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]

        try:
            if operator == b"m":
                self._path.append([at(*operands[:2])])
            elif operator == b"l" and self._path:
                self._path[-1].append(at(*operands[:2]))
            elif operator == b"re":
                x, y, w, h = (float(v) for v in operands[:4])
                self._boxes.append((at(x, y), at(x + w, y + h)))
            elif operator in (b"S", b"s", b"B", b"B*", b"b", b"b*"):
                self._paint(stroked=True)
            elif operator in (b"f", b"F", b"f*"):
                self._paint(stroked=False)
            elif operator == b"n":
                self._path, self._boxes = [], []
        except (TypeError, ValueError, IndexError):
            self._path, self._boxes = [], []  # a malformed operator draws nothing we can read

    def _paint(self, stroked: bool) -> None:
        segments: list[tuple[tuple[float, float], tuple[float, float]]] = []
        if stroked:
            segments += [(a, b) for sub in self._path for a, b in zip(sub, sub[1:])]
        for (x0, y0), (x1, y1) in self._boxes:
            thin = min(abs(x1 - x0), abs(y1 - y0)) <= self.layout.thin
            if thin:  # a line drawn as a thin rectangle: its long middle line
                mid = ((x0 + x1) / 2, (y0 + y1) / 2)
                segments.append(((x0, mid[1]), (x1, mid[1])) if abs(x1 - x0) > abs(y1 - y0)
                                else ((mid[0], y0), (mid[0], y1)))
            elif stroked:  # a box's outline
                segments += [((x0, y0), (x1, y0)), ((x0, y1), (x1, y1)), ((x0, y0), (x0, y1)), ((x1, y0), (x1, y1))]
        self.rules += [r for a, b in segments if (r := _rule(a, b, self.layout)) is not None]
        self._path, self._boxes = [], []


def _meet(h: Rule, v: Rule, t: float) -> bool:
    return h.x0 - t <= v.x0 <= h.x1 + t and v.y0 - t <= h.y0 <= v.y1 + t


def _grids(rules: list[Rule], layout: RuleLayout) -> list[list[Rule]]:
    """The page's ruling lines in groups that meet: each group one grid (or one frame, or one underline)."""
    across = [r for r in rules if r.across]
    down = [r for r in rules if not r.across]
    parent = list(range(len(rules)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index = {id(r): i for i, r in enumerate(rules)}
    for h in across:
        for v in down:
            if _meet(h, v, layout.touch):
                parent[root(index[id(h)])] = root(index[id(v)])
    groups: dict[int, list[Rule]] = {}
    for i, r in enumerate(rules):
        groups.setdefault(root(i), []).append(r)
    return list(groups.values())


def _edges(values: list[float], touch: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > touch:
            out.append(v)
    return out


def _slot(value: float, edges: list[float]) -> int | None:
    for i in range(len(edges) - 1):
        if edges[i] <= value < edges[i + 1]:
            return i
    return None


def _table(group: list[Rule], pieces: list[Piece], layout: RuleLayout) -> tuple[GridTable, float] | None:
    """The table a group of ruling lines draws round the pieces inside it, and its top (for the page's order)."""
    columns = _edges([r.x0 for r in group if not r.across], layout.touch)
    rows = _edges([r.y0 for r in group if r.across], layout.touch)
    if len(columns) <= layout.min_columns or len(rows) <= layout.min_rows:
        return None
    cells: dict[tuple[int, int], list[Piece]] = {}
    for p in pieces:
        # a piece's start, a hair inside its cell, and the middle of its letters (the baseline may sit on a rule)
        col, row = _slot(p.x + 0.5, columns), _slot(p.y + 0.3 * p.size, rows)
        if col is not None and row is not None:
            cells.setdefault((len(rows) - 2 - row, col), []).append(p)  # rows counted from the top
    used_rows = sorted({r for r, _ in cells})
    used_columns = sorted({c for _, c in cells})
    if len(used_rows) < layout.min_rows or len(used_columns) < layout.min_columns:
        return None
    text = {key: _text(found) for key, found in cells.items()}
    boxes = _boxes(group, columns, rows, layout)
    table = tuple(tuple(text.get((r, c)) or _spanned(text, boxes.get((r, c), ()), r) for c in used_columns)
                  for r in used_rows)
    texts = [c for row in table for c in row if c]
    if sum(len(c) for c in texts) / len(texts) > layout.mean_cell_chars:
        return None
    if 2 * sum(len([c for c in row if c]) >= 2 for row in table) < len(table):
        return None  # most rows hold one cell: labels scattered over a chart's grid, not a table's rows
    inside = sorted((p for found in cells.values() for p in found), key=lambda p: p.order)
    signature = squash("".join(p.text for p in inside))
    return GridTable(rows=table, signature=signature), rows[-1]


def _boxes(group: list[Rule], columns: list[float], rows: list[float], layout: RuleLayout) -> dict:
    """The cells a box spanning rows covers, by each of them (row from the top, column): where no ruling line
    crosses a column between two rows, its box goes on down (a region's name beside its rows, centred in the box:
    its text lies in one of them, the others read it too, as a Word file's merged cell is read)."""
    def drawn(y: float, x: float) -> bool:
        return any(r.across and abs(r.y0 - y) <= layout.touch and r.x0 - layout.touch <= x <= r.x1 + layout.touch
                   for r in group)
    boxes: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
    count = len(rows) - 1
    for c in range(len(columns) - 1):
        x = (columns[c] + columns[c + 1]) / 2
        run = [0]
        for r in range(1, count + 1):  # (the line above top row r is rows[count - r]; r == count closes the last)
            if r < count and not drawn(rows[count - r], x):
                run.append(r)
                continue
            if len(run) > 1:
                boxes.update({(k, c): tuple((j, c) for j in run) for k in run})
            run = [r]
    return boxes


def _spanned(text: dict[tuple[int, int], str], box: tuple[tuple[int, int], ...], row: int) -> str:
    """An empty cell's text read from the box spanning it (:func:`_boxes`): the nearest text above it in the box, as
    a column of group names with no line between a group's rows reads (收入 over its three rows, then 支出 over its
    own); a cell above the box's first text reads that one (a name centred in its merged cell)."""
    written = [(r, text[(r, c)]) for r, c in box if text.get((r, c))]
    above = [t for r, t in written if r < row]
    return above[-1] if above else written[0][1] if written else ""


def _text(pieces: list[Piece]) -> str:
    """A cell's text: its lines top to bottom, pieces drawn a character or two at a time put back into words."""
    lines = page_lines([replace(p, text=" ".join(p.text.split())) for p in pieces if p.text.strip()], GRID)
    return cell_text([p for line in lines for p in line])


def ruled_tables(pieces: list[Piece], rules: list[Rule], layout: RuleLayout = RULES) -> list[GridTable]:
    """The tables a page's ruling lines draw, top first."""
    if len(rules) > layout.max_rules:
        return []
    found = [t for group in _grids(rules, layout) if (t := _table(group, pieces, layout)) is not None]
    return [t for t, _ in sorted(found, key=lambda t: -t[1])]
