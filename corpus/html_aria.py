"""Html tables set as grids of ``<div>`` s that say what they are by their ARIA roles: ``role="table"`` (or
``grid``), ``row``, ``columnheader`` / ``rowheader`` and ``cell`` / ``gridcell``. Read as loose text, each row's
cells were lines of a paragraph and no value was read with its column's name; renamed to the table elements their
roles name, they are read as tables are (each row with its header)."""
from __future__ import annotations

_TABLES = frozenset(("table", "grid", "treegrid"))
_CELLS = {"columnheader": "th", "rowheader": "th", "cell": "td", "gridcell": "td"}


def _role(el) -> str:
    return (el.get("role") or "").strip().lower() if hasattr(el, "get") else ""


def role_tables(soup) -> None:
    """Each grid ``soup`` marks ``role="table"`` (not a ``<table>`` already) as a ``<table>``, in place: its rows
    (``role="row"``, not in a grid nested in it) ``<tr>``, their cells ``<th>`` / ``<td>`` by role; a grid with no
    row of cells is left as it is."""
    for grid in soup.find_all(lambda el: _role(el) in _TABLES and el.name != "table"):
        rows = [r for r in grid.find_all(lambda el: _role(el) == "row")
                if next((a for a in r.parents if _role(a) in _TABLES), None) is grid]
        cells = [[c for c in row.find_all(lambda el: _role(el) in _CELLS) if c.find_parent(
            lambda el: _role(el) == "row") is row] for row in rows]
        if not any(cells):
            continue
        for row, own in zip(rows, cells):
            for cell in own:
                cell.name = _CELLS[_role(cell)]
            row.name = "tr"
        for el in grid.find_all(lambda el: _role(el) == "rowgroup"):
            el.unwrap()
        grid.name = "table"
