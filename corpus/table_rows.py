"""A table's row as a passage's sentence, each cell read with its column's header, and as the document writes it."""
from __future__ import annotations

import re

from reportbot.corpus.normalize import is_chinese, normalize

# a serial-number column (序号 over 1, 2, 3 …): it counts the rows and names none
_SERIAL_HEAD = re.compile(r"序[号號]?")
_SERIAL = re.compile(r"\d{1,3}")


def table_row_text(header: tuple[str, ...], row: tuple[str, ...]) -> str:
    """A table row read with its header: ``献血人次：1260``, or ``营业收入 — 2023年：28.64亿元；2022年：…``. A row
    whose first cells are empty (a total row, 合计 under the 市（州） column) is labelled by its first cell that is
    not: ``合计 — 募集款物（万元）：26400；…``, never `` — 市（州）：合计``. A serial-number column (序号) is left
    out: the row is named by the cell after it, when that cell is a name (words, not a figure)."""
    if len(row) >= 3 and header and _SERIAL_HEAD.fullmatch(normalize(header[0])) and _SERIAL.fullmatch(row[0].strip()) \
            and re.search(r"[^\W\d_]", row[1]):
        return table_row_text(tuple(header[1:]), tuple(row[1:]))  # 1 — 指标：… read as 应急救护培训 — 2024年：…
    cells = [normalize(c) for c in row]
    header = tuple(header) + ("",) * (len(cells) - len(header))
    latin = not is_chinese("".join(cells + list(header)))
    colon, sep = (": ", "; ") if latin else ("：", "；")
    lead = next((i for i, c in enumerate(cells) if c), 0)
    if lead and any(cells[lead + 1:]):
        cells, header = cells[lead:], header[lead:]
    elif lead:  # one cell alone: read with its header
        return f"{normalize(header[lead])}{colon}{cells[lead]}" if header[lead].strip() else cells[lead]
    if not any(cells[1:]):
        return cells[0] if cells else ""
    if len(row) == 2:
        return f"{cells[0]}{colon}{cells[1]}"
    named = [f"{normalize(h)}{colon}{c}" if h.strip() else c for h, c in zip(header[1:], cells[1:]) if c]
    return f"{cells[0]} — {sep.join(named)}"


def first_pair(header: tuple[str, ...]) -> bool:
    """Whether a two-column table's first row is a label and its value, no columns' names: its second cell holds a
    figure and no year without a day (2024年, Q1 2025 name columns), or is Chinese past a name's length."""
    if len(header) != 2 or not header[0].strip() or not header[1].strip():
        return False
    value = header[1].strip()
    if header[0].strip().endswith(value):
        return False  # a caption over its title (附件：2024年主要数据 | 2024年主要数据)
    # (a year without a day names a column: 2024年, Cost (2024), Q1 2025, 2024年1-6月; 2025年6月17日 is a value)
    dated = re.search(r"\d\s*日|\b\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d|[A-Z][a-z]+\s+\d{1,2},\s*(?:19|20)\d\d", value)
    column = re.search(r"(?:19|20)\d\d", value) and not dated
    return bool(re.search(r"\d", value)) and not column or len(value) > 16 and is_chinese(value) and not column


def written_rows(rows: tuple[tuple[str, ...], ...], units: list[str], pair: bool = False,
                 drawn: tuple[str, ...] = ()) -> tuple[list[str], dict[str, str]]:
    """A table as its document writes it, for the passage a reader is shown (``Paragraph.written``): its header row
    (none for a table of one row) and, for each row's sentence in ``units`` (:func:`table_row_text` of each row after
    the header, in order), the row written as the loaders' text writes a table, cells in order between bars:
    ``| 四平市 | 1830 | 5.1 |``, as a Markdown or plain-text pipe table does and as a docx, html or PDF table is
    written in the text its loader makes; a table drawn with box-drawing bars (``drawn``: each row's lines as drawn,
    :attr:`.blocks.Block.drawn`) is written as drawn, ``│四平市 │1830 │5.1 │``, its rules left out. ``pair``: the
    first row is a label and its value, no header (first_pair). A bar inside a cell is written ``\\|``, as a Markdown
    table escapes it (``Main Beach \\| north flags``: it had split the cell in two under the wrong headers)."""
    def line(k: int) -> str:
        return drawn[k] if drawn else "| " + " | ".join(normalize(c).replace("|", "\\|") for c in rows[k]) + " |"
    body = range(len(rows)) if pair or len(rows) < 2 else range(1, len(rows))
    return [line(0)] if len(rows) >= 2 and not pair else [], {u: line(k) for u, k in zip(units, body) if u}


# an annex's title: 附件：2024年主要数据, 附录一、…, Appendix A: Key figures, Annex 2 — …, or its mark on a line of
# its own over its title (附件 / 附件2, Appendix B) (附表1 captions a table the section's text refers to: it stays in
# the section)
# an annex's mark: 附件 / 附录二 / Appendix B
_MARK_ZH = r"(?:附件|附录|附錄)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})?"
_MARK_EN = r"(?:Appendix|Annex|Attachment)\s+(?:[A-Z]|\d{1,2})"
_ANNEX = re.compile(rf"{_MARK_ZH}\s*(?:[:：、．.]?\s*\S|$)|{_MARK_EN}\b\s*(?:[:.—–-]?\s*\S|$)")
_MARK = re.compile(rf"{_MARK_ZH}|{_MARK_EN}")


def annex_mark(line: str) -> bool:
    """Whether ``line`` is an annex's mark alone (附件, 附件2, Appendix B), its title on the line after it."""
    return bool(_MARK.fullmatch(normalize(line).strip()))


def annex_title(line: str) -> bool:
    """Whether ``line`` names an annex (附件：2024年主要数据, or 附件 alone over the annex's title): it heads the table
    under it, not the section above."""
    return bool(_ANNEX.match(normalize(line).strip()))


# a table's numbered caption: 表1 …, 表 2：…, 附表3 …, 表一 …, Table 2: …, Table 4.1 …; or its mark on a page it runs
# on to: （续表）, 续表1, 表1（续）, Table 2 (continued)
_CAPTION = re.compile(r"(?:附?表|續?续?表)\s*(?:\d{1,2}(?:[-.－]\d{1,2})?|[一二三四五六七八九十]{1,3})(?![\d万千百亿%])"
                      r"|Table\s+\d{1,2}(?:\.\d{1,2})?\b"
                      r"|[（(]\s*(?:续|續)表\s*\d{0,2}\s*[）)]|(?:续|續)表\s*\d{0,2}\s*$", re.I)


def table_caption(line: str) -> bool:
    """Whether ``line`` is a table's numbered caption (``表1　重点工作项目完成情况``, ``Table 2: Key projects``) or
    the mark a table carries on to a page with (``（续表）``, ``Table 2 (continued)``): it names the table under
    it, no section of the text around it."""
    return bool(_CAPTION.match(normalize(line).strip()))
