"""An html page with no ``<main>`` whose first line is the site's bar: its name and a breadcrumb trail (``星河市红十字会
Xinghe Red Cross ｜ 首页 › 办事服务 › 常见问题``). The bar names other pages and the site, none of the page's facts:
read as a passage, it came first for questions naming the organisation (``xinghe red cross, its office's
line``) over the page's contact table (set-48, from set 43's Zhuhai FAQ). Made-up pages in that style."""
from __future__ import annotations

from tests.files import load


def _page(bar: str) -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>常见问题 - 星河市红十字会</title></head><body>
<div class="topbar">{bar}</div>
<h1>常见问题解答（2025年5月更新）</h1>
<p>以下问答由星河市红十字会宣传部整理。</p>
<h2>培训</h2>
<p>救护员培训免费，每月开班两次，每班限30人。</p>
<h2>联系我们</h2>
<table><tr><th>部门</th><th>电话</th></tr><tr><td>市红十字会办公室</td><td>0758-3312046</td></tr></table>
</body></html>""".encode()


def test_a_site_bar_of_a_name_and_a_breadcrumb_is_no_passage():
    doc = load(_page("星河市红十字会　Xinghe Red Cross　｜　首页 › 办事服务 › 常见问题"), "faq.html")
    assert not any("首页" in p.text or "Xinghe Red Cross" in p.text for p in doc.body)
    assert doc.body[0].text.startswith("以下问答由星河市红十字会宣传部整理")


def test_a_line_with_more_than_a_name_beside_its_trail_keeps_its_words():
    doc = load(_page("热线电话：0758-3312046，周一至周五开放。　当前位置：首页 > 办事服务 > 常见问题"), "faq.html")
    texts = [p.text for p in doc.body]
    assert "热线电话：0758-3312046，周一至周五开放。" in texts
    assert not any("首页" in t for t in texts)


def test_a_long_line_of_arrows_is_read_in_linear_time():
    # a line of 5,000 characters repeating a home word and arrows (a pasted menu): its words are kept, and it is read
    # at once (the trail's pattern had backtracked over every way of cutting each step: minutes for this line)
    import time

    from reportbot.corpus.blocks import Block
    from reportbot.corpus.html_crumbs import without_trails

    line = "首页 › 本站 " * 700
    start = time.perf_counter()
    out = without_trails([Block("text", line)])
    assert len(out) == 1 and len(out[0].text) > 5000 and line.startswith(out[0].text)
    assert time.perf_counter() - start < 1.0
