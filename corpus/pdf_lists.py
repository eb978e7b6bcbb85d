"""Lists that a PDF's text layer has taken apart, put back together: hanging numbers, and bullet glyphs.

pypdf gives a list set with hanging numbers as each number on a line of its own ("1", then the recommendation).
Read line by line, each number becomes a passage of its own ("6"), and "how many recommendations" finds
"9. Recommendations / 1". Here a paragraph that is only a number and the paragraph after it become one list item
that keeps its number ("(1) Pre-register …"), when the numbers count up from 1. Pure function over the paragraphs
:func:`reportbot.corpus.pdf_lines.join_wrapped_lines` makes of a page.

A slide's bullet glyph drawn by itself left of its text comes out as a line of its own ("•", then the text), which
joined the line before it as a wrapped word (``… Board of Trustees •``) and left the text a heading;
``glyphs_on_items`` puts each glyph back before its text, as the page draws it. An item's wrapped lines hang under
its text, right of its glyph; ``item_tails`` finds them where the page's lines as drawn are known, so a tail
shorter than the page's widest line (``workplaces``) or led by a dash (``- 2:00 p.m.``, a range broken at its dash)
goes on its item, and is no table's cell (``pdf_tables.segments``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportbot.corpus.blocks import Block

if TYPE_CHECKING:
    from reportbot.corpus.pdf_spacing import LineBox

_NUMBER = re.compile(r"\d{1,2}[.)]?")

# pdf_lines.BULLET's glyphs but a hyphen (which stands alone in a table's empty cell) and a control character
_GLYPH = r"[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\u25a0\u25a1\u27a2\u2713\uf0b7\uf0a7\uf076\uf0d8\uf0fc]"
_LONE_GLYPH = re.compile(rf"\s*{_GLYPH}\s*")  # a glyph alone on its line
_GLYPH_LED = re.compile(rf"\s*{_GLYPH}\s")  # a line a glyph opens


def glyphs_on_items(lines: list[str]) -> list[str]:
    """A page's text lines with a bullet glyph alone on its line put before the line after it, its item's text
    (``•`` / ``Plasma: 3,940 donations`` reads ``• Plasma: 3,940 donations``); a glyph with no text after it (the
    page's last line, or another glyph next) stays as it was."""
    out: list[str] = []
    for line in lines:
        if out and _LONE_GLYPH.fullmatch(out[-1]) and not _LONE_GLYPH.fullmatch(line) and line.strip():
            out[-1] = f"{out[-1].strip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _number(para: str) -> int | None:
    return int(para.rstrip(".)")) if _NUMBER.fullmatch(para) else None


_ITEM = re.compile(r"\((\d{1,2})\) ")


def last_item(blocks: list[Block]) -> int:
    """The number of the hanging-number item the blocks so far end with (page marks aside), 0 when they end
    otherwise: a list that a page break cut goes on from it on the next page."""
    last = next((b for b in reversed(blocks) if b.kind != "page"), None)
    m = _ITEM.match(last.text) if last is not None and last.kind == "item" else None
    return int(m[1]) if m else 0


def numbered_items(paras: list[str], last: int = 0) -> list[Block | str]:
    """The paragraphs with each number-alone paragraph and the text after it as one item block (when the numbers
    count up from 1, or go on from the last item, ``last`` on an earlier page); the other paragraphs as they were,
    for the caller to read."""
    out: list[Block | str] = []
    i = 0
    while i < len(paras):
        n = _number(paras[i])
        if n is not None and n in (1, last + 1) and i + 1 < len(paras) and _number(paras[i + 1]) is None \
                and not paras[i + 1][:1].isdigit():
            out.append(Block("item", f"({n}) {paras[i + 1]}"))
            last, i = n, i + 2
            continue
        out.append(paras[i])
        i += 1
    return out


@dataclass(frozen=True)
class ItemLayout:
    """Where a bulleted item's wrapped lines stand, in its font sizes. Set by hand on set 38's deck (text 1.3 sizes
    right of the glyph, lines 1.4 sizes apart, items 2 sizes) and the made-up deck of ``tests/test_pdf_slides.py``,
    not fitted."""

    # a wrapped line starts at least this far right of its item's glyph (a line under the glyph is a paragraph of its
    # own) and at most this far (a chart's label beside the list stands far right)
    hang_least: float = 0.3
    hang: float = 3.0
    # and at most this far below the line above it (a line spacing, not a gap between sections)
    leading: float = 2.0


ITEMS = ItemLayout()


def item_tails(lines: Sequence[str], boxes: Sequence[LineBox]) -> list[bool]:
    """For each of a page's ``lines``, whether it is a wrapped line of the bulleted item above it, as the page draws
    them (``boxes``): no glyph of its own (or a dash, when its item's line above ran as wide as the page's widest
    item: a range broken at its dash, ``Saturdays 8:00 a.m.`` / ``- 2:00 p.m.``), set in its item's size, hanging
    right of the item's glyph (under its text, not beside it in a chart) and close below the line above, which is
    the item's or one of its tails (``ITEMS``)."""
    from reportbot.corpus.pdf_lines import BULLET
    from reportbot.corpus.pdf_pieces import squash
    from reportbot.corpus.pdf_spacing import SPACING, found_boxes

    # (a line drawn on one baseline with a chart's figure beside it is found in their one box: where it stands, not
    # where it ends)
    found = found_boxes(lines, boxes, parts=True)
    widest = max((b.end for x, b in zip(lines, found) if b is not None and b.key == squash(x) and _GLYPH_LED.match(x)),
                 default=0.0)
    out: list[bool] = []
    item = None  # the box of the bulleted line whose tails may follow
    for i, (line, box) in enumerate(zip(lines, found)):
        above = found[i - 1] if i else None
        tail = item is not None and box is not None and above is not None \
            and (not BULLET.match(line) or line.lstrip().startswith("-") and above.end >= widest - item.size) \
            and abs(box.size - item.size) <= SPACING.size_slack \
            and ITEMS.hang_least * item.size < box.x - item.x <= ITEMS.hang * item.size \
            and 0 < above.y - box.y <= ITEMS.leading * item.size
        out.append(tail)
        if not tail:
            item = box if box is not None and _GLYPH_LED.match(line) else None
    return out




def item_lines(lines: Sequence[str], boxes: Sequence[LineBox]) -> list[bool]:
    """For each of a page's ``lines``, whether it is a bulleted item's: opened by a glyph, or one of its wrapped lines
    (:func:`item_tails`)."""
    return [bool(_GLYPH_LED.match(x)) or tail for x, tail in zip(lines, item_tails(lines, boxes))]
