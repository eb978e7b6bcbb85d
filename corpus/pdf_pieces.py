"""The pieces of text a PDF draws, as pypdf reports them while it reads a page (``extract_text(visitor_text=...)``):
where each starts, its font size, where it ends, how wide its first word is and whether its face is bold. Tables
(``pdf_grid``, ``pdf_rules``) and paragraphs (``pdf_spacing``) are read from them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Piece:
    """A piece of text as drawn: its position (points from the page's bottom left), font size and order drawn; where
    it ends and how wide its first word is (0 when unknown; ``pdf_spacing``)."""

    x: float
    y: float
    size: float
    text: str
    order: int
    end: float = 0.0
    lead: float = 0.0
    bold: bool = False  # drawn in a bold face (``pdf_fonts.is_bold``)


_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """The text without its white space (a table's or a line's text as drawn, to find it in the text layer)."""
    return _SPACE.sub("", text)


# a line's first word: a Chinese character alone (a Chinese line may break after any), else up to a space or one
_FIRST_WORD = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")


def collector(into: list[Piece]):
    """A ``visitor_text`` for pypdf's ``extract_text`` that appends each piece of text drawn to ``into``."""

    from reportbot.corpus.pdf_fonts import FontWidths, is_bold

    widths = FontWidths()

    def visit(text: str, cm, tm, font_dict, font_size) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = abs(float(font_size or 0) * float(tm[3] or 1) * float(cm[3] or 1)) or 10.0
        wide = abs(float(font_size or 0) * float(tm[0] or 1) * float(cm[0] or 1)) or size
        end = float(x) + widths.width(text.rstrip(), font_dict, wide)
        lead = widths.width(_FIRST_WORD.match(text.strip()).group(), font_dict, wide)  # type: ignore[union-attr]
        into.append(Piece(float(x), float(y), size, text, len(into), end, lead, is_bold(font_dict)))

    return visit
