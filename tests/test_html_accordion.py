"""A FAQ page set as an accordion (lead-47, from set 43's Zhuhai FAQ): each question is a ``<button>`` that opens the
panel holding its answer (``aria-controls`` naming the panel). Buttons were dropped as page controls, so each answer
was read without its question (``可以。…`` answering nothing a reader could see). A button that opens a panel of text
on the page is the question its panel answers, read over it as a ``<details>`` entry's summary is. Made-up pages."""
from __future__ import annotations

from tests.files import load

_PAGE = """<html><head><title>常见问题 - 白河市红十字会</title></head><body>
<header><button class="menu" aria-expanded="false" aria-controls="site-menu">菜单</button>
<nav id="site-menu"><a href="/">首页</a> <a href="/news">新闻</a></nav></header>
<h1>常见问题解答</h1>
<h2>培训</h2>
<button class="acc" aria-expanded="false" aria-controls="q1">参加救护员培训要交钱吗？</button>
<div class="panel" id="q1" hidden>不要。市民参加救护员培训免费，教材费由市红十字会承担。</div>
<button class="acc" aria-expanded="false" aria-controls="q2">单位可以预约上门培训吗？</button>
<div class="panel" id="q2" hidden>可以。满20人的单位可预约上门培训。</div>
<h2>献血</h2>
<button type="button" class="acc" aria-controls="q3">献血后多久可以再献？</button>
<div class="panel" id="q3" hidden><p>献全血后间隔不少于6个月。</p></div>
<form><button type="submit">提交</button></form>
<p>页面最后更新：2025年3月2日。</p>
</body></html>"""


def _passages(doc) -> list[str]:
    return [p.text for p in doc.body]


def test_an_accordion_question_is_read_with_the_answer_it_opens():
    texts = _passages(load(_PAGE.encode(), "faq.html"))
    assert any("单位可以预约上门培训吗？" in t and "满20人的单位" in t for t in texts)
    assert any("参加救护员培训要交钱吗？" in t and "培训免费" in t for t in texts)


def test_an_answer_in_a_paragraph_of_its_panel_is_read_with_its_question():
    texts = _passages(load(_PAGE.encode(), "faq.html"))
    assert any("献血后多久可以再献？" in t and "不少于6个月" in t for t in texts)


def test_a_menu_button_and_a_form_button_are_no_text_of_the_page():
    texts = " ".join(_passages(load(_PAGE.encode(), "faq.html")))
    assert "菜单" not in texts and "提交" not in texts
