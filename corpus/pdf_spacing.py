"""Where a PDF page's paragraphs end, read from where its lines stand: the gap between lines, the room left on one.

The text layer alone cannot tell a paragraph that ends at a full line with a full stop from a sentence that ended
there while its paragraph went on: both read "… schools and workplaces." / "Supermarket collection points …". The
page tells them apart. A page that parts its paragraphs with a wider gap than its lines (most reports) sets a line
at its paragraph's line spacing only when the paragraph goes on. A page that parts them with no gap still shows it:
a line that stops with room left for the next line's first word ended its paragraph; a line too full for that word
only wrapped. Pure functions over :class:`~reportbot.corpus.pdf_pieces.Piece` s, which carry where each piece ends
(``end``) and how wide its first word is (``lead``), from the font's widths.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reportbot.corpus.pdf_columns import gutters, split_at
from reportbot.corpus.pdf_pieces import Piece, squash


@dataclass(frozen=True)
class SpacingLayout:
    """How the gaps between a page's lines are read. Set by hand on the English PDFs of ``bench/library`` (lines
    12.5-15 pt apart, paragraphs 16.5-23 pt) and the made-up pages of ``tests/test_pdf_spacing.py``; they shape the
    documents' texts, so the index manifest records them (``tunables``)."""

    # a gap more than this many times the page's line spacing parts two paragraphs (a paragraph gap adds a third of
    # a line or more; baselines of one paragraph differ by well under a point)
    paragraph_gap: float = 1.2
    # a line that starts this many font sizes right of the line above starts a paragraph (a Chinese first line is
    # indented two characters, an English one 1-2 em; a list item's wrapped lines hang under its text, about an em
    # right of its marker)
    indent: float = 1.5
    # a document parts its paragraphs with gaps when at least this share of the gaps between lines of one size (and
    # two) are paragraph gaps (the bench's gapped PDFs: 15-60%; a page of prose without gaps has none)
    gapped_share: float = 0.1
    # two lines are set in one font size when their sizes differ by at most this (points)
    size_slack: float = 0.3
    # a word would have fitted on a line when it ends within this many font sizes past the widest line's end (widths
    # read from the font's metrics are a little off, and a line may run a little past the others)
    edge_slack: float = 0.5


SPACING = SpacingLayout()


@dataclass(frozen=True, slots=True)
class LineBox:
    """One line as drawn: its text without spaces (to find it in the text layer), where it starts and ends, its
    baseline and font size, how wide its first word is, and whether most of it is drawn in a bold face."""

    key: str
    parts: int
    x: float
    end: float
    y: float
    size: float
    lead: float
    bold: bool = False
    column: int = 0  # on a page set in columns, 1 the leftmost, 2 the next…; 0 a line across a gutter (pdf_columns)
    gap: float = 0.0  # the widest room between two of its pieces (a tab stop's, before a right-aligned price)


def line_boxes(pieces: Sequence[Piece], line_slack: float = 0.3) -> list[LineBox]:
    """A page's pieces grouped by baseline into lines, top line first."""
    groups: list[list[Piece]] = []
    for p in sorted((p for p in pieces if p.text.strip()), key=lambda p: (-p.y, p.x)):
        if groups and abs(groups[-1][0].y - p.y) <= line_slack * max(p.size, 1.0):
            groups[-1].append(p)
        else:
            groups.append([p])
    for g in groups:
        g.sort(key=lambda p: p.x)
    ats = gutters(groups)  # a page set in columns: each column's lines are lines (pdf_columns)
    out = []
    for column, g in split_at(groups, ats) if ats else ((0, g) for g in groups):
        out.append(LineBox(squash("".join(p.text for p in g)), len(g), g[0].x, max(p.end for p in g), g[0].y,
                           line_size(g), g[0].lead,
                           2 * sum(len(p.text.strip()) for p in g if p.bold) > sum(len(p.text.strip()) for p in g),
                           column, _widest_gap(g)))
    return out


def line_size(line: Sequence[Piece]) -> float:
    """The size a line is set in: the size most of its characters are drawn in, the largest of those tied. A label
    run in a size larger before the paragraph's text (``二、应急救护。`` over 10 pt text) does not make its first
    line a heading's: taking the largest, that line was a heading over the paragraph's other lines."""
    chars: dict[float, int] = {}
    for p in line:
        chars[round(p.size, 1)] = chars.get(round(p.size, 1), 0) + len(p.text.strip())
    most = max(chars.values())
    return max(size for size, n in chars.items() if n == most)


def _widest_gap(line: Sequence[Piece]) -> float:
    return max((b.x - a.end for a, b in zip(line, line[1:]) if a.end > a.x), default=0.0)


@dataclass(frozen=True)
class Measure:
    """How a document sets its lines, read over all its pages (one page may hold too few lines to tell): the line
    spacing of each font size, whether paragraphs are parted by gaps, and where each size's widest line ends."""

    spacing: dict[float, float]
    gapped: bool
    right: dict[float, float]

    def of(self, size: float) -> tuple[float | None, float]:
        key = round(size * 2) / 2
        return self.spacing.get(key), self.right.get(key, 0.0)


def measure(pages: Sequence[Sequence[LineBox]], layout: SpacingLayout = SPACING) -> Measure:
    """A document's :class:`Measure`. The line spacing is the narrowest gap (to half a point) between two lines of
    one size that occurs more than once; not the commonest: in a report of one-line paragraphs most gaps are
    paragraph gaps. The paragraphs are parted by gaps when a share of the gaps between lines of one size are wider
    than the line spacing (and under three lines). Lines drawn in pieces (a table's rows, whose wrapped cells stand
    closer; a bullet and its text) say nothing."""
    right: dict[float, float] = {}
    for b in (b for boxes in pages for b in boxes):
        right[round(b.size * 2) / 2] = max(right.get(round(b.size * 2) / 2, 0.0), b.end)
    pairs = [(a, b, round(a.size * 2) / 2) for boxes in pages for a, b in zip(boxes, boxes[1:], strict=False)
             if a.parts == b.parts == 1 and abs(a.size - b.size) <= layout.size_slack and a.y > b.y]
    gaps: dict[float, Counter] = {}
    for a, b, size in pairs:
        gaps.setdefault(size, Counter())[round((a.y - b.y) * 2) / 2] += 1
    spacing = {size: g for size, c in gaps.items() if (g := min((g for g, n in c.items() if n > 1), default=0.0))}
    wide = sum(1 for a, b, size in pairs
               if size in spacing and spacing[size] * layout.paragraph_gap < a.y - b.y < 3 * spacing[size])
    return Measure(spacing, wide >= max(2, layout.gapped_share * len(pairs)), right)


def continues(lines: Sequence[str], boxes: Sequence[LineBox], document: Measure,
              layout: SpacingLayout = SPACING) -> list[bool | None]:
    """For each of ``lines`` (a page's), whether the layout says it goes on the paragraph of the line before (True),
    starts a new one (False), or cannot tell (None: the first line, a line not found among the page's ``boxes``, a
    change of font size, a piece without its width).

    A gap wider than the line spacing starts a paragraph, and so does a line indented from the one above. In a
    document that parts its paragraphs with gaps, a line at the line spacing goes on; in one that does not, it goes
    on when the line before had no room left for its first word (and the layout cannot tell when it had).
    """
    found = found_boxes(lines, boxes)
    out: list[bool | None] = [None] if lines else []
    for a, b in zip(found, found[1:], strict=False):
        spacing, right = document.of(a.size) if a is not None else (None, 0.0)
        if a is None or b is None or spacing is None or abs(a.size - b.size) > layout.size_slack or a.y <= b.y:
            out.append(None)  # (a line drawn level with or above the one before: another column, a text box)
        elif a.y - b.y > spacing * layout.paragraph_gap or b.x - a.x >= layout.indent * b.size:
            out.append(False)  # a paragraph gap, or a first line indented (首行缩进两字)
        elif document.gapped:
            out.append(True)
        elif a.end > 0 and b.lead > a.size:
            # the next word, after a space, would not have fitted on the line: the line only wrapped (a word that
            # would have fitted says nothing: a ragged-right page breaks its lines after clauses; nor does a word
            # narrower than an em: a Chinese character never fits after a full line, paragraph's end or not)
            out.append(True if a.end + 0.25 * a.size + b.lead > right + layout.edge_slack * a.size else None)
        else:
            out.append(None)
    return out


def found_boxes(lines: Sequence[str], boxes: Sequence[LineBox], parts: bool = False) -> list[LineBox | None]:
    """Each text line's box: the first box after the last one found that spells it; with ``parts``, a line no box
    spells takes the box it opens or closes (:func:`_part_of`), for where it is drawn, not its measure."""
    spelling: dict[str, list[int]] = {}  # each key's boxes, in the order drawn
    for j, box in enumerate(boxes):
        spelling.setdefault(box.key, []).append(j)
    out: list[LineBox | None] = []
    at, used = 0, set()
    for line in lines:
        same = [j for j in spelling.get(squash(line), ()) if j not in used] if squash(line) else []
        # the text layer gives lines in the order drawn, mostly top down; a footer drawn first comes first
        hit = next((j for j in same if j >= at), same[0] if same else None)
        if hit is None and parts and (part := _part_of(squash(line), boxes, at)) is not None:
            out.append(boxes[part])  # (one of the box's pieces: the next line may be another)
            at = part
            continue
        out.append(None if hit is None else boxes[hit])
        if hit is not None:
            at = hit + 1
            used.add(hit)
    return out


def _part_of(key: str, boxes: Sequence[LineBox], at: int) -> int | None:
    """The box, the first after ``at`` if any, that joins pieces drawn apart on one baseline and opens or closes with
    the line ``key`` spells: a running header's left and right texts (St John South West … Annual Report 2024-25),
    which the text layer gives as two lines where the page has one box."""
    if not key:
        return None
    joined = [j for j, box in enumerate(boxes) if box.parts > 1 and box.key != key and
              (box.key.startswith(key) or box.key.endswith(key))]
    return next((j for j in joined if j >= at), joined[0] if joined else None)
