"""Where the clause around an answer starts and ends: after the last mark before it, at the first mark after it.

Each check reads its own marks (a comma and a stop for the measure's noun, a colon too for another reading, a
semicolon only for the part a year scopes), so the marks are its argument; the search is one here. Unlike
:func:`.spans._clauses`, which cuts a whole sentence once (keeping a thousands comma inside its figure, 1,200, and
reading a line break as no mark), these read the text as the marks given cut it. Pure functions over strings."""
from __future__ import annotations

import re


def clause_start(sentence: str, start: int, marks: re.Pattern) -> int:
    """Where the clause holding ``start`` begins: right after the last of ``marks`` before ``start``, else 0."""
    return max((m.end() for m in marks.finditer(sentence, 0, start)), default=0)


def clause_end(sentence: str, end: int, marks: re.Pattern) -> int:
    """Where the clause holding ``end`` ends: at the first of ``marks`` from ``end``, else the sentence's end."""
    m = marks.search(sentence, end)
    return m.start() if m else len(sentence)


def clause_around(sentence: str, start: int, end: int, marks: re.Pattern) -> str:
    """The text of ``sentence`` from the mark before ``start`` to the mark after ``end`` (both left out)."""
    return sentence[clause_start(sentence, start, marks):clause_end(sentence, end, marks)]
