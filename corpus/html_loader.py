"""An html page as blocks: headings h1–h6, paragraphs, list items and tables, in order."""
from __future__ import annotations

from reportbot.corpus.blocks import Block
from reportbot.corpus.glyphs import clean_text
from reportbot.corpus.limits import check_markup

_CONTAINED = frozenset(("p", "li", "table"))
_HTML_SKIP = ["script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe", "svg"]


def html_blocks(text: str) -> list[Block]:
    """Headings h1–h6, paragraphs, list items and tables (each row with its header), in order."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(check_markup(text), "html.parser")
    page_title = clean_text(soup.title.get_text(" ", strip=True)) if soup.title else ""
    for tag in soup(_HTML_SKIP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks: list[Block] = []
    for el in root.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "table", "dt", "dd"]):
        # inside a table, or a container whose children are taken on their own (walked by hand: bs4's find and
        # find_parent build a filter per call, 30 times the walk's cost on a page of 100,000 elements)
        if any(a.name == "table" for a in el.parents) or (el.name != "table" and any(
                getattr(d, "name", None) in _CONTAINED for d in el.descendants)):
            continue
        if el.name == "table":
            rows = [tuple(clean_text(c.get_text(" ", strip=True)) for c in tr.find_all(["th", "td"]))
                    for tr in el.find_all("tr")]
            blocks.append(Block("table", rows=tuple(r for r in rows if any(r))))
            continue
        text = clean_text(el.get_text(" ", strip=True))
        if not text:
            continue
        if el.name[0] == "h" and el.name[1:].isdigit():
            blocks.append(Block("heading", text, int(el.name[1])))
        else:
            blocks.append(Block("item" if el.name in ("li", "dd") else "text", text))
    if not blocks:
        blocks = [Block("text", x) for x in root.get_text("\n", strip=True).split("\n")]
    if page_title and not any(b.kind == "heading" and b.level == 1 for b in blocks):
        blocks.insert(0, Block("heading", page_title, 1))
    return blocks
