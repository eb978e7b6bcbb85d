"""A PDF's printed title read once: the title field's heading stands for the title its first page prints.

A PDF whose title field is set stores that title as its first heading, and its first page prints the title again in
large type: read as a heading too, the title stood twice in the stored text and headed the opening lines, so their
context read it twice (``Anji County … Report`` › ``Anji County … Report``). The printed title may be wrapped over two
lines, each read as a heading (``Porthlowen Lifeboat Station`` / ``Annual Review 2024``), or differ from the field
only in its punctuation and case (``Galway Area Red Cross: Statistics Bulletin 2024``). A printed line naming only a
part of the title (the body issuing it) or more than the title (``…Handbook, 2026 Edition``) says something the title
field does not, and stays. Pure function over a document's blocks.
"""
from __future__ import annotations

import re

from reportbot.corpus.blocks import Block

_NOT_WORD = re.compile(r"[\W_]+")


def _folded(text: str) -> str:
    """A title as compared: its letters and figures, case folded (spaces, punctuation and dashes aside)."""
    return _NOT_WORD.sub("", text).casefold()


def without_printed_title(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the headings opening the document right under its title's heading (page marks aside, before
    any text) that print that title again: one heading, or a run of them, whose letters and figures are the title's
    (:func:`_folded`); the blocks as they are when the first page opens otherwise."""
    at = [i for i, b in enumerate(blocks) if b.kind != "page"]
    if len(at) < 2 or blocks[at[0]].kind != "heading" or blocks[at[0]].level != 1:
        return blocks
    want, seen = _folded(blocks[at[0]].text), ""
    for n, i in enumerate(at[1:], start=1):
        if blocks[i].kind != "heading" or not want.startswith(seen + _folded(blocks[i].text)):
            return blocks
        seen += _folded(blocks[i].text)
        if seen == want:
            drop = set(at[1:n + 1])
            return [b for k, b in enumerate(blocks) if k not in drop]
    return blocks
