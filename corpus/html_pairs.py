"""Html structures that pair their parts: a definition list's terms and definitions, a ``<details>`` entry's
summary and its text, and a table's cells merged across columns and rows."""
from __future__ import annotations

from collections.abc import Callable

from reportbot.corpus.blocks import LINE_BREAK
from reportbot.corpus.glyphs import clean_text
from reportbot.corpus.normalize import is_chinese
from reportbot.corpus.table_header import grid_rows, html_grid, read_grid

# the elements whose text the html loader takes as blocks of their own (html_loader.html_blocks)
_BLOCKS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "table", "dl", "ul", "ol",
                     "dt", "dd", "div", "section", "details", "summary"))


def definitions(dl, text: Callable) -> list[str]:
    """A ``<dl>`` as its definitions, each led by its term: ``First aider: A volunteer holding …`` (``术语：定义`` in
    Chinese); terms that share a definition lead it together, a term with several definitions leads each, and a
    term with none stands alone."""
    out: list[str] = []
    terms: list[str] = []
    defined = False
    for child in dl.find_all(["dt", "dd"]):
        if child.find_parent("dl") is not dl:
            continue  # (a list nested in a definition is read as part of that definition's text)
        value = clean_text(text(child)).strip()
        if child.name == "dt":
            if defined:
                terms, defined = [], False
            if value:
                terms.append(value)
            continue
        defined = True
        if value:
            out.append(_led(terms, value))
    if terms and not defined:
        out.append(_led(terms, ""))
    return out


def _led(terms: list[str], definition: str) -> str:
    chinese = is_chinese("".join(terms) + definition)
    term = ("、" if chinese else ", ").join(terms)
    if not term or not definition:
        return term or definition
    colon = "" if term.endswith((":", "：")) else "：" if chinese else ":"
    return f"{term}{colon}{'' if chinese else ' '}{definition}"


def loose_text(summary) -> list[str]:
    """The text of a ``<details>`` entry set straight in it after its ``<summary>``, in no paragraph of its own
    (``<details><summary>Q</summary>The answer.</details>``): the answer, a paragraph, so it is not lost."""
    details = summary.parent
    if details is None or details.name != "details":
        return []
    parts: list[str] = []
    for child in details.children:
        if child is summary or _block(child):
            if parts:  # (text set between blocks: a paragraph of its own)
                break
            continue
        parts.append(child.get_text(" ", strip=True) if hasattr(child, "get_text") else str(child).strip())
    text = clean_text(" ".join(p for p in parts if p))
    return [text] if text.strip() else []


def _block(node) -> bool:
    """Whether a node is taken as a block of its own; a ``<div>`` or ``<section>`` only when it holds one (one of
    plain text, the answer's wrapper, is read here or nowhere)."""
    name = getattr(node, "name", None)
    if name in ("div", "section"):
        return any(getattr(d, "name", None) in _BLOCKS for d in node.descendants)
    return name in _BLOCKS


def table_rows(table) -> tuple[tuple[str, ...], ...]:
    """A table's rows of cell texts, the header first, read as a grid (:mod:`.table_header`): a cell spanning rows
    (``rowspan``) in each row it spans, one spanning columns (``colspan``) in its first, the others empty; a header over
    several rows, grouping columns under a cell merged across them, read as one."""
    trs = [tr.find_all(["th", "td"]) for tr in table.find_all("tr")]

    def text(cell) -> str:
        return clean_text(cell_text(cell))
    grid = html_grid(trs, text)
    return tuple(r for r in (read_grid(grid) or grid_rows(grid)) if any(r))


def cell_text(cell) -> str:
    """A table cell's words, as ``get_text(" ", strip=True)`` reads them, but a ``<br>`` kept as a line break
    (:data:`.blocks.LINE_BREAK`): ``24小时接收<br>电话0514-87978800`` is two lines of the cell, read apart (``；``), not
    run together."""
    from bs4 import NavigableString
    from bs4.element import PreformattedString

    parts: list[str] = []
    for piece in cell.descendants:
        if getattr(piece, "name", None) == "br":
            parts.append(LINE_BREAK)
        elif isinstance(piece, NavigableString) and not isinstance(piece, PreformattedString) and piece.strip():
            parts.append(piece.strip())
    return " ".join(parts).replace(f" {LINE_BREAK} ", LINE_BREAK).strip(f" {LINE_BREAK}")


def panel_questions(soup, only_links: Callable) -> None:
    """An accordion's questions, kept: a ``<button>`` that opens a panel of text on the page (``aria-controls``
    naming it, as a FAQ accordion's do) is the question the panel answers, read over it as a ``<details>``
    entry's ``<summary>`` is (other buttons are page controls, dropped). A button opening a menu (links only),
    or a panel that is not on the page, names nothing."""
    for button in soup.find_all("button"):
        target = button.get("aria-controls", "").split()
        panel = soup.find(id=target[0]) if target else None
        text = clean_text(button.get_text(" ", strip=True))
        if panel is None or not text or panel.name == "nav" or only_links(panel) \
                or not panel.get_text(strip=True):
            continue
        button.name = "summary"
        button.attrs = {}
