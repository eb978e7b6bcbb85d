"""A table header over two rows whose upper row groups columns under a phrase (可减免的用血量 over 献血者本人 and
配偶及直系亲属): each column's name keeps the group and its own name apart (可减免的用血量·献血者本人), where run
together they would read as one phrase; a short name (目标, 2025年) still joins tight (made-up pages)."""
from __future__ import annotations

from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text

_TABLE = """<html><body><main><h1>用血费用减免</h1><p>献血者及其亲属临床用血时，按下表减免用血费用。</p>
<table><thead><tr><th rowspan="2">献血者累计献血量</th><th colspan="2">可减免的用血量</th></tr>
<tr><th>献血者本人</th><th>配偶及直系亲属</th></tr></thead>
<tbody><tr><td>不足800毫升</td><td>献血量的5倍</td><td>等量减免</td></tr>
<tr><td>1000毫升及以上</td><td>终身免费</td><td>等量减免</td></tr></tbody></table></main></body></html>"""


def _table(html: str):
    doc = parse_text(read_document(html.encode(), "page.html"), "page.html")
    return next(p for p in doc.body if p.kind == "table")


def test_a_group_phrase_over_column_phrases_keeps_them_apart():
    table = _table(_TABLE)
    assert "不足800毫升 — 可减免的用血量·献血者本人：献血量的5倍；可减免的用血量·配偶及直系亲属：等量减免" \
        in table.sentences
    assert "| 献血者累计献血量 | 可减免的用血量·献血者本人 | 可减免的用血量·配偶及直系亲属 |" in table.written


def test_a_year_over_short_names_still_joins_tight():
    table = _table("<html><body><main><h1>募捐</h1><table><tr><th rowspan='2'>指标</th><th colspan='2'>2025年</th>"
                   "</tr><tr><th>目标</th><th>完成</th></tr><tr><td>募集款物</td><td>2.4亿元</td><td>2.58亿元</td>"
                   "</tr><tr><td>献血</td><td>1.2万人次</td><td>1.3万人次</td></tr></table></main></body></html>")
    assert "募集款物 — 2025年目标：2.4亿元；2025年完成：2.58亿元" in table.sentences
