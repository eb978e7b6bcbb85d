"""A table and the prose that states the same figure: the prose answers.

A summary table (``五、2023年主要指标一览``, a quick-reference table) restates figures the text
gives with their context. Keyword and dense scores often favour the table (its row is short
and holds the measure's name next to the figure), though the paragraph says what the figure
counts, when and where. When the best passage is a table, what its best row answers is all in a
prose passage of the same document, and that passage is close behind, the prose goes first. What a
row answers: the values of the cells whose header the question says (its 2024 column, its 队长) and of
those whose value it says, else every figure of the row.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

# a figure: digits with an optional decimal part (72.4, 1.62, 30); a year alone is no figure of a row
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_YEAR = re.compile(r"^(19|20)\d\d$")


def figures(text: str) -> set[str]:
    """The figures a text states, years left out."""
    return {f for f in _FIGURE.findall(text) if not _YEAR.match(f)}


# a row read with its header (corpus.assemble.table_row_text): ``label — head：value；head：value`` or ``label：value``
_LABEL = re.compile(r"^(.*?) — (.*)$", re.S)
_CELL_SEP = re.compile(r"；|; ")
_HEAD_SEP = re.compile(r"：|: ")


def cells(row: str) -> list[tuple[str, str]]:
    """A table row's (header, value) cells, its label left out: ``东区队 — 队长：何美玲`` -> [("队长", "何美玲")]."""
    m = _LABEL.match(row)
    body = m.group(2) if m else row
    out = []
    for cell in _CELL_SEP.split(body):
        parts = _HEAD_SEP.split(cell, maxsplit=1)
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            out.append((parts[0].strip(), parts[1].strip()))
    return out


# a figure with the measure written right after it (230万人次, 9.8%, 4 cm): what a value says beside it is the rest
_MEASURED = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,3}|\s?[A-Za-z]{1,5}\b)?")


def asked_values(row: str, says: Callable[[str], bool]) -> list[str]:
    """The values of the row's cells whose header the question says (``says(text)``: its 2024 column, its 队长), with
    those of its other cells whose value the question says and holds a figure (a note 同比增长9.8% for a question on
    growth; a note without one, 截至2023年底, only repeats the question); empty when
    it says no header (a question that names no column asks the whole row). A value says the question's word only
    beside its figure and measure: the 2026 column's 230万人次 is not asked by a question on 2025's 人次."""
    row_cells = cells(row)
    if not any(_head_said(head, says) for head, _ in row_cells):
        return []
    return [value for head, value in row_cells
            if _head_said(head, says) or (figures(value) and says(_MEASURED.sub(" ", value)))]


_HEAD_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _head_said(head: str, says: Callable[[str], bool]) -> bool:
    """Whether the question says a column's header; a header that names years says none the question names only when
    the question names none of them (2024年上半年 is not asked by a question on 2025年上半年)."""
    years = _HEAD_YEAR.findall(head)
    return says(head) and (not years or any(says(y) for y in years))


def _states(text: str, value: str) -> bool:
    """Whether ``text`` states a cell's value: every figure of it, or the value itself when it holds none."""
    wanted = figures(value)
    if wanted:
        return all(_has(text, f) for f in wanted)
    return len(value) >= 2 and value.lower() in text.lower()


def prose_for_table(order: Sequence[int], fused: np.ndarray, kinds: Sequence[str], docs: Sequence[str],
                    texts: Sequence[str], row: str, margin: float,
                    says: Callable[[str], bool] | None = None) -> int | None:
    """The candidate that should go before the best one, a table, or None.

    Args:
        order: candidate positions, best first.
        fused: each candidate's fused score.
        kinds: each candidate's passage kind (``text``, ``list``, ``table``).
        docs: each candidate's document id.
        texts: each candidate's text.
        row: the best candidate's best-scoring row (sentence).
        margin: how far behind the table the prose passage may be.
        says: whether the question says a column's header (a term of the question in it); None: no header is said.
    """
    if not len(order) or kinds[order[0]] != "table":
        return None
    top = order[0]
    asked = asked_values(row, says) if says is not None else []
    if not asked and not figures(row):
        return None
    wanted = asked or [row]  # a row no header of which the question says: every figure of it
    check = (lambda t: all(_states(t, v) for v in wanted)) if asked else (lambda t: _figures_in(t, row))
    for i in order[1:]:
        if fused[top] - fused[i] > margin:
            return None
        if kinds[i] != "table" and docs[i] == docs[top] and check(texts[i]):
            return int(i)
    return None


def _figures_in(text: str, row: str) -> bool:
    return all(_has(text, f) for f in figures(row))


def _has(text: str, figure: str) -> bool:
    return re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d]|\.\d)", text) is not None
