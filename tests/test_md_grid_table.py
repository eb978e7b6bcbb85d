"""A Markdown report with a grid table (``+---+`` borders, ``+===+`` under the header, a cell running onto a second
line), in set 46's shape (lead50, from its Ulladulla surf club report). CommonMark knows no grid table: its lines
ran into one paragraph of bars and dashes, and a row's figures were no field under their column's name. Read as a
table, each row under its header, a cell's two lines one cell. Made-up text in that shape."""
from __future__ import annotations

from tests.files import load

REPORT = """Kiama Bay Surf Life Saving Club
===============================

Season Statistics
-----------------

+-------------------+-----------+-----------+
| Measure           | 2024-25   | 2023-24   |
+===================+===========+===========+
| Patrol hours      | 5,120     | 4,980     |
+-------------------+-----------+-----------+
| Preventative      | 912       | 870       |
| actions           |           |           |
+-------------------+-----------+-----------+
| Beach visitors    | 48,200    | 45,900    |
+-------------------+-----------+-----------+

Finance
-------

The club recorded revenue of $210,300.
"""


def test_a_grid_tables_rows_read_under_their_header():
    doc = load(REPORT.encode(), "report.md")
    table = next(p for p in doc.body if "48,200" in p.text)
    assert table.kind == "table"
    assert "+----" not in table.text and "====" not in table.text
    assert "Beach visitors — 2024-25: 48,200; 2023-24: 45,900" in table.text


def test_a_cell_on_two_lines_is_one_cell():
    doc = load(REPORT.encode(), "report.md")
    table = next(p for p in doc.body if "912" in p.text)
    assert "Preventative actions — 2024-25: 912" in table.text
