"""Numbered lists that a PDF's text layer has taken apart, put back together.

pypdf gives a list set with hanging numbers as each number on a line of its own ("1", then the recommendation).
Read line by line, each number becomes a passage of its own ("6"), and "how many recommendations" finds
"9. Recommendations / 1". Here a paragraph that is only a number and the paragraph after it become one list item
that keeps its number ("(1) Pre-register …"), when the numbers count up from 1. Pure function over the paragraphs
:func:`reportbot.corpus.pdf_lines.join_wrapped_lines` makes of a page.
"""
from __future__ import annotations

import re

from reportbot.corpus.blocks import Block

_NUMBER = re.compile(r"\d{1,2}[.)]?")


def _number(para: str) -> int | None:
    return int(para.rstrip(".)")) if _NUMBER.fullmatch(para) else None


_ITEM = re.compile(r"\((\d{1,2})\) ")


def last_item(blocks: list[Block]) -> int:
    """The number of the hanging-number item the blocks so far end with (page marks aside), 0 when they end
    otherwise: a list that a page break cut goes on from it on the next page."""
    last = next((b for b in reversed(blocks) if b.kind != "page"), None)
    m = _ITEM.match(last.text) if last is not None and last.kind == "item" else None
    return int(m[1]) if m else 0


def numbered_items(paras: list[str], last: int = 0) -> list[Block | str]:
    """The paragraphs with each number-alone paragraph and the text after it as one item block (when the numbers
    count up from 1, or go on from the last item, ``last`` on an earlier page); the other paragraphs as they were,
    for the caller to read."""
    out: list[Block | str] = []
    i = 0
    while i < len(paras):
        n = _number(paras[i])
        if n is not None and n in (1, last + 1) and i + 1 < len(paras) and _number(paras[i + 1]) is None \
                and not paras[i + 1][:1].isdigit():
            out.append(Block("item", f"({n}) {paras[i + 1]}"))
            last, i = n, i + 2
            continue
        out.append(paras[i])
        i += 1
    return out
