"""A table and the prose that states the same figure: the prose answers.

A summary table (``五、2023年主要指标一览``, a quick-reference table) restates figures the text
gives with their context. Keyword and dense scores often favour the table (its row is short
and holds the measure's name next to the figure), though the paragraph says what the figure
counts, when and where. When the best passage is a table, the figures of its best row are all
in a prose passage of the same document, and that passage is close behind, the prose goes first.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

# a figure: digits with an optional decimal part (72.4, 1.62, 30); a year alone is no figure of a row
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_YEAR = re.compile(r"^(19|20)\d\d$")


def figures(text: str) -> set[str]:
    """The figures a text states, years left out."""
    return {f for f in _FIGURE.findall(text) if not _YEAR.match(f)}


def prose_for_table(order: Sequence[int], fused: np.ndarray, kinds: Sequence[str], docs: Sequence[str],
                    texts: Sequence[str], row: str, margin: float) -> int | None:
    """The candidate that should go before the best one, a table, or None.

    Args:
        order: candidate positions, best first.
        fused: each candidate's fused score.
        kinds: each candidate's passage kind (``text``, ``list``, ``table``).
        docs: each candidate's document id.
        texts: each candidate's text.
        row: the best candidate's best-scoring row (sentence).
        margin: how far behind the table the prose passage may be.
    """
    if not len(order) or kinds[order[0]] != "table":
        return None
    top = order[0]
    wanted = figures(row)
    if not wanted:
        return None
    for i in order[1:]:
        if fused[top] - fused[i] > margin:
            return None
        if kinds[i] != "table" and docs[i] == docs[top] and all(_has(texts[i], f) for f in wanted):
            return int(i)
    return None


def _has(text: str, figure: str) -> bool:
    return re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d]|\.\d)", text) is not None
