"""The tables a Word data table holds in its cells, each read under the line leading into it.

A table nested in a cell of a data table (a fee table in a FAQ's answer, a breakdown in an indicator's note) is read
after the table holding it (python-docx gives a cell's text without it). Read there alone, its rows stood under no
question or item: the row's cells before it and the cell's text before it, when that ends in a colon (按下表收费：,
分县市区：), are the line leading into it, which opens its passage as a line ending in a colon over a table does.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from reportbot.corpus.blocks import Block
from reportbot.corpus.glyphs import clean_text


def held_tables(rows, cells_of: Callable[[list], list]) -> list[tuple[object, list[Block], list[str]]]:
    """The tables a data table's ``rows`` hold in their cells (a cell merged over rows read once), each with the line
    leading into it: when the cell's text before it ends in a colon (an answer's 按下表收费：, a note's 分县市区：),
    that text after the cells before it in its row (its question, its item), which opens the inner table's passage
    as a line ending in a colon over a table does; read after the table alone, its rows had stood under no question
    (班型, 学时, 收费). With it, the cell's text after it (包班须满20人…, read with it: :func:`noted`). ``cells_of``:
    a row's cells in reading order, a merged one once."""
    from docx.table import Table

    out: list[tuple[object, list[Block], list[str]]] = []
    seen: set = set()
    for row in rows:
        before: list[str] = []
        for cell in cells_of([row]):
            said: list[str] = []
            for part in cell.iter_inner_content() if cell._tc not in seen else ():
                if isinstance(part, Table):
                    lead = run_on([*before, *said])
                    out.append((part, [Block("text", lead)] if said and lead.endswith(("：", ":")) else [], []))
                elif (text := clean_text(part.text).strip()):
                    said.append(text)
                    if out and out[-1][1] and out[-1][0]._tbl.getparent() is cell._tc:
                        out[-1][2].append(text)  # (the answer's text after its table: read with it, .noted)
            seen.add(cell._tc)
            before.append(clean_text(cell.text).strip())
    return out


def run_on(pieces: list[str]) -> str:
    """Cells' texts run on as one line: after a piece ending in a mark of its own a space (gone between Chinese
    words), after another a comma (人道救助，募集款物，3,260万元，其中…：)."""
    out, chinese = "", False  # (whether a Chinese word was said so far: each piece read once)
    for piece in (x for x in pieces if x):
        chinese = chinese or re.search(r"[\u4e00-\u9fff]", piece) is not None
        mark = not out or out[-1] in "。？！：；，.?!:;,"
        out += (" " if mark else "，" if chinese else ", ") if out else ""
        out += piece
    return out.strip()


def noted(blocks: list[Block], after: list[str]) -> list[Block]:
    """A held table's ``blocks`` with the text its cell sets after it (the answer's rest, 包班须满20人，提前10个工作日
    预约。: what the table's rows are held to) as its last rows, a note's row of one cell, as a note under a table
    is written: read in the table's passage, under its question and lead-in, where alone it had stood in the FAQ's
    row only (set-49)."""
    if not after or not blocks or blocks[-1].kind != "table" or not blocks[-1].rows:
        return [*blocks, *(Block("text", x) for x in after)]
    last = blocks[-1]
    width = max(len(r) for r in last.rows)
    rows = (*last.rows, *((x, *("",) * (width - 1)) for x in after))
    return [*blocks[:-1], Block("table", rows=rows)]
