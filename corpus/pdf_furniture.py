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
# a running header or footer of more lines (the title, a document number, 第 2 页 共 3 页): up to this many lines
# from the page's edge, furniture when every one of them recurs
RUN_LINES = 4
_NUMBER = re.compile(r"\d+")
_WORDS = re.compile(r"[^\W\d_]")  # a letter or a CJK character: the line says something beyond numbers


def shape(line: str) -> str:
    return _NUMBER.sub("#", " ".join(line.split()))


def own_shape(line: str, page: int) -> str:
    """A line with only its first number that is the page's own made ``#`` (第 2 页 共 3 页 -> 第 # 页 共 3 页): the
    lines of a longer running header repeat their words and figures, where lines of figures (Volunteers: 212) that
    change from page to page are content."""
    return re.sub(rf"(?<!\d){page}(?!\d)", "#", " ".join(line.split()), count=1)


def _could_be(line: str, page: int) -> bool:
    """A line of numbers alone is furniture only as the page's number."""
    return bool(_WORDS.search(line)) or str(page) in _NUMBER.findall(line)


def _edges(lines: list[str], edge: int = EDGE_LINES) -> list[str]:
    return lines[:edge] + lines[-edge:] if len(lines) > 2 * edge else lines


def running_shapes(pages: list[list[str]]) -> set[str]:
    """Shapes of the lines that recur at the top or bottom of most pages (pages: each page's non-empty lines)."""
    return _recurring(pages, EDGE_LINES, lambda x, n: shape(x))


def recurring_lines(pages: list[list[str]]) -> set[str]:
    """The lines (:func:`own_shape`) that recur among the ``RUN_LINES`` at the top or bottom of most pages."""
    return _recurring(pages, RUN_LINES, own_shape)


def _recurring(pages: list[list[str]], edge: int, form) -> set[str]:
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for n, lines in enumerate(pages, start=1):
        for s in {form(x, n) for x in _edges(lines, edge) if _could_be(x, n)}:
            counts[s] = counts.get(s, 0) + 1
    return {s for s, c in counts.items() if c >= max(2, len(pages) // 2 + 1) and s}


def without_furniture(lines: list[str], page: int, running: set[str], deep: set[str] | None = None) -> list[str]:
    """A page's non-empty lines without its running header and footer lines: those among the ``EDGE_LINES`` at
    either edge whose shape is ``running``, and a longer run from either edge, up to ``RUN_LINES``, whose every
    line recurs, but for the page's number, among the pages' ``RUN_LINES`` edge lines (``deep``:
    :func:`recurring_lines`) and none repeats another of the run."""
    top = min(EDGE_LINES, len(lines))
    bottom = max(top, len(lines) - EDGE_LINES)
    drop: set[int] = set()
    for i, x in enumerate(lines):  # (a line repeating one dropped is the page's own: its printed title under it)
        if (i < top or i >= bottom) and shape(x) in running and _could_be(x, page) and \
                shape(x) not in {shape(lines[j]) for j in drop}:
            drop.add(i)
    if deep and len(lines) > 2 * RUN_LINES:
        for order in (range(RUN_LINES), range(len(lines) - 1, len(lines) - 1 - RUN_LINES, -1)):
            run: list[int] = []
            for i in order:  # (a line repeating one of the run is the page's own: its printed title under it)
                if own_shape(lines[i], page) not in deep or not _could_be(lines[i], page) or \
                        own_shape(lines[i], page) in {own_shape(lines[j], page) for j in run}:
                    break
                run.append(i)
            if len(run) > EDGE_LINES:
                drop.update(run)
    return [x for i, x in enumerate(lines) if i not in drop]


def without_lone_page_number(lines: list[str], pages: int) -> list[str]:
    """A one-page document's lines without its page's number printed last (``- 1 -``, ``Page 1``, ``第1页``): with no
    other page it recurs on, no running footer's shape tells it (it was stored as a line, ``- 1 -`` read back as a
    list item ``1 -``). A longer document's numbers go with its running footer (:func:`without_furniture`)."""
    if pages == 1 and lines and page_mark(lines[-1], 1):
        lines = lines[:-1]
    # (and its running header printed first: a line that names the document and ends with the page's number after a
    # separator, 白河市红十字会 · 2025年上半年工作通报 · 第1页, Harbour Trust | Annual Return | Page 1)
    if pages == 1 and len(lines) > 1 and _running_page(lines[0]):
        lines = lines[1:]
    return lines


_RUNNING_PAGE = re.compile(r"(?i)(?<![\s·•|｜—–-])\s*[·•|｜—–-]\s*"
                           r"(?:第\s*1\s*页(?:\s*[，,]?\s*共\s*1\s*页)?|page\s*1(?:\s*(?:of|/)\s*1)?)\s*$")


def _running_page(line: str) -> bool:
    """A running header's line: words, then a separator and the first page's number at its end (searched from the
    separator's run, in time linear in the line's length)."""
    m = _RUNNING_PAGE.search(line)
    return m is not None and re.search(r"[^\W\d_]", line[:m.start()]) is not None


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


def bottom_last(lines: list[str], boxes) -> tuple[list[str], frozenset[str], frozenset[str]]:
    """A page's lines with those the text layer gives first but the page draws beneath all the rest (footnotes and
    a page number a tool draws before the body) moved to the end, top first: where the reader meets them, so the
    footer is an edge line again and a footnote does not open the page (or the document, as its title). A box drawn
    beneath the body but given inside it (:func:`boxed_below`) moves to the body's end, before the page's number. A line
    drawn beside another on one baseline (a footer's address and the page's number) is found in their one box. Also
    the lines moved, and of them a box's."""
    from reportbot.corpus.pdf_spacing import found_boxes

    if not boxes:
        return lines, frozenset(), frozenset()
    ys = [b.y if b is not None else None for b in found_boxes(lines, boxes, parts=True)]
    window = min(2 * RUN_LINES, len(lines) // 2)  # the first lines, and the body after them
    body = [y for y in ys[window:] if y is not None]
    moved = [i for i in range(window) if ys[i] is not None and body and ys[i] < min(body)]
    boxed = [i for i in boxed_below(lines, ys) if i not in moved]
    kept = [i for i in range(len(lines)) if i not in moved and i not in boxed]
    tail = len(kept)
    while tail and _PAGE_MARK.match(lines[kept[tail - 1]]):
        tail -= 1  # (the page's number stays last)
    order = kept[:tail] + boxed + kept[tail:] + sorted(moved, key=lambda i: -ys[i])
    return [lines[i] for i in order], frozenset(lines[i] for i in moved + boxed), frozenset(lines[i] for i in boxed)


def boxed_below(lines: list[str], ys: list[float | None], least: int = 2) -> list[int]:
    """The lines of a box (a sidebar of key figures, a quotation) the text layer gives in the middle of the body
    while the page draws it beneath the body: a run of ``least`` lines or more after which the body goes on, its
    next line drawn under the one before the run, and every line after it (the page's number aside) drawn above the
    run. ``ys``: each line's baseline, None where unknown (a table's cell)."""
    known = [y if y is not None and not _PAGE_MARK.match(x) else None for x, y in zip(lines, ys, strict=True)]
    lowest: list[float] = [float("inf")] * (len(lines) + 1)  # the lowest baseline from each line on
    first: list[float | None] = [None] * (len(lines) + 1)  # the first known baseline from each line on
    for k in range(len(lines) - 1, -1, -1):
        lowest[k] = min(lowest[k + 1], known[k]) if known[k] is not None else lowest[k + 1]
        first[k] = known[k] if known[k] is not None else first[k + 1]
    out: list[int] = []
    before: float | None = None  # the last known baseline before line i
    i = 0
    while i < len(lines):
        top, count = float("-inf"), 0
        for j in range(i + 1, len(lines)):  # the run: lines i to j - 1
            if known[j - 1] is not None:
                top, count = max(top, known[j - 1]), count + 1
            if before is not None and count >= least and first[j] is not None and top < lowest[j] \
                    and first[j] < before:
                out += range(i, j)
                i = j
                break
        else:
            before = known[i] if known[i] is not None else before
            i += 1
    return out


# a page's number as a footer prints it: Page 2, Page 2 of 3, 第 2 页 (共 3 页), - 2 -, 2 / 3, a bare 2
_PAGE_MARK = re.compile(r"(?i)^\s*(?:page\s*(\d+)(?:\s*(?:of|/)\s*\d+)?|第\s*(\d+)\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|"
                        r"[-–—]?\s*(\d+)\s*[-–—]?|(\d+)\s*/\s*\d+)\s*$")


def page_mark(line: str, page: int) -> bool:
    """Whether ``line`` is page ``page``'s number as a footer prints it (a one-page document has no recurring
    footer to tell it by)."""
    m = _PAGE_MARK.match(line)
    return bool(m) and str(page) in m.groups()
