"""A table of contents typed as lines (``一、坚持党建引领……………1``, ``Introduction ........ 3``): each line names a
heading and the page it starts on, a fact of the file's layout, not of what the document says; read as text it joins
the first paragraph and a question naming a heading finds the list of headings. Its lines go, with the line over them
that names the list (目录, Contents), where two or more such lines stand together under it: without that line, dotted
lines ending in a figure are a price list or a list of key figures (``Coffee ........ 3``), the text's own."""
from __future__ import annotations

import re

from reportbot.corpus.blocks import LINE_BREAK, Block
from reportbot.corpus.normalize import normalize

# a heading's words, leader dots (after normalising: ``…`` is three dots) and a page number ending the line
_ENTRY = re.compile(r"^\S.{0,100}?\s*(?:[.·・]\s*){4,}\s*\d{1,4}$")
# an entry whose leader dots ran over the line's end: its words and dots on one line, the rest of the dots and the
# page number alone on the next (一、主要指标完成情况········ / ········2)
_OPEN_ENTRY = re.compile(r"^\S.{0,100}?\s*(?:[.·・]\s*){4,}$")
_ENTRY_TAIL = re.compile(r"^(?:[.·・]\s*){2,}\d{1,4}$")
# the line over the list, naming it
_NAMED = re.compile(r"(?i)^(?:目\s*录|目\s*次|table of contents|contents)$")


def names_contents(line: str) -> bool:
    """Whether a line is the one naming a table of contents (目录, Contents)."""
    return _NAMED.match(normalize(line.strip())) is not None


def is_entry(line: str) -> bool:
    """Whether a line is in a typed table of contents' shape: words, leader dots, a page number."""
    line = normalize(line.strip())
    # (a form's line, 服务时长（小时）：……… 120, is a label and its value, no entry)
    return _ENTRY.match(line) is not None and not re.match(r"^[^.·・]*[:：]\s*[.·・]", line)


def without_contents(blocks: list[Block], entry_at_least: int = 2) -> list[Block]:
    """``blocks`` (as read, before normalising) with the lines of a typed table of contents taken out; a block left
    with no line goes. Lines are entries only where ``entry_at_least`` of them stand together under the line naming
    the list (a lone dotted line is a form's blank)."""
    lines = [(i, x) for i, b in enumerate(blocks) if b.kind in ("text", "item", "heading")
             for x in b.text.split(LINE_BREAK)]
    drop: set[tuple[int, str]] = set()
    run: list[tuple[int, str]] = []
    read = [normalize(x) for _, x in lines]
    wrapped = {k for k in range(len(read) - 1) if _OPEN_ENTRY.match(read[k]) and _ENTRY_TAIL.match(read[k + 1])}
    wrapped |= {k + 1 for k in wrapped}
    for k, (i, x) in enumerate([*lines, (-1, "")]):
        if k in wrapped or _ENTRY.match(normalize(x)):
            run.append((i, x))
            continue
        if len(run) >= entry_at_least:
            first = k - len(run)
            if first > 0 and _NAMED.match(normalize(lines[first - 1][1])):
                drop.update([*run, lines[first - 1]])
        run = []
    if not drop:
        return blocks
    out = []
    for i, b in enumerate(blocks):
        if b.kind not in ("text", "item", "heading"):
            out.append(b)
            continue
        kept = [x for x in b.text.split(LINE_BREAK) if (i, x) not in drop]
        if kept:
            whole = len(kept) == len(b.text.split(LINE_BREAK))
            out.append(b if whole else Block(b.kind, LINE_BREAK.join(kept), b.level, b.rows))
    return out



def leaders_read(blocks: list[Block], as_written: dict[str, str] | None = None) -> list[Block]:
    """``blocks`` (normalised, the table of contents taken out) with each line of a form's label, leader dots and
    value (``Active responders at 31 March ........ 142 (131)``, :func:`.leader_lines.leader_cells`) that stands
    beside another such line read as the label and its value (``Active responders at 31 March: 142 (131)``): the
    dots are the layout's, and a line so read is one a question's label finds its value on, as on any labelled
    line. A lone dotted line stays as written (an ellipsis in prose: ``torches ... and more.``). A line read with a
    legend's year in its bracket (.bracket_legend) goes into ``as_written`` with the line as the document writes it,
    which its passage shows after its text (``Paragraph.written``), as a table's passage shows its rows: a citation
    of the line as written (``212,300 (193,845)``) is in the passage."""
    from reportbot.corpus.bracket_legend import legend_year, with_year
    from reportbot.corpus.leader_lines import leader_cells

    lines = [(i, k, x) for i, b in enumerate(blocks) if b.kind in ("text", "item")
             for k, x in enumerate(b.text.split(LINE_BREAK))]
    found = [leader_cells(x) for _, _, x in lines]
    year = legend_year([x for _, _, x in lines if leader_cells(x) is None])  # (.bracket_legend: 58 (49 in 2023-24))
    read: dict[tuple[int, int], str] = {}
    for n, (i, k, x) in enumerate(lines):
        if found[n] is None or not any(0 <= m < len(lines) and found[m] is not None for m in (n - 1, n + 1)):
            continue
        label, value = found[n]
        dated = with_year(value, year) if year else value
        cjk = re.search(r"[\u4e00-\u9fff]", label)
        read[(i, k)] = f"{label}{'：' if cjk else ': '}{dated}"
        if dated != value and as_written is not None:
            as_written[read[(i, k)]] = x
    if not read:
        return blocks
    out = []
    for i, b in enumerate(blocks):
        parts = b.text.split(LINE_BREAK)
        mended = [read.get((i, k), x) for k, x in enumerate(parts)]
        out.append(Block(b.kind, LINE_BREAK.join(mended), b.level, b.rows, b.drawn) if mended != parts else b)
    return out
