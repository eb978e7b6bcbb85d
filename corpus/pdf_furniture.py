"""Page furniture in a PDF's text layer: the running header and footer lines repeated on most pages.

A header or footer is a first or last line of a page that recurs, numbers aside, on most pages, or one that
repeats the document's title marked as continued on the pages after the first (…工作报告（续）). Only those
top and bottom lines are taken out: a table cell or a figure on a line of its own (90, 21.4) further down a
page has the same shape on every page and is content. A line of figures alone is a page number only when one
of its numbers is the page's own (2, - 2 -, 2/5).
"""
from __future__ import annotations

import re

EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be furniture
_NUMBER = re.compile(r"\d+")
_WORDS = re.compile(r"[^\W\d_]")  # a letter or a CJK character: the line says something beyond numbers


def shape(line: str) -> str:
    return _NUMBER.sub("#", " ".join(line.split()))


def _could_be(line: str, page: int) -> bool:
    """A line of numbers alone is furniture only as the page's number."""
    return bool(_WORDS.search(line)) or str(page) in _NUMBER.findall(line)


def _edges(lines: list[str]) -> list[str]:
    return lines[:EDGE_LINES] + lines[-EDGE_LINES:] if len(lines) > 2 * EDGE_LINES else lines


def running_shapes(pages: list[list[str]]) -> set[str]:
    """Shapes of the lines that recur at the top or bottom of most pages (pages: each page's non-empty lines)."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for n, lines in enumerate(pages, start=1):
        for s in {shape(x) for x in _edges(lines) if _could_be(x, n)}:
            counts[s] = counts.get(s, 0) + 1
    return {s for s, c in counts.items() if c >= max(2, len(pages) // 2 + 1) and s}


def without_furniture(lines: list[str], page: int, running: set[str]) -> list[str]:
    """A page's non-empty lines without its running header and footer lines."""
    top = min(EDGE_LINES, len(lines))
    bottom = max(top, len(lines) - EDGE_LINES)
    return [x for i, x in enumerate(lines)
            if not ((i < top or i >= bottom) and shape(x) in running and _could_be(x, page))]


# a continuation mark ending a line: （续） (續), (continued), (cont'd), — continued
_CONTINUED = re.compile(r"\s*(?:[（(]\s*(?:续|續|continued|cont'?d|cont\.)\s*[）)]|[—–-]\s*continued)\s*$", re.I)


def without_continued_title(lines: list[str], page: int, first: list[str]) -> list[str]:
    """A later page's lines without a top line that repeats the document's opening lines (its title, as the
    first page sets it) marked as continued: a running header that only the later pages carry, which recurs on
    too few pages to be told by its shape when the document is short."""
    if page == 1:
        return lines
    squashed = ["".join(x.split()) for x in first[:EDGE_LINES]]
    title = {squashed[0], "".join(squashed)} if squashed else set()  # the first line, or a title wrapped over two
    out = []
    for i, line in enumerate(lines):
        mark = _CONTINUED.search(line) if i < EDGE_LINES else None
        if not (mark and "".join(line[:mark.start()].split()) in title):
            out.append(line)
    return out
