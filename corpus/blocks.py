"""A document's structure as a list of blocks, and Markdown as the form it is stored in.

Every loader turns its file into :class:`Block` s (headings with their level, text,
list items, table rows with their header, page breaks) and writes them as Markdown;
Markdown files are taken as they are. :func:`markdown_blocks` reads that Markdown back
with a real parser (markdown-it-py), so the stored text of a document keeps what the
file said about its own structure. A page break is the HTML comment ``<!-- page N -->``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["heading", "text", "item", "table", "page"]
_PAGE = re.compile(r"<!--\s*page\s+(\d+)\s*-->")
# characters that would start a Markdown construct at the start of a line of plain text
_LEADING = re.compile(r"^(\s*)([#>*+\-=|]|\d+[.)]\s)")
# a tool's placeholder in a title field (reportlab's "(anonymous)", "untitled", a file name) names nothing: the first
# heading is the title (loaders.py leaves it out of a PDF; assemble.py drops one an earlier version stored)
PLACEHOLDER_TITLE = re.compile(r"(?i)\(?(untitled|unspecified|anonymous|unknown|no title)\)?|.*\.(docx?|pdf)")


@dataclass(frozen=True)
class Block:
    """One structural piece of a document.

    Attributes:
        kind: ``heading``, ``text`` (a paragraph), ``item`` (a list item), ``table``
            or ``page`` (the page that starts here).
        text: the text (empty for tables and page breaks).
        level: a heading's level (1 = title level), or the page number of a page break.
        rows: a table's rows, the header row first.
    """

    kind: BlockKind
    text: str = ""
    level: int = 0
    rows: tuple[tuple[str, ...], ...] = ()


def _escape(text: str) -> str:
    """Plain text as a Markdown paragraph that reads back the same."""
    text = " ".join(text.split())
    return _LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def to_markdown(blocks: list[Block]) -> str:
    """Write blocks as Markdown that :func:`markdown_blocks` reads back into the same blocks."""
    out: list[str] = []
    for b in blocks:
        if b.kind == "heading":
            out.append("#" * min(max(b.level, 1), 6) + " " + " ".join(b.text.split()))
        elif b.kind == "item":
            out.append("- " + _escape(b.text))
        elif b.kind == "page":
            out.append(f"<!-- page {b.level} -->")
        elif b.kind == "table" and b.rows:
            width = max(len(r) for r in b.rows)
            rows = [list(r) + [""] * (width - len(r)) for r in b.rows]
            lines = ["| " + " | ".join(_cell(c) for c in rows[0]) + " |", "|" + " --- |" * width]
            lines += ["| " + " | ".join(_cell(c) for c in r) + " |" for r in rows[1:]]
            out.append("\n".join(lines))
        elif b.text.strip():
            out.append(_escape(b.text))
    # consecutive list items stay one list: no blank line between them
    text = ""
    for prev, cur, b in zip([None] + blocks[:-1], out, blocks):
        sep = "\n" if prev is not None and prev.kind == "item" and b.kind == "item" else "\n\n"
        text += (sep if text else "") + cur
    return text + "\n"


def _inline_text(token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")  # normalize() drops it again between Chinese characters
    return "".join(parts).strip()


def markdown_blocks(text: str) -> list[Block]:
    """Read Markdown (as written by people, or by :func:`to_markdown`) into blocks."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    blocks: list[Block] = []
    heading, item_depth, row, rows = 0, 0, [], []
    prev = ""
    for t in tokens:
        in_cell, prev = prev in ("th_open", "td_open"), t.type
        if t.type == "heading_open":
            heading = int(t.tag[1])
        elif t.type in ("bullet_list_open", "ordered_list_open"):
            item_depth += 1
        elif t.type in ("bullet_list_close", "ordered_list_close"):
            item_depth -= 1
        elif t.type == "tr_open":
            row = []
        elif t.type == "tr_close":
            rows.append(tuple(row))
        elif t.type == "table_close":
            blocks.append(Block("table", rows=tuple(rows)))
            rows = []
        elif t.type == "html_block":
            m = _PAGE.search(t.content)
            if m:
                blocks.append(Block("page", level=int(m.group(1))))
        elif t.type in ("fence", "code_block"):
            continue  # code is no prose to answer from
        elif t.type == "inline":
            content = _inline_text(t)
            if in_cell:
                row.append(content)
            elif heading:
                blocks.append(Block("heading", content, heading))
                heading = 0
            elif content:
                blocks.append(Block("item" if item_depth else "text", content))
    return blocks

