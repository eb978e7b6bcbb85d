"""A plain text's headings set in capitals over headings in ordinary case: the sections and their parts.

A form or a return typed as plain text names its sections in capitals (``SECTION D - FINANCE (GBP)``) and the groups
inside one in ordinary case (``Income``, ``Expenditure``), neither numbered. Read at one level, the part's heading
closed the section's: the section's heading, with no passage under it yet, went into the part's first passage as a
line of its text, under the part's heading alone (``Income`` › ``SECTION D - FINANCE (GBP)`` / ``Donations …``). In
a text whose unnumbered headings are in capitals, an unnumbered heading in ordinary case after one of them is a part
of that section, one level below it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (sentences.py reads capitals here, and blocks.py reads sentences.py)
    from reportbot.corpus.blocks import Block

_LATIN = re.compile(r"[A-Za-z]{2}")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a section's number opening a line (3., 2.1, 4), then its name
_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])")


def in_capitals(line: str) -> bool:
    """Whether a line is written in Latin letters, all capitals (``NOTES TO THE RETURN``, ``PART 1. CAN I
    DONATE?``)."""
    return bool(_LATIN.search(line)) and not _CJK.search(line) and line.isupper()


def numbered_in_capitals(line: str) -> bool:
    """Whether a line is a numbered section whose name is in capitals, then maybe a subtitle after a colon or its
    dates in brackets in ordinary case (``3. AFTER-ACTION REVIEW: CEDAR CREEK FLOOD (11-14 October 2025)``)."""
    m = _NUMBER.match(line)
    return m is not None and in_capitals(re.split(r"\s*[:(]", line[m.end():], maxsplit=1)[0])


def capitals_level(blocks: list[Block], line: str, level: int, plain: int = 2) -> int:
    """The level of heading ``line`` given ``level`` by its numbering: one below ``plain`` (an unnumbered section's
    level) when it is unnumbered, in Latin letters in ordinary case, and the last unnumbered heading before it
    (``blocks``, the title aside) is in capitals; else ``level``."""
    if level != plain or in_capitals(line) or not _LATIN.search(line) or _CJK.search(line):
        return level
    above = next((b.text for b in reversed(blocks) if b.kind == "heading" and b.level == plain), None)
    return plain + 1 if above is not None and in_capitals(above) else level
