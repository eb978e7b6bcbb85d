"""An html page whose tables are grids of ``<div>`` s with ARIA roles (lead-47, from set 43's Mooloolaba report):
``role="table"``, ``role="row"``, ``role="columnheader"`` and ``role="cell"``. Read as loose text, each row's cells
were lines of a paragraph, the first value's row cut from its second (``Rescues`` / ``61`` then ``48`` alone), and no
value was read with its column's name. A grid the page marks as a table is a table. Made-up page in that shape."""
from __future__ import annotations

from tests.files import load

_PAGE = """<html><head><title>Annual Report</title></head><body><main>
<h1>Coolum Surf Club: Annual Report 2024-25</h1>
<h2>Patrol statistics</h2>
<div class="grid" role="table" aria-label="Patrol statistics">
  <div class="row head" role="row">
    <div class="cell" role="columnheader">Measure</div>
    <div class="cell" role="columnheader">2024-25</div>
    <div class="cell" role="columnheader">2023-24</div>
  </div>
  <div class="row" role="row">
    <div class="cell" role="cell">Rescues</div><div class="cell" role="cell">37</div>
    <div class="cell" role="cell">29</div>
  </div>
  <div class="row" role="row">
    <div class="cell" role="cell">Patrol hours</div><div class="cell" role="cell">6,120</div>
    <div class="cell" role="cell">5,480</div>
  </div>
</div>
<h2>Nippers</h2>
<p>Nippers had 210 registered children.</p>
</main></body></html>"""


def test_a_grid_marked_as_a_table_is_read_as_one_with_its_header():
    doc = load(_PAGE.encode(), "report.html")
    tables = [p for p in doc.body if p.kind == "table"]
    assert tables, [p.text for p in doc.body]
    text = tables[0].text
    assert "Rescues" in text and "2024-25：37" in text.replace(": ", "：") or "2024-25: 37" in text
    assert "6,120" in text and "5,480" in text


def test_each_row_of_a_grid_reads_its_values_together():
    doc = load(_PAGE.encode(), "report.html")
    assert not any(p.text.strip() in ("29", "5,480") for p in doc.body)
