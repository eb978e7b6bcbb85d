"""Sections with no heading paragraphs: each a paragraph opening with its label run in before its text, closed by a
full stop (``二、应急救护。1—10月全市开展…``), the label set bold or a size larger.

A PDF's text layer keeps no weight or size per word: read as prose, each section was a numbered paragraph under no
heading (or, with the label's size taken for its first line's, a heading made of that line). Where two or more
paragraphs in a row of the document's numbering (一、 二、 …, in order) each open with such a label, a few words and
no clause, and the document has no heading numbered so, each label heads its paragraph's text (a PDF's heading
opens the passage under it: the label is read once, on its own line).
"""
from __future__ import annotations

import re

from reportbot.corpus.blocks import Block

_NUMERALS = "一二三四五六七八九十"
# the label: a numeral's number, a few words with no clause's or sentence's mark, the full stop closing it, then text
_LABELLED = re.compile(r"([一二三四五六七八九十]{1,3})、([^，,。；;：:！？!?\n]{2,14})。(?=\S{6})")
_NUMBERED_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、")


def _value(numeral: str) -> int:
    """一 … 九十九 as a number (0 for a numeral read no other way)."""
    if len(numeral) == 1:
        return _NUMERALS.index(numeral) + 1
    tens, _, ones = numeral.partition("十")
    if any(x and x not in _NUMERALS for x in (tens, ones)):
        return 0  # (三二: no number; it had raised ValueError and stopped the document's loading)
    return (_NUMERALS.index(tens) + 1 if tens else 1) * 10 + (_NUMERALS.index(ones) + 1 if ones else 0)


def labelled(blocks: list[Block], level: int = 2) -> list[Block]:
    """``blocks`` with each run-in label (see the module) a heading at ``level`` over its paragraph's text."""
    if any(b.kind == "heading" and _NUMBERED_HEADING.match(b.text) for b in blocks):
        return blocks
    found = {i: m for i, b in enumerate(blocks) if b.kind == "text" and (m := _LABELLED.match(b.text.strip()))}
    numbers = [_value(m.group(1)) for m in found.values()]
    if len(found) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return blocks
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if i in found:
            m = found[i]
            out += [Block("heading", f"{m.group(1)}、{m.group(2).strip()}", level),
                    Block("text", b.text.strip()[m.end():])]
        else:
            out.append(b)
    return out
