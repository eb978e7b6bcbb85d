"""A plain text's lines back at the margin after an indented group (a return's ``Expenditure`` over its indented
lines, then ``Surplus for the year …`` at the margin again): the section's lines again, no longer the group's.

Normalising takes a line's indent away, so by the time a plain text's lines are headings and text the group's end is
gone, and the lines after it stood under the group's heading until the next heading. :func:`margin_returns` reads
the raw lines for it: a line at the margin right under two or more lines indented alike, which stand right under a
line at the margin (the group's head); the last indented line ends its line (a figure, a closing bracket, a
sentence's end: no word of a paragraph going on at the margin, as a first-line indent's paragraph goes on).
``split`` marks each such line with an ``outdent`` block, kept where the group's head was read as a heading, and the
passage builder closes that heading there.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportbot.corpus.passage_builder import PassageBuilder

# an indent: spaces, tabs or ideographic spaces opening a line
_INDENT = re.compile(r"^[ \t\u3000]+")
# the last indented line ends its line: a figure, a closing bracket, a sentence's end
_LINE_END = re.compile(r"(?:\d|[)）%％]|[。！？.!?；;])\s*$")


def _indent(line: str) -> str:
    m = _INDENT.match(line)
    return m.group(0) if m else ""


def margin_returns(raw: list[str]) -> dict[int, str]:
    """By the index of each line of ``raw`` back at the margin after an indented group, the group's head line (as
    written, unnormalised)."""
    out: dict[int, str] = {}
    k = 1
    while k < len(raw):
        indent = _indent(raw[k])
        head = raw[k - 1]
        if not indent or not raw[k].strip() or not head.strip() or _indent(head):
            k += 1
            continue
        end = k
        while end < len(raw) and raw[end].strip() and _indent(raw[end]) == indent:
            end += 1
        after = raw[end] if end < len(raw) else ""
        if end - k >= 2 and after.strip() and not _indent(after) and _LINE_END.search(raw[end - 1]):
            out[end] = head
        k = end
    return out


def close_group(build: PassageBuilder) -> None:
    """At an ``outdent`` block: the passage under the group's heading ends (with any short lines left over), and
    the heading closes, so the lines after it stand under the section over it."""
    build.flush_items()
    build.end_lone()
    if build.stack:
        build.stack.pop()
        build.filled.pop()
    build.fresh = True  # (no passage under the section since: the lines after it make their own)
