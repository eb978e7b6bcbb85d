"""An older page laid out with tables: a table that holds the page's parts is no data table.

Sites built before CSS layout set their menu, side boxes, body and footer in the cells of nested ``<table>`` s. Read
as a data table, the outer table paired every cell with the menu's words as its header and repeated the body's text
in each row. A table that holds another table, or a cell holding a heading, or one marked ``role="presentation"``,
or one that is no grid of rows of equal cells whose cell holds a list or two or more paragraphs, is a layout table:
its rows and cells become plain boxes (``<div>``), so the page's parts read as any page's do, and the data tables
inside them stay tables. A table whose every cell is a short link with no figure (the site's menu, 本會首頁 |
本會簡介 | …) names the site's pages, no fact: it goes, as a ``<nav>`` does; so do the links of a layout cell that is
the site's menu (首頁 / 關於我們 / … down the page's left), which had opened the page's first passage, before its lead
paragraph. A layout table's last row holding the copyright notice is the page's footer, no line of its last section.
"""
from __future__ import annotations

from reportbot.corpus.html_notices import COPYRIGHT

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


def _links(el) -> bool:
    """Whether an element is a menu's entry: a short link naming a page, no figure (首頁, 關於我們, About us)."""
    text = el.get_text(strip=True)
    return 0 < len(text) <= _MENU_CHARS and not any(ch.isdigit() for ch in text) and \
        all(t.find_parent("a") is not None for t in el.find_all(string=True) if t.strip())


def _menu_cell(cell) -> bool:
    """A layout table's cell that is the site's menu: three or more entries (paragraphs or list items), each a short
    link (:func:`_links`), and no more than as many other lines (a hotline under the menu, 熱線：2710 1234)."""
    entries = [el for el in cell.find_all(["p", "li"]) if el.get_text(strip=True)]
    links = sum(_links(el) for el in entries)
    return links >= 3 and 2 * links >= len(entries)




def _footer_row(row, rows: list) -> bool:
    """A layout table's last row, after the rows holding the page, that holds the site's copyright notice (© 2025
    香港紅十字會　私隱政策): the page's footer."""
    return len(rows) >= 2 and row is rows[-1] and COPYRIGHT.search(row.get_text(" ")) is not None


def unwrap_layout_tables(soup) -> None:
    """Turn each layout table of ``soup`` (see the module) into boxes and drop a menu set as a table, in place; data
    tables are left as they are. A layout cell that is the site's menu becomes a side box (an ``<aside>``: its links
    go, a fact beside them is read after the page), the cell beside it holding the page's ``<h1>`` its ``<main>``, and a
    last row holding the copyright notice the page's footer, as a site set in ``<div>`` s marks them."""
    for table in [t for t in soup.find_all("table") if _layout(t)]:
        rows = _own(table, ["tr"])
        menus = [c for c in _own(table, ["td", "th"]) if _menu_cell(c)]
        # (beside the menu, the cell holding the page's title holds the page: its <main>, when the page has none)
        main = None if soup.find(["main", "article"]) or not menus else \
            next((c for c in _own(table, ["td", "th"]) if c not in menus and c.find("h1") is not None), None)
        for el in _own(table, list(_PARTS)):
            el.name = "aside" if el in menus else "main" if el is main else \
                "footer" if el.name == "tr" and _footer_row(el, rows) else "div"
        table.name = "div"
    for table in [t for t in soup.find_all("table") if _menu(t)]:
        table.decompose()
