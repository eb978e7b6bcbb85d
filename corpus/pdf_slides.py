"""A PDF page laid out as a slide: its title, the line in its biggest type, heads what is on the page.

A deck exported to PDF sets each slide on a landscape page of few lines: a title in the biggest type at its top, then
bullets and a chart in smaller type. A report's headings are told by their size and shape (``pdf_loader._heading``),
and a slide's title is often no heading's shape: a question (``Why give blood?``), a label (``Contact: Ana Ruiz``), a
sentence (``2025: a record year.``). Read as text, it left the slide's bullets under the slide before's title. On a
slide-shaped page the biggest line is the heading whatever its shape. Pure functions over a page's size and its lines
as drawn (``pdf_spacing.LineBox``).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reportbot.corpus.pdf_sizes import SIZES
from reportbot.corpus.pdf_spacing import LineBox


@dataclass(frozen=True)
class SlideLayout:
    """What makes a page a slide. Set by hand on set 38's deck (10 to 16 lines a page, its title 28-32 pt over
    15 pt bullets) and the made-up deck of ``tests/test_pdf_slides.py``, not fitted; they shape the documents'
    texts, so the index manifest records them (``tunables``)."""

    # a slide holds at most this many lines as drawn (a landscape report's page of prose or a spreadsheet's holds
    # more)
    most_lines: int = 30
    # a title wraps over at most this many lines
    title_lines: int = 3


SLIDE = SlideLayout()


def landscape(page) -> bool:
    """Whether a pypdf page is shown wider than tall (its media box turned by its rotation)."""
    try:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        turned = int(page.get("/Rotate", 0) or 0) % 180 == 90
    except (TypeError, ValueError, KeyError, AttributeError):
        return False
    return (height > width) if turned else (width > height)


def slide_title(boxes: Sequence[LineBox], layout: SlideLayout = SLIDE) -> tuple[str, ...]:
    """The lines (by key) of a slide's title: on a page of at most ``most_lines`` lines, the lines drawn in its
    biggest size, clearly larger (``SIZES.heading_step``) than every other line, one under another at the top of
    the page's lines in that size or larger (lines in smaller type above them, a running header, aside); () when the
    page is no slide or has no such line."""
    if not boxes or len(boxes) > layout.most_lines:
        return ()
    biggest = max(b.size for b in boxes)
    title = [b for b in boxes if b.size >= biggest - SIZES.same_size]
    rest = [b.size for b in boxes if b.size < biggest - SIZES.same_size]
    if len(title) > layout.title_lines or (rest and biggest <= max(rest) * (1 + SIZES.heading_step)):
        return ()
    order = sorted(boxes, key=lambda b: -b.y)
    at = [order.index(b) for b in title]
    if max(at) - min(at) != len(at) - 1:  # (another line drawn between them: a callout set as large, no title)
        return ()
    below = Counter(round(b.size, 1) for b in order[max(at) + 1:])
    body = below.most_common(1)[0][0] if below else biggest
    if any(b.size >= body - SIZES.same_size for b in order[:min(at)]):
        return ()  # (a line in the body's size above it: the biggest line is no title over the page)
    return tuple(b.key for b in order[min(at):max(at) + 1])
