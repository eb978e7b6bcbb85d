"""Tables and list items in a plain text, read from its lines before they are joined into paragraphs.

A plain text (.txt) draws a table with a column bar (``分队名称｜负责人｜职务``), tabs, or columns aligned with
runs of spaces (``Legacies      $580,000      $910,000``), and a list with a dash or bullet at the start of each
line (``- Emergency call-outs: 52``). Each such line is short and ends no sentence, so it was read as a heading: it
made no passage, and the row a question asks about ("the legacies in 2023", "who leads a team") was in none. Read
as a table, each row becomes a sentence with its header (``Legacies — 2024：$580,000；2023：$910,000``); read as
list items, the lines under one heading make one passage, as a Markdown list does.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from reportbot.corpus.blocks import Block
from reportbot.corpus.box_tables import box_table
from reportbot.corpus.leader_lines import LEADER, leader_value
from reportbot.corpus.letter_spacing import closed_up
from reportbot.corpus.plain_items import circled_alone, hanging, item_text, tight_item
from reportbot.corpus.plain_outline import outline_rows
from reportbot.corpus.sentences import END, is_heading

_CJK = re.compile(r"[\u4e00-\u9fff]")
# the notice marks only: a short line under one, over a paragraph and beside no other marked line, heads that
# paragraph (◆ 收费标准 over what it costs), as a heading set off by a mark does
_NOTICE_MARK = re.compile(r"^\s*[◆◇◦○・‧‣⁃∙▶►▸➢➤✓✔★☆※]")
_RULE_CELL = re.compile(r"[-=:—─ ]*")
_SPACED = re.compile(r"\s{2,}|\t")
_FIGURE = re.compile(r"\d")


@dataclass(frozen=True)
class PlainTables:
    """What makes lines a table; set by hand on made-up texts (tests/test_plain_structure.py), not fitted."""

    # a table has at least this many rows (the header among them), each with the same number of cells
    least_rows: int = 2
    # and at least this many cells a row: one cell is a line, not a row
    least_cells: int = 2


PLAIN_TABLES = PlainTables()


def cells(raw: str) -> tuple[str, ...] | None:
    """A line's cells when it is drawn as a table row: split at column bars (| or ｜), else at tabs or runs of two
    spaces or more; None when that leaves fewer than ``least_cells`` (a line of prose, a heading)."""
    line = raw.strip()
    if item_text(line) is not None:
        return None
    if "|" in line or "｜" in line:
        parts = re.split(r"\s*[|｜]\s*", line.strip("|｜ "))
    elif len(led := LEADER.split(line)) == 2 and leader_value(led[0], led[1]):
        parts = led  # (a value after the dots: a price, a few words; not a sentence going on past an ellipsis)
    else:
        parts = _SPACED.split(line)
    parts = [p.strip() for p in parts]
    if len(parts) < PLAIN_TABLES.least_cells or not all(parts):
        return None
    return tuple(parts)


def _rule(raw: str) -> bool:
    """A Markdown table's separator line (|---|---|), or a fixed-width table's rule under its header, a run of
    dashes over each column (``--------  ------``): no row of the table."""
    return "|" in raw and _RULE_CELL.fullmatch(raw.replace("|", "")) is not None or bool(_COLUMN_RULES.fullmatch(raw))


# dashes (or equals signs) over each of two columns or more, parted by spaces
_COLUMN_RULES = re.compile(r"\s*[-=—─━]{3,}(?:\s+[-=—─━]{3,})+\s*")


def _closed_up(raw_lines: list[str]) -> list[str]:
    """Each line with its spaced-out words closed up (:func:`.letter_spacing.closed_up`), unless the line's cells as
    spaced match a neighbouring row's count and closed up they do not, and its first cell is a word, not a spaced-out
    label's first character: ``类别　　　　男　　女`` over rows of three cells heads three columns, 男 and 女 two of
    them, while ``单　　位　　　　人　数`` over rows of two is two words and ``合　　计　　　109人`` a total row."""
    closed = [closed_up(x) for x in raw_lines]
    out = []
    for i, (raw, line) in enumerate(zip(raw_lines, closed, strict=True)):
        near = {len(c) for j in (i - 1, i + 1) if 0 <= j < len(raw_lines) and (c := cells(raw_lines[j]))}
        as_spaced, as_closed = cells(raw), cells(line)
        keep = line != raw and as_spaced is not None and len(as_spaced[0]) > 1 and len(as_spaced) in near and \
            (as_closed is None or len(as_closed) not in near)
        out.append(raw if keep else line)
    return out


def segments(raw_lines: list[str]) -> list[Block | list[int]]:
    """A block's lines in order as tables, list items and runs of other lines (by index into ``raw_lines``,
    which the caller joins as before). A table is ``least_rows`` consecutive rows or more with one cell count. A word
    whose characters are spaced out to a column's width (``合　　计``) is read closed up (:mod:`.letter_spacing`)."""
    raw_lines = _closed_up(raw_lines)
    out: list[Block | list[int]] = []
    rows = outline_rows([None if _rule(x) else cells(x) for x in raw_lines])  # (1 / 1.1: .plain_outline)
    listed = listed_under(raw_lines)
    i = 0
    while i < len(raw_lines):
        if (box := box_table(raw_lines, i)) is not None:
            out.extend(box[0])
            i = box[1]
            continue
        j = i
        while j < len(raw_lines) and (rows[j] is not None or _rule(raw_lines[j]) and j > i) and \
                (rows[j] is None or len(rows[j]) == len(rows[i] or ())):
            j += 1
        table = [r for r in rows[i:j] if r is not None]
        # Date:    12 March 2025 / Time:    6:30 pm: a header block's lines, no table
        lines = [x.strip() for x, r in zip(raw_lines[i:j], rows[i:j]) if r is not None]
        if rows[i] is not None and len(table) >= PLAIN_TABLES.least_rows and _labelled(table, lines):
            # (a line led by dots stays as typed: under a 目录 line, it is a table of contents' entry and goes)
            out.extend(Block("text", x if LEADER.search(x) else f"{label} {value}")
                       for (label, value), x in zip(table, lines))
            i = j
            continue
        if rows[i] is not None and len(table) >= PLAIN_TABLES.least_rows:
            width = len(table[0])
            columns = _Columns(width, raw_lines[i:j])
            while j < len(raw_lines):  # a row with cells spanning columns (合计 … 3,045) and the full rows after it
                if rows[j] is not None and len(rows[j]) == width:
                    table.append(rows[j])
                elif short := placed(columns.reach(), raw_lines[j], width):
                    table.append(short)
                elif longer := continued(columns.reach(), raw_lines[j], table[-1],
                                         j + 1 < len(raw_lines) and len(rows[j + 1] or ()) == width):
                    table[-1] = longer  # a long cell wrapped onto the next line: its words join the cell above
                else:
                    break
                columns.add(raw_lines[j])
                j += 1
            out.append(Block("table", rows=tuple(table)))
            i = j
            continue
        item = item_text(raw_lines[i]) or tight_item(raw_lines, i)
        if item is not None and (_heads_paragraph(raw_lines, i, item) or circled_alone(raw_lines, i)):
            item = None
        if item is None and listed[i]:
            item = raw_lines[i].strip()
        if item is not None:
            more = hanging(raw_lines, i, rows)  # (its lines wrapped under its text go on it)
            out.append(Block("item", " ".join([item, *(raw_lines[k].strip() for k in more)])))
            i += len(more) + 1
            continue
        elif out and isinstance(out[-1], list):
            out[-1].append(i)
        else:
            out.append([i])
        i += 1
    return out


def _width(text: str) -> int:
    """The columns ``text`` takes in a fixed-width font: a wide (CJK, full-width) character two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _spans(raw: str) -> list[tuple[int, int]]:
    """Where each cell of a row aligned with spaces stands: its first and past-last display columns."""
    spans = []
    for m in re.finditer(r"\S+(?: \S+)*", raw):
        start = _width(raw[:m.start()])
        spans.append((start, start + _width(m.group(0))))
    return spans


def placed(reach: list[tuple[int, int]] | None, raw: str, width: int) -> tuple[str, ...] | None:
    """A row under a table aligned with spaces that has fewer cells than its ``width`` columns (a total row whose
    label spans the first columns: ``合計（8個重點社區）      3,045``; an empty cell inside), its cells put in the
    columns they stand under and the others empty; None when it is no such row (bars or tabs, one cell, a cell after
    the first that holds no figure, a cell under no column or two in one)."""
    found = cells(raw)
    if found is None or not 2 <= len(found) < width or "\t" in raw or "|" in raw or "｜" in raw:
        return None
    if not all(_FIGURE.search(c) for c in found[1:]):
        return None  # a note under the table (注：数据截至…   来源：…): a row's cells after its label are figures
    if reach is None or len(_spans(raw)) != len(found):
        return None
    out = [""] * width
    for text, (a, b) in zip(found, _spans(raw)):
        overlap = [min(b, hi) - max(a, lo) for lo, hi in reach]
        k = max(range(width), key=overlap.__getitem__)
        if overlap[k] <= 0 or out[k]:
            return None
        out[k] = text
    return tuple(out)


def _labelled(rows: list[tuple[str, ...]], lines: list[str]) -> bool:
    """Whether rows are a header block's lines (``Date:    12 March 2025``) or a list of labels and values joined by
    leader dots (a price list: ``CPR Level C ........ 60``): two cells each, the first a label ending with a colon or
    the line led by dots. Each is a line of text, no table with the first as its header (nor a heading)."""
    return all(len(r) == 2 and (r[0].endswith((":", "：")) or LEADER.search(x) is not None)
               for r, x in zip(rows, lines))


def _indent(raw: str) -> int:
    return len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())


def listed_under(raw_lines: list[str]) -> list[bool]:
    """Whether each line is one of the lines set in under a label ending with a colon (``Present:`` over names,
    ``出席：`` over units): indented further than that label, as every line between them is, and no wrapped line
    (a paragraph set in, 首行缩进, that runs to the margin with a line set less far in after it). One pass: the lines
    each line stands under kept as a stack by their indents."""
    indents = [_indent(x) for x in raw_lines]
    widest = max((len(x.strip()) for x in raw_lines), default=0)
    out: list[bool] = []
    stack: list[int] = []  # the lines the current one may stand under, their indents rising
    for i, raw in enumerate(raw_lines):
        while stack and indents[stack[-1]] >= indents[i]:
            stack.pop()
        line = raw.strip()
        label = raw_lines[stack[-1]].strip() if stack else ""
        wrapped = i + 1 < len(raw_lines) and raw_lines[i + 1].strip() and indents[i + 1] < indents[i] \
            and len(line) >= 0.8 * widest and bool(line) and line[-1] not in END + "；;:：)）"
        out.append(bool(label) and label.endswith((":", "：")) and len(label) <= 40 and not wrapped)
        stack.append(i)
    return out


class _Columns:
    """Where each of a table's ``width`` columns aligned with spaces stands, first and past-last display columns, read
    over its full rows as its lines are added (a table of thousands of rows is read once, not again for every line
    after it)."""

    def __init__(self, width: int, lines: list[str]):
        self.width, self.full = width, 0
        self.lo, self.hi = [0] * width, [0] * width
        for raw in lines:
            self.add(raw)

    def add(self, raw: str) -> None:
        spans = _spans(raw) if "\t" not in raw else []
        if len(spans) != self.width:
            return
        for k, (a, b) in enumerate(spans):
            self.lo[k] = a if not self.full else min(self.lo[k], a)
            self.hi[k] = b if not self.full else max(self.hi[k], b)
        self.full += 1

    def reach(self) -> list[tuple[int, int]] | None:
        """The columns' reach; None while fewer than ``least_rows`` rows are full (or the table is drawn with tabs)."""
        if self.full < PLAIN_TABLES.least_rows:
            return None
        return list(zip(self.lo, self.hi))


def continued(reach: list[tuple[int, int]] | None, raw: str, above: tuple[str, ...],
              row_after: bool = False) -> tuple[str, ...] | None:
    """The row ``above`` with a line under it that goes on its long cells (``Saturdays at the`` over ``Portobello
    shed``): each of the line's pieces stands under one column alone, the other columns blank, and the cell above it
    wrapped there, its next word would have run past the column's widest cell. A line under the first column alone
    goes on its cell only with a row of the table after it (``row_after``): under the last row it is the heading or
    the line after the table (六、下半年重点工作). None for any other line (a row, a line across the columns, a note
    under the table, a table drawn with bars or tabs)."""
    if not raw.strip() or "\t" in raw or "|" in raw or "｜" in raw or item_text(raw) is not None:
        return None
    if reach is None:
        return None
    out = list(above)
    for a, b in _spans(raw):
        under = [k for k, (lo, hi) in enumerate(reach) if min(b, hi) - max(a, lo) > 0]
        if len(under) != 1 or out[under[0]] != above[under[0]] or not above[under[0]]:
            return None
        k = under[0]
        if k == 0 and not row_after:
            return None
        text = raw[len(raw) - len(raw.lstrip()):].strip() if len(_spans(raw)) == 1 else _text_at(raw, a, b)
        if _width(above[k]) + 1 + _width(text.split()[0]) <= reach[k][1] - reach[k][0]:
            return None  # the word would have fitted on the line above: no wrapped cell
        out[k] = f"{above[k]}{'' if _CJK.search(above[k][-1:] + text[:1]) else ' '}{text}"
    return tuple(out)


def _text_at(raw: str, a: int, b: int) -> str:
    """The text of ``raw`` between display columns ``a`` and ``b``."""
    at, out = 0, []
    for c in raw:
        if a <= at < b:
            out.append(c)
        at += _width(c)
    return "".join(out).strip()


def _heads_paragraph(raw_lines: list[str], i: int, item: str) -> bool:
    """Whether line ``i``, set off by a notice's mark, is a heading over the paragraph after it, no list item: it
    reads as a heading, a line of text follows it, and neither line beside it is marked."""
    if not _NOTICE_MARK.match(raw_lines[i]) or not is_heading(item):
        return False
    before = raw_lines[i - 1] if i else ""
    after = raw_lines[i + 1] if i + 1 < len(raw_lines) else ""
    return bool(after.strip()) and item_text(after) is None and item_text(before) is None
