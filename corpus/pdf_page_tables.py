"""A PDF's tables collected page by page while pypdf reads it: the pieces of text and ruling lines of one page at a
time, read for tables drawn as ruled grids (``pdf_rules``) and tables set in aligned columns (``pdf_grid``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reportbot.corpus.pdf_grid import GridTable, grid_tables
from reportbot.corpus.pdf_marks import raised_marks
from reportbot.corpus.pdf_pieces import Piece, collector
from reportbot.corpus.pdf_rules import RuleCollector, ruled_tables
from reportbot.corpus.pdf_spacing import LineBox, line_boxes


class PageGrids:
    """The tables of a PDF's pages, found page by page as pypdf reads them: ``visitors(n)`` are page ``n``'s
    ``visitor_text`` and ``visitor_operand_before`` (pages in order), and a page's pieces and ruling lines are
    dropped once its tables are found, so a 2,000-page PDF never holds every piece of its text at once. Tables
    drawn as ruled grids are read from their ruling lines (``pdf_rules``), the others from their text's columns."""

    def __init__(self, clean: Callable[[str], str] = str) -> None:
        self.pages: list[list[GridTable]] = []
        self.lines: list[list[LineBox]] = []  # each page's lines as drawn (pdf_spacing)
        self.marks: list[list[tuple[str, str]]] = []  # each page's footnote marks set small after a word (pdf_marks)
        self._pieces: list[Piece] | None = None
        self._rules: RuleCollector | None = None
        self._clean = clean

    def visitors(self, n: int) -> dict[str, Callable]:
        self._close()
        self._pieces, self._rules = [], RuleCollector()
        return {"visitor_text": collector(self._pieces), "visitor_operand_before": self._rules}

    def _close(self) -> None:
        if self._pieces is not None and self._rules is not None:
            pieces = [replace(p, text=self._clean(p.text)) for p in self._pieces]
            # the ruled first: where both read a table from one line, the ruled one is taken (pdf_tables._grid_at)
            self.pages.append(ruled_tables(pieces, self._rules.rules) + grid_tables(pieces))
            self.lines.append(line_boxes(pieces))
            self.marks.append(raised_marks(pieces))
            self._pieces = self._rules = None

    def done(self) -> list[list[GridTable]]:
        """Each page's tables, the first page first."""
        self._close()
        return self.pages
