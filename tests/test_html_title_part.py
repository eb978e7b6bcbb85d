"""An html page whose heading says more than its ``<title>``'s own part (``<title>`` ``常见问题 - 星河市红十字会`` over
the heading ``常见问题解答（2025年7月更新）``): the other part of the ``<title>`` is still the site that published it,
and its name (so its place) signs the page, as it does where the heading is the title's part word for word (set-48).
Made-up pages in that style."""
from __future__ import annotations

from tests.files import load


def _page(title: str, heading: str) -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="topbar">星河市红十字会　｜　首页 › 常见问题</div>
<h1>{heading}</h1>
<p>以下问答由宣传部整理。</p>
<h2>培训</h2>
<p>救护员培训免费，每月开班两次，每班限30人。</p>
<h2>联系我们</h2>
<p>办公室电话：0756-1234567。</p>
<footer>星河市红十字会 版权所有</footer></body></html>""".encode()


def test_a_heading_longer_than_the_titles_own_part_is_signed_by_the_site_the_title_names():
    doc = load(_page("常见问题 - 星河市红十字会", "常见问题解答（2025年7月更新）"), "faq.html")
    assert doc.title == "常见问题解答（2025年7月更新）"
    assert doc.author == "星河市红十字会"


def test_a_title_part_the_heading_does_not_hold_names_no_site():
    doc = load(_page("办事指南 - 星河市红十字会", "常见问题解答（2025年7月更新）"), "faq.html")
    assert doc.author is None
