"""An older page laid out with tables: a table that holds the page's parts is no data table.

Sites built before CSS layout set their menu, side boxes, body and footer in the cells of nested ``<table>`` s. Read
as a data table, the outer table paired every cell with the menu's words as its header and repeated the body's text
in each row. A table that holds another table, or a cell holding a heading, or one marked ``role="presentation"``,
or one that is no grid of rows of equal cells whose cell holds a list or two or more paragraphs, is a layout table:
its rows and cells become plain boxes (``<div>``), so the page's parts read as any page's do, and the data tables
inside them stay tables. A table whose every cell is a short link with no figure (the site's menu, 本會首頁 |
本會簡介 | …) names the site's pages, no fact: it goes, as a ``<nav>`` does.
"""
from __future__ import annotations

_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th", "caption")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = ("ul", "ol", "dl", "blockquote")
_MENU_CHARS = 12  # a menu's entry names a page in a few words
_PARAGRAPHS = ("p", "div")


def _own(table, names) -> list:
    """The table's own rows or cells (``names``), not those of the tables nested in it."""
    return [el for el in table.find_all(names) if el.find_parent("table") is table]


def _grid(table) -> bool:
    """Whether a table is a data grid: two rows or more, each of the same two or more cells (a note paragraph or a
    list in one of its cells is that cell's text)."""
    rows = _own(table, ["tr"])
    counts = {sum(_span(c) for c in row.find_all(["td", "th"], recursive=False)) for row in rows}
    return len(rows) >= 2 and len(counts) == 1 and min(counts) >= 2


def _span(cell) -> int:
    span = str(cell.get("colspan") or "1").strip()
    return int(span) if span.isdigit() and 0 < int(span) < 100 else 1


def _layout(table) -> bool:
    if (table.get("role") or "").lower() in ("presentation", "none") or table.find("table") is not None:
        return True
    cells = _own(table, ["td", "th"])
    if any(cell.find(_HEADINGS) is not None for cell in cells):
        return True
    return not _grid(table) and any(cell.find(_BLOCKS) is not None or len(cell.find_all(_PARAGRAPHS)) >= 2
                                    for cell in cells)


def _menu(table) -> bool:
    """A table of three or more cells, each a short link naming a page (本會首頁, About us), no figure."""
    cells = [c for c in _own(table, ["td", "th"]) if c.get_text(strip=True)]
    return len(cells) >= 3 and all(
        len(c.get_text(strip=True)) <= _MENU_CHARS and not any(ch.isdigit() for ch in c.get_text())
        and all(t.find_parent("a") is not None for t in c.find_all(string=True) if t.strip()) for c in cells)


def unwrap_layout_tables(soup) -> None:
    """Turn each layout table of ``soup`` (see the module) into boxes and drop a menu set as a table, in place; data
    tables are left as they are."""
    for table in [t for t in soup.find_all("table") if _layout(t)]:
        for el in _own(table, list(_PARTS)):
            el.name = "div"
        table.name = "div"
    for table in [t for t in soup.find_all("table") if _menu(t)]:
        table.decompose()
