"""A line break inside a table's cell (``<br>`` in a Markdown or html table) keeps the cell's lines apart, as a
paragraph's line breaks are (``；`` / ``; ``): neither the tag written into the passage nor the lines run together."""
from __future__ import annotations

from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text

FAQ = """# 遗体捐献接收单位

| 县（市、区） | 接收单位 | 备注 |
| --- | --- | --- |
| 广陵区 | 扬州大学医学院 | 24小时接收<br>电话0514-87978800 |
| 宝应县 | 南京医科大学 | 跨市接收<br/>红会协助办理手续 |
"""

PAGE = """<html><body><h1>Patrol contacts</h1>
<table><tr><th>Club</th><th>Contact</th></tr>
<tr><td>Bulli SLSC</td><td>Patrol captain<br>Josh Ferreira</td></tr>
<tr><td>Thirroul SLSC</td><td>Club office<br/>Open weekends</td></tr></table></body></html>"""


def _table(text: str, name: str):
    doc = parse_text(read_document(text.encode(), name), name)
    return next(p for p in doc.paragraphs if p.kind == "table")


def test_a_markdown_cells_br_parts_its_lines_and_is_not_stored_as_a_tag():
    table = _table(FAQ, "faq.md")
    assert "广陵区 — 接收单位：扬州大学医学院；备注：24小时接收；电话0514-87978800" in table.sentences
    assert "<br" not in table.shown
    assert "| 宝应县 | 南京医科大学 | 跨市接收；红会协助办理手续 |" in table.written


def test_an_html_cells_br_parts_its_lines_rather_than_running_them_together():
    table = _table(PAGE, "contacts.html")
    assert "Bulli SLSC: Patrol captain; Josh Ferreira" in table.sentences
    assert "Thirroul SLSC: Club office; Open weekends" in table.sentences
