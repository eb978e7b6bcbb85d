"""Which row, over a table row: "李明带的是哪个队" over "东港区“守护”救援队 — 队长：李明；队员：40人".

Loaders read a table row with its header as "row — label：value；…". A Chinese question asking 哪个 / 哪支 /
哪家 … of a noun that closes the row's header (队 of 救援队), whose own words stand in a cell's value (the captain's
name) and not in the header, asks for the row: the header answers, not a cell (40人). Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.cells import cells
from reportbot.index.answering.spans import Span

_ROW = " — "
# 哪个队, 哪一支救援队, 是哪家医院的: the noun the question word asks about, up to 的, a mark or the end
_WHICH = re.compile(r"哪一?[个支家所座条项只間间]([\u4e00-\u9fff]{1,5}?)(?=的|[？?，。！!]|$)")


def asked_noun(question: str) -> str | None:
    """The noun a Chinese which-question asks about (哪个队 -> 队, 是哪支救援队的 -> 救援队), if it asks one."""
    m = _WHICH.search(question)
    return m.group(1) if m else None


def row_named(question: str, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """The row's header when the question asks which thing of the header's kind holds a cell's value: the
    question's words are in a value, none in the header but the asked noun, and the header ends in that noun."""
    header = sentence.find(_ROW)
    noun = asked_noun(question)
    if header <= 0 or noun is None:
        return None
    name = sentence[:header].strip()
    start = sentence.find(name)
    if not name.endswith(noun) or name in question:
        return None
    noun_at = start + len(name) - len(noun)
    if any(a < header and not noun_at <= a for a, _, _ in terms):
        return None  # the question names the row itself (its place, its kind): it asks a cell of it
    if not any(vs <= a and b <= ve for _, _, vs, ve in cells(sentence) for a, b, _ in terms):
        return None
    return Span(name, start, start + len(name), "row")
