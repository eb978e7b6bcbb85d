"""The level of a heading numbered in a decimal outline (``1.``, ``1.1``, ``1.1.1``) by its number's depth.

A report set by hand (a bold line in Word, a line alone in a plain text) numbers its sections ``1. 2024年工作回顾``,
their parts ``1.1 党的建设`` and theirs ``1.1.1 党组建设全面加强``. Read by the numbering of a Chinese report (一、
a section, （一） under it, 1. under that), ``1.`` was put below ``1.1`` and ``1.1.1`` beside ``1.1``, so a part's
passages lost the section and part they stand under and the next section (``2. 主要业务指标对照``) stood under the last
part of the one before. In a text whose headings use such numbers two deep or more, each is at one level more than
its number has parts: ``1.`` a section (2), ``1.1`` under it (3), ``1.1.1`` under that (4).
"""
from __future__ import annotations

import re

# a decimal section number and the heading's words after it: 1. Scope, 1.1 党的建设, 1.1.1党组建设 (a number two deep
# or more may run into its words; a figure, 1.5万人次, 12月, is no section number)
_NUMBER = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})(?:\.(?!\d)\s*|\s+|"
                     r"(?:(?<=\.\d)|(?<=\.\d\d))(?=[\u4e00-\u9fff“\"])(?![万亿千百元人个年月日号次倍]))(?=\S)")


def outlined(headings: list[str]) -> frozenset[str]:
    """The headings, in document order, that number their parts in a decimal outline: none unless one of them is
    numbered two deep or more (1.1). A numbered heading belongs when its number runs on from the last one that did
    (2. after 1.2, not 1. after 1.1.1) and comes before every number two deep or more after it, so a short list of
    steps numbered 1. 2. 3. under 1.1.1, before 1.2, is no section of the outline."""
    numbers = [(h, tuple(int(x) for x in found.group(1).split("."))) for h in headings
               if (found := _NUMBER.match(h.strip())) is not None]
    if not any(len(n) > 1 for _, n in numbers):
        return frozenset()
    kept: set[str] = set()
    last: tuple[int, ...] = ()
    for i, (heading, number) in enumerate(numbers):
        if number > last and all(number <= later for _, later in numbers[i + 1:] if len(later) > 1):
            kept.add(heading)
            last = number
    return frozenset(kept)


def outline_level(heading: str) -> int | None:
    """A decimal-numbered heading's level, one more than its number's parts (``1.`` 2, ``1.1`` 3, ``1.1.1`` 4); None
    for a heading numbered otherwise or not at all."""
    found = _NUMBER.match(heading.strip())
    if found is None:
        return None
    return 1 + len(found.group(1).split("."))
