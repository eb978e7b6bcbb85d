"""An html page with a side box (``<aside>``) of facts beside its ``<main>`` and a site footer under both: the box is
read after the content and before the footer, its heading a section of its own (under no section of the content
and not under the site's name), and the footer's address stands in no section of the content (made-up pages)."""
from __future__ import annotations

from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text

_MAIN = """<main><h1>无偿献血须知（2025年版）</h1>
<section><h2>一、谁可以献血</h2><p>年龄18周岁至55周岁的健康公民可以献血，体重男性不低于50公斤。</p></section>
<section><h2>二、单位可以组织集体献血吗</h2><p>可以。组织20人以上团体献血的，血站可派献血车上门采血。</p></section>
</main>"""
_ASIDE = """<aside><h3>2024年全市献血数据</h3><ul><li>献血人次：8.62万人次</li><li>采血总量：29.4吨</li></ul>
<p>献血咨询热线：0595-22176120（8:30—17:30）</p></aside>"""
_FOOTER = "<footer><p>星海市中心血站　地址：星海市鲤城区中山路88号　闽ICP备10012345号</p></footer>"


def _page(title: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{_MAIN}{_ASIDE}{_FOOTER}</body></html>"


def _doc(title: str):
    return parse_text(read_document(_page(title).encode(), "page.html"), "page.html")


def _where(doc, words: str) -> tuple[str, ...]:
    return next(p.path for p in doc.body if words in p.text)


def test_the_side_box_stands_under_its_own_heading_and_the_footer_under_the_sites_name():
    doc = _doc("无偿献血须知（2025年版）- 星海市中心血站")
    assert _where(doc, "8.62万人次") == ("2024年全市献血数据",)
    assert _where(doc, "0595-22176120") == ("2024年全市献血数据",)
    assert _where(doc, "中山路88号") == ("星海市中心血站",)
    assert [p.text for p in doc.body].index(next(p.text for p in doc.body if "8.62万" in p.text)) < \
        [p.text for p in doc.body].index(next(p.text for p in doc.body if "中山路88号" in p.text))


def test_a_side_box_heading_stands_under_no_section_of_the_content_without_a_site_name():
    doc = _doc("无偿献血须知（2025年版）")
    assert _where(doc, "8.62万人次") == ("2024年全市献血数据",)
    assert _where(doc, "0595-22176120") == ("2024年全市献血数据",)
