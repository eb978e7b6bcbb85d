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


def held_tables(rows, cells_of: Callable[[list], list]) -> list[tuple[object, list[Block]]]:
    """The tables a data table's ``rows`` hold in their cells (a cell merged over rows read once), each with the line
    leading into it: when the cell's text before it ends in a colon (an answer's 按下表收费：, a note's 分县市区：),
    that text after the cells before it in its row (its question, its item), which opens the inner table's passage
    as a line ending in a colon over a table does; read after the table alone, its rows had stood under no question
    (班型, 学时, 收费). ``cells_of``: a row's cells in reading order, a merged one once."""
    from docx.table import Table

    out: list[tuple[object, list[Block]]] = []
    seen: set = set()
    for row in rows:
        before: list[str] = []
        for cell in cells_of([row]):
            said: list[str] = []
            for part in cell.iter_inner_content() if cell._tc not in seen else ():
                if isinstance(part, Table):
                    lead = run_on([*before, *said])
                    out.append((part, [Block("text", lead)] if said and lead.endswith(("：", ":")) else []))
                elif (text := clean_text(part.text).strip()):
                    said.append(text)
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
