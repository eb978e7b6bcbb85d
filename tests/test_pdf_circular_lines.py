"""A one-page Chinese circular in PDF (lead-46, from set 42's Chifeng circular): a running header in a small font over
the title (the organisation, the circular's name and 第1页), which a one-page document does not repeat, so it was read
as the title; and a Latin acronym broken over two lines inside a Chinese sentence (…每10万人口AE / D配置数…), read
back as two words (``AE D``), which no question's AED found. Made-up pages in that shape."""
from __future__ import annotations

from tests.files import drawn_pdf, load


def _circular(body: list[str]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

    def draw(c) -> None:
        c.setFont("STSong-Light", 8)
        c.drawString(57, 808, "白河市红十字会 · 2025年上半年工作通报 · 第1页")
        c.line(57, 803, 540, 803)
        c.setFont("STSong-Light", 16)
        c.drawString(150, 763, "白河市红十字会2025年上半年工作通报")
        c.setFont("STSong-Light", 11)
        c.drawString(57, 720, "一、总体情况")
        c.setFont("STSong-Light", 9.5)
        y = 700
        for line in body:
            c.drawString(57, y, line)
            y -= 14.5
        c.showPage()

    return drawn_pdf(draw)


_BODY = ["上半年新增配置AED 66台，累计达到812台；每10万人口AE", "D配置数由21.5台提高到23.0台。",
         "上半年开展应急救护普及培训2.1万人次，完成全年目标的52%。"]


def test_the_running_header_of_a_one_page_circular_is_no_title_and_no_text():
    doc = load(_circular(_BODY), "circular.pdf")
    assert doc.title == "白河市红十字会2025年上半年工作通报"
    assert not any("第1页" in p.text for p in doc.paragraphs)


def test_an_acronym_broken_over_two_lines_of_chinese_text_is_one_word():
    doc = load(_circular(_BODY), "circular.pdf")
    aed = next(p for p in doc.body if "配置数" in p.text)
    assert "每10万人口AED配置数由21.5台" in aed.text
