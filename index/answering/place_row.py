"""Which row of a table passage a place names: "南陵县的服务点在哪" over a caption and rows "南陵县中心血站 — 地址：…".

Loaders read a table row with its header as "row — label：value；…". A question naming a place (a search constraint)
asks of the row its place names, when the passage's best-ranked line (a caption, a lead line) writes no such place:
that line speaks of every row, the row speaks of the place asked. Pure functions over strings.
"""
from __future__ import annotations

import re

_ROW = " — "


def place_row(constraints, sentences: tuple[str, ...], best: int) -> int | None:
    """The index of the one row whose name writes a place the question names (``constraints``: the search's), when
    the ``best`` line is no row and writes none of the places; None otherwise (no such row, or several)."""
    forms = [f for c in constraints if c.kind == "place" for f in c.forms]
    if not forms or _ROW in sentences[best] or any(_writes(sentences[best], f) for f in forms):
        return None
    rows = [i for i, s in enumerate(sentences) if (h := s.find(_ROW)) > 0 and any(_writes(s[:h], f) for f in forms)]
    return rows[0] if len(rows) == 1 else None


def _writes(text: str, form: str) -> bool:
    """The text writes the place's form: a Chinese form anywhere, an English one as a word of its own."""
    if not form.isascii():
        return form in text
    return re.search(rf"(?<![A-Za-z]){re.escape(form)}(?![A-Za-z])", text, re.I) is not None
