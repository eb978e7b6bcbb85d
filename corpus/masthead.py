"""A plain text's masthead: the short lines right under its title that name the issuer, its address and the issue.

A text saved by a word processor as plain text (Notepad's, a title underlined with ``===``) often sets, with no
blank line between them, the issuer's name, its street address and a revision line with its date under the title,
then its numbered sections. Each of those lines looks like a heading (short, no sentence's end), so each was read
as a heading over the next, the last over every section: the revision's date stood in no passage's text, only in
each section's heading path. Lines so stacked head nothing (no text stands between them), and the numbered
sections after them are the document's own: they are one paragraph of lines under the title.
"""
from __future__ import annotations

from collections.abc import Callable


def set_apart(lines: list[str], rule: Callable[[str], object]) -> bool:
    """Whether a text's first line (of ``lines``) is set apart from the lines under it, by a blank line or a rule
    (a title underlined with ``===``): a first line with the next right under it is one of a block of lines (an
    issuer's name over the title: 白河縣紅十字會 / 中華民國一一四年度工作計畫)."""
    k = next((n for n, x in enumerate(lines) if x.strip()), None)
    return k is not None and k + 1 < len(lines) and (not lines[k + 1].strip() or bool(rule(lines[k + 1].strip())))


def masthead(parts: list, heading_like: Callable[[str], bool], numbered: Callable[[str], bool],
             apart: bool = True) -> range:
    """The indexes in ``parts`` (a plain text's paragraphs and blocks, its title first) of its masthead's lines: two
    or more heading-like lines with no numbering right after the title (``apart``: set apart from them, by a blank
    line or a rule: :func:`set_apart`), with nothing between them, followed by a numbered heading; an empty range
    when there is none."""
    if not apart or len(parts) < 4 or not (isinstance(parts[0], str) and heading_like(parts[0])):
        return range(0)
    end = 1
    while end < len(parts) and isinstance(parts[end], str) and heading_like(parts[end]) and not numbered(parts[end]):
        end += 1
    after = parts[end] if end < len(parts) else None
    if end - 1 >= 2 and isinstance(after, str) and heading_like(after) and numbered(after):
        return range(1, end)
    return range(0)
