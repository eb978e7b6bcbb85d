"""Tables drawn with box-drawing characters in a plain text (a notice typed in a word processor's text mode, a
console tool's output):

    ┌──────┬──────────┐        +--------+----------+
    │单位  │普及培训  │        | Unit   | Trained  |
    │      │（人次）  │        +--------+----------+
    ├──────┼──────────┤        | North  | 4,500    |
    │青秀区│4500      │        +--------+----------+
    └──────┴──────────┘

The rule lines are no text, and a row's cells may run over several lines (the header's units on a line of their own
under it, a long label wrapped in its column). Read line by line, the rules were kept as text and each line of
cells, its first cell empty on a wrapped line, read as a heading or prose, so no row stood under its header. A box
drawn round prose (a boxed note) is that prose, and a box of blank fields (姓名： 性别：) a form's lines, no table.
"""
from __future__ import annotations

import re
import unicodedata

from reportbot.corpus.blocks import Block

_BARS = "│┃║|｜"
_BOX_BARS = "│┃║"  # the box-drawing bars: a table drawn with them is shown as drawn
_BOX = "┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫─━═"
_LINES = "─━═-=:"  # the strokes of a rule; any other character of a rule line is a corner or a join
# a rule line: box-drawing corners, joins and lines (or an ASCII grid's +---+), nothing else
_RULE = re.compile(rf"[{_BOX}+\-=:{re.escape(_BARS)} \u3000]+")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_DASHES = re.compile(r"[-:=─━═]+")
_LOOKAHEAD = 3  # a table's header may stand over its first rule by this many lines at most


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _rule(line: str) -> bool:
    s = line.strip()
    return bool(s) and _RULE.fullmatch(s) is not None and (any(c in _BOX for c in s) or
                                                           s[0] == "+" and s[-1] == "+" and ("-" in s or "=" in s))


def _bars(line: str) -> list[tuple[int, str]] | None:
    """Where each cell of a line drawn between bars opens (its bar's display column) and its text, an empty cell
    kept; None for another line."""
    s = line.rstrip()
    lead = len(s) - len(s.lstrip())
    s = s.strip()
    if len(s) < 2 or s[0] not in _BARS or s[-1] not in _BARS:
        return None
    at, cells, start, text = _width(line[:lead]), [], None, ""
    for c in s:
        if c in _BARS:
            if start is not None:
                cells.append((start, text.strip().strip("\u3000")))
            start, text = at, ""
        else:
            text += c
        at += _width(c)
    return cells


def drawn(lines: list[str], k: int) -> bool:
    """Whether line ``k`` is a rule of a drawn table: a line of bars stands right above or below it (a text's rule
    of dashes between paragraphs separates them, as a blank line does; a table's keeps its rows together)."""
    return any(0 <= n < len(lines) and _bars(lines[n]) is not None for n in (k - 1, k + 1))


def _inner_rule(line: str) -> bool:
    """A rule inside a table: a box rule, or a line of bars over dashes only (a Markdown separator under a rule)."""
    cells = _bars(line)
    return _rule(line) or bool(cells) and all(_DASHES.fullmatch(t) for _, t in cells)  # type: ignore[union-attr]


def _joints(line: str) -> list[int]:
    """The display columns of a rule line's corners and joins: where its columns' bars stand."""
    out, at = [], _width(line[:len(line) - len(line.lstrip())])
    for c in line.strip():
        if c not in _LINES and not c.isspace():
            out.append(at)
        at += _width(c)
    return out


def _placed(cells: list[tuple[int, str]], joints: list[int]) -> list[str]:
    """A line's cells in the columns they open under (a cell spanning two columns in the first of them), or in order
    when a cell opens at no join of the rules."""
    columns = [next((k for k, j in enumerate(joints) if abs(j - at) <= 1), None) for at, _ in cells]
    if not joints or any(k is None for k in columns) or len(joints) < 2:
        return [t for _, t in cells]
    out = [""] * (len(joints) - 1)
    for k, (_, text) in zip(columns, cells):
        if k is not None and k < len(out):
            out[k] = text
    return out


def _join(a: str, b: str) -> str:
    if not a or not b:
        return a or b
    return a + ("" if _CJK.match(a[-1]) or _CJK.match(b[0]) else " ") + b


def _start(raw_lines: list[str], i: int) -> bool:
    """Whether a drawn table starts at line ``i``: a box rule, or a line of cells with such a rule under it within a
    few lines of cells (a header drawn above the first rule), and no line of cells above it."""
    if _rule(raw_lines[i]):
        return True
    if _bars(raw_lines[i]) is None or i and _bars(raw_lines[i - 1]) is not None:
        return False
    for j in range(i + 1, min(i + 1 + _LOOKAHEAD, len(raw_lines))):
        if _rule(raw_lines[j]):
            return True
        if _bars(raw_lines[j]) is None:
            return False
    return False


def box_table(raw_lines: list[str], i: int) -> tuple[list[Block], int] | None:
    """The blocks of a table drawn with box-drawing characters from line ``i``, and the index past it; None when
    none starts there. Its rows are read by :func:`_rows`; a line that is one cell across the table is a row of its
    own (a group's name). A box of one cell a line is the prose it holds; a box whose cells
    are all labels ending with a colon, a form's lines."""
    if not _start(raw_lines, i):
        return None
    joints: set[int] = set()
    lines: list[tuple[list[tuple[int, str]], bool]] = []  # each line's cells, and whether a rule stands above it
    drawn: list[str] = []  # each line of cells as written
    ruled, j = True, i
    while j < len(raw_lines):
        if _inner_rule(raw_lines[j]):
            joints.update(_joints(raw_lines[j]))
            ruled = True
        elif (cells := _bars(raw_lines[j])) is not None:
            lines.append((cells, ruled))
            drawn.append(raw_lines[j].strip())
            ruled = False
        else:
            break
        j += 1
    texts = [t for cells, _ in lines for _, t in cells if t]
    if not texts:
        return None
    if all(len(cells) == 1 for cells, _ in lines):  # a boxed note
        joined = ""
        for t in texts:
            joined = _join(joined, t)
        return [Block("text", joined)], j
    if all(t.endswith((":", "：")) for t in texts):  # a form's blank fields
        return [Block("text", " ".join(t for _, t in cells if t)) for cells, _ in lines if any(t for _, t in cells)], j
    rows, spans = _rows(lines, sorted(joints))
    if len(rows) < 2:
        return None
    width = max(len(r) for r in rows)
    # (a table drawn with box-drawing bars is shown as drawn; an ASCII or full-width bar's rows as a pipe table's)
    boxed = all(line[0] in _BOX_BARS for line in drawn)
    return [Block("table", rows=tuple(tuple(r) + ("",) * (width - len(r)) for r in rows),
                  drawn=tuple("\n".join(drawn[a:b]) for a, b in spans) if boxed else ())], j


def _rows(lines: list[tuple[list[tuple[int, str]], bool]],
          joints: list[int]) -> tuple[list[tuple[str, ...]], list[tuple[int, int]]]:
    """The table's rows from its lines of cells, and the lines each row spans (first, past its last): a line goes on
    the row above (its cells joined column by column) when no rule parts them, it has the bars the line above has,
    and its first cell is empty, or it holds its first cell alone and that cell's first word would not have fitted
    on the line above (a label wrapped in its column)."""
    rows: list[list[str]] = []
    spans: list[tuple[int, int]] = []
    above: list[tuple[int, str]] = []
    for n, (cells, after_rule) in enumerate(lines):
        placed = _placed(cells, joints)
        same = bool(rows) and not after_rule and len(cells) == len(above) > 1 and len(placed) == len(rows[-1])
        alone = bool(placed[0]) and not any(placed[1:])
        if same and (not placed[0] or alone and _wrapped(above, placed[0])):
            rows[-1] = [_join(a, b) for a, b in zip(rows[-1], placed)]
            spans[-1] = (spans[-1][0], n + 1)
        else:
            rows.append(placed)
            spans.append((n, n + 1))
        above = cells
    kept = [k for k, r in enumerate(rows) if any(r)]
    return [tuple(rows[k]) for k in kept], [spans[k] for k in kept]


def _wrapped(above: list[tuple[int, str]], text: str) -> bool:
    """Whether ``text``, alone in the first column, goes on the first cell of the line ``above``: that cell's text
    and the first word of ``text`` would not have fitted in the column together."""
    inner = above[1][0] - above[0][0] - 1
    return bool(above[0][1]) and _width(above[0][1]) + 1 + _width(text.split()[0]) > inner - 1
