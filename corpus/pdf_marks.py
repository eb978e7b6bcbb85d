"""Footnote marks a PDF sets as small figures after a word (``floodwater.¹``, drawn as a ``1`` in a smaller size):
pypdf's text layer runs the figure into the word (``floodwater.1``). Found among a page's pieces of text as drawn,
and written back as superscript figures, which ``normalize`` reads as a footnote's mark, as it does ``person¹``
typed so.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from reportbot.corpus.pdf_pieces import Piece

# a mark is set this much smaller than the text before it, or smaller still (a footnote's figure, 8.5 pt after 10.5)
_SMALLER = 0.85
_TAIL = 12  # characters of the text before a mark that find it in the page's text layer
_FIGURES = re.compile(r"\d{1,2}")
_SUPERSCRIPT = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")


def raised_marks(pieces: Sequence[Piece]) -> list[tuple[str, str]]:
    """The footnote marks among a page's pieces, each as the end of the text drawn before it and its figures: a
    piece of one or two figures alone, drawn right after a piece on its line that ends in a word or a mark (no space,
    no figure: a table's cells and a figure's digits stand apart), in a clearly smaller size."""
    out = []
    for before, piece in zip(pieces, pieces[1:]):
        figures, tail = piece.text.strip(), before.text.rstrip("\r\n")
        if not _FIGURES.fullmatch(figures) or not tail or tail[-1].isspace() or tail[-1].isdigit():
            continue
        if abs(piece.y - before.y) <= before.size and piece.size <= _SMALLER * before.size:
            out.append((tail[-_TAIL:], figures))
    return out


def superscripted(text: str, marks: Sequence[tuple[str, str]]) -> str:
    """A page's text with each of its footnote marks (``raised_marks``) written as superscript figures, right after
    the text before it: a mark raised higher than the line's spacing allows is set by the text layer on a line of its
    own (``…党支部”。`` / ``1`` / ``全市现有…``), where it read as a list number opening the next line. The footnote
    a mark calls, a line below it opening with the same figures set apart by a gap (``1  命名文件为…``), is read as
    its text alone, as a Markdown footnote is: its number had run into its text (``1命名…``) and been quoted so."""
    for tail, figures in marks:
        at = re.compile(rf"{re.escape(tail)}(?:{figures}|\n{figures}(?=\n|$))")
        marked = tail + figures.translate(_SUPERSCRIPT)
        found = at.search(text)
        if found is None:
            continue
        text = text[:found.start()] + marked + text[found.end():]
        after = found.start() + len(marked)
        note = re.compile(rf"(?m)^{figures}(?: {{2,}}|\t)(?=\S)").search(text, after)
        if note is not None:
            text = text[:note.start()] + text[note.end():]
    return text
