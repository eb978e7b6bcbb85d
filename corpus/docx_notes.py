"""A Word file's footnotes typed by hand: a raised figure after a word, and the note it marks set at the end.

A note's mark is a figure set raised (superscript) right after a word (``worth about 185 dollars¹``); python-docx
gives its text flat, and the figure ran into the word (``dollars1``), where it read as part of the amount. Written
back as a superscript figure, ``normalize`` drops it as it does a PDF's mark (``person¹``). The note itself, a
paragraph opening with the same figure (``1 The kit contains …``) after the last mark, often at the document's end,
says more about the sentence that marks it: it is read right after the paragraph that marks it, as a Markdown
footnote is (.md_notes), under that paragraph's section (it had stood under the document's last section).
"""
from __future__ import annotations

import re

from reportbot.corpus.blocks import Block

_RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FIGURES = re.compile(r"\d{1,2}")
# a note: its figure, raised or not, then a space and its text
_NOTE = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|\d{1,2})\s+(?=\S)")
# a mark as written back: raised figures right after a word of three letters or more, a Chinese character or a
# closing mark (a unit's power, m² or km², is no mark: normalize's reading)
_MARK = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=[\u4e00-\u9fff.,;:)”’\"'。，；：）]))([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")


def raised_text(paragraph) -> str | None:
    """The paragraph's text with each run of one or two figures set superscript after text written as superscript
    figures; None when it has no such run (its text is python-docx's)."""
    parts, raised = [], False
    for item in paragraph.iter_inner_content():
        text = item.text
        if _FIGURES.fullmatch(text.strip()) and _superscript(item) and "".join(parts).rstrip():
            parts.append(text.strip().translate(_RAISED))
            raised = True
        else:
            parts.append(text)
    return "".join(parts) if raised else None


def _superscript(item) -> bool:
    font = getattr(item, "font", None)  # (a hyperlink has no font of its own)
    style = getattr(item, "style", None)
    return bool(font is not None and font.superscript or style is not None and style.font.superscript)


def notes_after_marks(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each note (a text block opening with a figure some earlier block marks, after the last
    marking block) moved right after the block that marks it, its figure written raised."""
    marks: dict[str, int] = {}
    for i, b in enumerate(blocks):
        for m in _MARK.finditer(b.text or "") if b.kind in ("text", "item") else ():
            marks.setdefault(m.group(1), i)
    if not marks:
        return blocks
    last = max(marks.values())
    moved: dict[int, list[Block]] = {}
    out: list[Block | None] = list(blocks)
    for i, b in enumerate(blocks[last + 1:], last + 1):
        m = _NOTE.match(b.text or "") if b.kind == "text" else None
        raised = m.group(1).translate(_RAISED) if m else ""
        if raised in marks:
            moved.setdefault(marks.pop(raised), []).append(Block("text", raised + " " + b.text[m.end():]))
            out[i] = None
    if not moved:
        return blocks
    result: list[Block] = []
    for i, b in enumerate(out):
        if b is not None:
            result.append(b)
        result += moved.get(i, [])
    return result
