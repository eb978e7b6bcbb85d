"""A PDF notice with no heading paragraphs, each section a paragraph opening with its label set a size larger
(``二、救护培训。`` run in before the text), in set 46's shape (lead50, from its Changde progress notice). Its first
line, drawn partly in the larger size, took that size: it was read as a heading (the label and the line's text up
to the wrap) over the paragraph's other lines, a word broken at the wrap (``造血干细胞捐献志愿`` / ``者入库``).
A line takes the size most of its characters are drawn in: each paragraph reads whole, and its label heads it.
Made-up notice in that shape."""
from __future__ import annotations

import io

from tests.files import load

SECTIONS = [
    ("一、数据更正。", "经县统计部门核定，2024年全县救护普及培训更正为3.4万人次，以本通报为准。"),
    ("二、救护培训。", "1—9月全县开展救护普及培训2.8万人次，培训持证救护员4,120人，新增配置AED 63台，累计达到"
                   "318台。8月16日半程马拉松赛道设置AED点位12个，救治跑者9人次。"),
    ("三、“三献”工作。", "1—9月全县无偿献血1.9万人次；造血干细胞捐献志愿者入库640人份，实现捐献4例，其中城关镇"
                    "捐献2例。遗体（器官）捐献志愿登记530人，实现器官捐献3例。"),
]


def _notice() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=10, leading=16, wordWrap="CJK")
    title = ParagraphStyle("t", fontName="STSong-Light", fontSize=15, leading=22, alignment=1)
    story = [Paragraph("青溪县红十字会2025年1—9月工作进展通报", title),
             Paragraph("青红通〔2025〕7号　2025年10月9日", body)]
    story += [Paragraph(f'<font size="11.5">{label}</font>{text}', body) for label, text in SECTIONS]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def test_a_run_in_labels_paragraph_reads_whole():
    doc = load(_notice(), "notice.pdf")
    for label, text in SECTIONS[1:]:
        passage = next(p for p in doc.body if text[-12:] in p.text)
        assert text in passage.text and label.rstrip("。") in passage.text


def test_no_line_of_a_paragraph_heads_a_section():
    doc = load(_notice(), "notice.pdf")
    assert not any("人次" in h or "培训持证" in h for h in doc.headings)


def test_each_run_in_label_heads_its_paragraph():
    doc = load(_notice(), "notice.pdf")
    for label, text in SECTIONS:
        passage = next(p for p in doc.body if text[-12:] in p.text)
        assert passage.section == label.rstrip("。"), passage.path


def test_the_document_number_line_heads_no_section():
    doc = load(_notice(), "notice.pdf")
    assert not any("〔2025〕7号" in h for h in doc.headings)
