"""An html page saved from Word in set 44's shape (set-49, from its Cheung Chau report): no ``<h1>``, two bold
centred lines over its sections, the issuing body's name (a parent body and its unit, parted by an ideographic
space: 香港紅十字會　西貢區白沙灣青年團) over the printed title, which says more than the page's ``<title>`` (a
year before it). The ``<title>`` was set over both as the page's title and the body's name read as a heading, so
no header card named who wrote the report and a passage under a later section named no one. The printed title is
the title, and the body over it the author, as a report's organisation over its title is read elsewhere. Made-up
pages in that shape."""
from __future__ import annotations

from tests.files import load

_P = "<p class=MsoNormal{align}><span lang=ZH-TW>{text}</span><o:p></o:p></p>"


def _page(issuer: str) -> bytes:
    centred = " style='text-align:center'"
    body = "".join([
        _P.format(align=centred, text=f"<b>{issuer}</b>"),
        _P.format(align=centred, text="<b>二〇二五年白沙灣海灘急救服務總結</b>"),
        _P.format(align="", text="報告日期：2025年8月30日　　撰寫：團長何家朗"),
        _P.format(align="", text="<b>一、服務概要</b>"),
        _P.format(align="", text="本團於暑假期間在白沙灣設置急救站兩個，處理個案58宗，其中送院3宗。"),
        _P.format(align="", text="<b>二、隊伍及物資</b>"),
        _P.format(align="", text="現役隊員24人，其中持有效急救證書者20人。"),
        _P.format(align="", text="<b>三、建議</b>"),
        _P.format(align="", text="明年增設流動急救隊一隊，每隊3人。"),
    ])
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
            "<meta name=ProgId content=Word.Document><title>白沙灣海灘急救服務總結</title></head>"
            f"<body lang=ZH-TW><div class=WordSection1>{body}</div></body></html>").encode()


def test_the_body_over_the_printed_title_signs_the_report_and_the_printed_title_is_its_title():
    doc = load(_page("香港紅十字會　西貢區白沙灣青年團"), "summary.html")
    assert "二〇二五年" in doc.title and "白沙湾海滩急救服务总结" in doc.title
    assert doc.author is not None and "白沙湾青年团" in doc.author
    card = next(p for p in doc.paragraphs if p.is_header)
    assert "白沙湾青年团" in card.text
    # the body's name is no section over the report's passages
    members = next(p for p in doc.body if "24人" in p.text)
    assert "青年团" not in (members.section or "")


def test_a_line_over_the_title_that_names_no_body_signs_nothing():
    doc = load(_page("暑期海灘服務"), "summary.html")
    assert doc.author is None
