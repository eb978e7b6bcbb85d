"""An older page laid out with tables: a table that holds the page's parts is no data table.

Sites built before CSS layout set their menu, side boxes, body and footer in the cells of nested ``<table>`` s. Read
as a data table, the outer table paired every cell with the menu's words as its header and repeated the body's text
in each row. A table that holds another table, or a cell holding a heading, a list or two or more paragraphs, or one
marked ``role="presentation"``, is a layout table: its rows and cells become plain boxes (``<div>``), so the page's
parts read as any page's do, and the data tables inside them stay tables. A table whose every cell is a link (the
site's menu, 本會首頁 | 本會簡介 | …) names the site's pages, no fact: it goes, as a ``<nav>`` does.
"""
from __future__ import annotations

_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th", "caption")
_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote")
_PARAGRAPHS = ("p", "div")


def _own(table, names) -> list:
    """The table's own rows or cells (``names``), not those of the tables nested in it."""
    return [el for el in table.find_all(names) if el.find_parent("table") is table]


def _layout(table) -> bool:
    if (table.get("role") or "").lower() in ("presentation", "none") or table.find("table") is not None:
        return True
    for cell in _own(table, ["td", "th"]):
        if cell.find(_BLOCKS) is not None or len(cell.find_all(_PARAGRAPHS)) >= 2:
            return True
    return False


def _menu(table) -> bool:
    cells = [c for c in _own(table, ["td", "th"]) if c.get_text(strip=True)]
    return len(cells) >= 3 and all(
        all(t.find_parent("a") is not None for t in c.find_all(string=True) if t.strip()) for c in cells)


def unwrap_layout_tables(soup) -> None:
    """Turn each layout table of ``soup`` (see the module) into boxes and drop a menu set as a table, in place; data
    tables are left as they are."""
    for table in [t for t in soup.find_all("table") if _layout(t)]:
        for el in _own(table, list(_PARTS)):
            el.name = "div"
        table.name = "div"
    for table in [t for t in soup.find_all("table") if _menu(t)]:
        table.decompose()
