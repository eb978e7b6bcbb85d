"""A PDF table's row of column groups: a short label drawn centred over two or more of the columns below it
(``2023年`` over 目标 and 完成, ``2024年`` over the next pair), the header naming what each column of the group holds.

``pdf_grid`` finds a table from the line whose pieces start where its columns do; a group's label starts between
columns, so its line stays outside the table and its labels were read as headings of their own (``## 2023年``),
and the columns under them lost which group they belong to (目标：13.5；完成：14.1；目标：14.5 …). Here such a
line, right above the table's header, is read into the header: each column a label stands over is named by it
and its own header cell (``2023年目标``). Pure functions over :class:`~reportbot.corpus.pdf_pieces.Piece` s.
"""
from __future__ import annotations

from reportbot.corpus.pdf_pieces import Piece

# a group's label is short: a year, a period, a name of a few words (a longer line over a table is its caption)
MAX_LABEL_CHARS = 16
# the line stands no further above the header than this many times the table's own row pitch (a caption stands
# apart from its table; a row of groups is set as one of its rows)
MAX_PITCH_SHARE = 1.25


def _spans(piece: Piece, columns: list[float], width: float) -> list[int]:
    """The columns (after the first, the label column) whose range (from its start to the next one's) the piece's
    drawn extent overlaps."""
    left, right = piece.x, piece.x + width
    out = []
    for k in range(1, len(columns)):
        end = columns[k + 1] if k + 1 < len(columns) else float("inf")
        if left < end and right > columns[k]:
            out.append(k)
    return out


def grouped_header(above: list[Piece], header: tuple[str, ...], columns: list[float], pitch: float,
                   gap: float, width) -> tuple[str, ...] | None:
    """The table's header with the groups ``above`` names written into it, or None when ``above`` is no row of
    groups: two or more short labels, none in the label column, each over two columns or more and no column under
    two, standing no further above the header than ``MAX_PITCH_SHARE`` of the table's row pitch (``gap``: how far
    it stands; ``width(piece)``: about how wide a piece is drawn)."""
    labels = [p for p in above if p.text.strip()]
    if len(labels) < 2 or pitch <= 0 or gap > MAX_PITCH_SHARE * pitch:
        return None
    if any(len(p.text.strip()) > MAX_LABEL_CHARS or p.x < columns[1] - width(p) / 2 for p in labels):
        return None
    spans = [_spans(p, columns, width(p)) for p in labels]
    under = [k for span in spans for k in span]
    if any(len(span) < 2 for span in spans) or len(under) != len(set(under)):
        return None
    named = {k: p.text.strip() for p, span in zip(labels, spans) for k in span}
    return tuple(_joined(named[k], cell) if k in named else cell for k, cell in enumerate(header))


def _joined(group: str, cell: str) -> str:
    """A group's label before a column's header cell: a space between Latin words (``2024 Target``), none beside
    Chinese (``2024年目标``)."""
    if not cell:
        return group
    return f"{group} {cell}" if group[-1].isascii() and cell[0].isascii() else group + cell
