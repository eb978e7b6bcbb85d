"""Pages and Word files that state their structure loosely (docs32): text set in a ``<div>`` or ``<span>`` with no
paragraph around it, a figure's caption, sections headed by a bold paragraph instead of ``<h2>``, a Word file's title
set as a large bold line instead of the Title style."""
from __future__ import annotations

import io

from tests.files import load

ARTICLE = """<html><head><title>上半年工作简报</title></head><body><article><h1>上半年工作简报</h1>
<div class="meta">来源：红十字报 发布时间：2025-07-18</div>
<p><strong>一、党建工作扎实推进</strong></p>
<p>上半年召开理论学习中心组集体学习6次。</p>
<figure><img src="a.jpg" alt="转移群众">
<figcaption>6月24日，救援队在古南街道转移受困群众（摄影：陈渝）</figcaption></figure>
<p><strong>二、应急救援及时高效</strong></p>
<p>调派救援队12支、队员430人次。</p>
<div class="note">上半年共拨付救灾资金<span>150万元</span>，惠及<b>3160人</b>。</div>
<section><span>咨询电话：023-6388 5120</span></section>
</article></body></html>"""


def _passage(doc, words: str):
    return next(p for p in doc.paragraphs if words in p.text)


def test_text_set_in_a_div_or_span_without_a_paragraph_is_kept():
    doc = load(ARTICLE.encode(), "brief.html")
    assert "上半年共拨付救灾资金150万元，惠及3160人。" in _passage(doc, "救灾资金").text
    assert "咨询电话：023-6388 5120" in _passage(doc, "咨询电话").text
    assert "来源：红十字报" in _passage(doc, "来源").text


def test_a_figures_caption_is_kept():
    doc = load(ARTICLE.encode(), "brief.html")
    assert "古南街道转移受困群众" in _passage(doc, "古南街道").text


def test_bold_paragraphs_head_the_sections_of_a_page_without_subheadings():
    doc = load(ARTICLE.encode(), "brief.html")
    assert _passage(doc, "集体学习6次").path[-1] == "一、党建工作扎实推进"
    assert _passage(doc, "队员430人次").path[-1] == "二、应急救援及时高效"
    assert not any(p.text.strip() == "二、应急救援及时高效" for p in doc.paragraphs)


def test_a_bold_lead_in_ending_a_sentence_is_no_heading():
    html = ("<html><body><h1>Cover</h1><p><b>Note: bring your card.</b></p><p>We open at 9.</p>"
            "<h2>Fees</h2><p><strong>Weekend rate</strong></p><p>£12 a day.</p></body></html>")
    doc = load(html.encode(), "c.html")
    assert "Note: bring your card." in _passage(doc, "bring your card").text
    # a page with its own subheadings: a bold line inside a section is a label, not a section of its own
    assert _passage(doc, "£12").path[-1] == "Fees"


def _titled_by_hand() -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    p = d.add_paragraph()
    run = p.add_run("屏東縣紅十字會　民國114年水上救生員訓練簡章")
    run.bold, run.font.size = True, Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("屏紅字第1140000317號　中華民國114年4月21日")
    d.add_heading("一、目的", level=1)
    d.add_paragraph("為推廣水上安全觀念，特辦理本訓練。113年本會共培訓救生員86名。")
    d.add_heading("二、報名資格", level=1)
    d.add_paragraph("年滿17歲至60歲，身心健康者。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_word_files_large_bold_first_line_is_its_title():
    doc = load(_titled_by_hand(), "pingtung_training.docx")
    assert "水上救生" in doc.title and "pingtung" not in doc.title
    assert _passage(doc, "86名").path[-1] == "一、目的"


def test_a_menu_set_in_a_div_is_no_text_and_the_pages_heading_stays_its_title():
    html = ("<html><head><title>奖学金评审通知 - 临江大学</title></head><body>"
            "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/tz/\">通知公告</a></div>"
            "<div class=\"banner\">临江大学学生工作部</div>"
            "<h1>关于开展奖学金评审工作的通知</h1><p>全校合计名额1328个。</p>"
            "<div class=\"footer\">版权所有 © 临江大学学生工作部　地址：临海市江滨大道99号</div></body></html>")
    doc = load(html.encode(), "notice.html")
    assert doc.title == "关于开展奖学金评审工作的通知"
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "首页" not in text and "通知公告" not in text
    assert "江滨大道99号" in text and "版权所有" not in text


def test_page_clutter_in_divs_is_no_text_a_lone_link_and_a_breadcrumb_neither():
    html = ("<html><body><div class=\"crumbs\"><a href=\"/\">Home</a> &gt; <a href=\"/news\">News</a></div>"
            "<div class=\"cookie\">We use cookies. <button>Accept</button></div><h1>Council budget</h1>"
            "<p>Council tax will rise by 2.1% in April.</p>"
            "<div class=\"related\"><div><a href=\"/a\">Council tax to rise 4.9% next year</a></div></div>"
            "</body></html>")
    doc = load(html.encode(), "news.html")
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "4.9%" not in text and "Home" not in text and "Accept" not in text
    assert "rise by 2.1%" in text


def test_cells_set_as_touching_spans_keep_apart():
    html = ("<html><body><h1>Pool</h1><div class=\"row\"><span>Monday</span><span>06:30</span><span>22:00</span></div>"
            "<ul><li><span>Adult swim</span><span>£5.20</span></li></ul></body></html>")
    text = "\n".join(p.text for p in load(html.encode(), "pool.html").paragraphs)
    assert "Monday 06:30 22:00" in text and "Adult swim £5.20" in text


def _official(size: int, first: str = "临江市红十字会2024年工作报告") -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    p = d.add_paragraph()
    p.add_run(first).font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("各位理事：现将主要工作报告如下。")
    d.add_heading("一、应急救援", level=2)
    d.add_paragraph("全市红十字救援队增至36支，注册队员2140名。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_chinese_reports_large_centred_title_not_bold_is_its_title():
    doc = load(_official(18), "linjiang_report.docx")
    assert doc.title == "临江市红十字会2024年工作报告"
    assert "临江市红十字会2024年工作报告" not in _passage(doc, "各位理事").text


def test_a_centred_line_in_the_bodys_size_is_no_title():
    assert "linjiang" in load(_official(11), "linjiang_report.docx").title


def test_a_document_number_or_a_mark_set_large_and_centred_is_no_title():
    for first in ("临红字〔2025〕5号", "CONFIDENTIAL", "内部资料"):
        assert "linjiang" in load(_official(16, first), "linjiang_report.docx").title, first


def test_a_bold_warning_first_is_no_title():
    import docx

    d = docx.Document()
    d.add_paragraph().add_run("CONFIDENTIAL - BOARD MEMBERS ONLY").bold = True
    d.add_heading("1. Finance", level=1)
    d.add_paragraph("Income was £2.1m.")
    buf = io.BytesIO()
    d.save(buf)
    assert "CONFIDENTIAL" not in load(buf.getvalue(), "board_pack.docx").title


def test_the_author_field_of_a_source_line_names_the_author_and_the_line_stays():
    html = ("<html><head><title>简报</title></head><body><h1>上半年工作简报</h1>"
            "<p>来源：重庆红十字 作者：市红十字会宣传处 王露 发布时间：2025-07-18 17:42</p>"
            "<p>上半年募集款物1.46亿元。</p></body></html>")
    doc = load(html.encode(), "brief.html")
    assert doc.author == "市红十字会宣传处\u3000王露"  # (the unit and the person, the space between them kept: 56)
    assert "发布时间：2025-07-18" in _passage(doc, "发布时间").text
