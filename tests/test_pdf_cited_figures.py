"""A PDF report whose chart is drawn at the page's end, below the last section's text, while an earlier section
cites it (``捐赠款物构成见图2``): read in the page's order, the chart's figures stood under the last section (set-48,
from set 43's Weifang report, its bar charts' value labels under 五 though 四 cites 图2). A labelled figure or table
cited on its page is read after the paragraph citing it, under that paragraph's section. Made-up report."""
from __future__ import annotations

from tests.files import drawn_pdf, load

_BARS = [("资金", 2140), ("物资折价", 980), ("冠名基金", 410), ("网络募捐", 265)]


def _report(cite: str) -> bytes:
    def draw(c) -> None:
        c.setFont("STSong-Light", 17)
        c.drawCentredString(297, 790, "青川市红十字会2024年工作报告")
        y = 750
        for size, text in [(12, "一、人道救助和募捐"),
                           (10.5, f"全年募集社会捐赠款物3,795万元，{cite}新建博爱家园9个。"),
                           (10.5, "汛期派出救援队员128人次，转移群众460余人。"), (12, "二、2025年主要目标"),
                           (10.5, "应急救护普及培训8万人次；新增AED不少于120台。")]:
            c.setFont("STSong-Light", size)
            c.drawString(62, y, text)
            y -= 22
        c.setFont("STSong-Light", 9.5)
        c.drawCentredString(297, y - 10, "图2　2024年社会捐赠款物构成（万元）")
        y -= 40
        for name, value in _BARS:
            c.setFont("STSong-Light", 8.5)
            c.drawRightString(124, y, name)
            c.setFillGray(0.55)
            c.rect(130, y - 3, value / 2140 * 280, 11, stroke=0, fill=1)
            c.setFillGray(0)
            c.drawString(136 + value / 2140 * 280, y, f"{value:,}")
            y -= 22
        c.showPage()
    return drawn_pdf(draw)


def _figures(cite: str):
    return next(p for p in load(_report(cite), "report.pdf").body if "2,140" in p.text)


def test_a_chart_drawn_at_the_pages_end_stands_under_the_section_citing_it():
    assert _figures("构成见图2。").path[-1] == "一、人道救助和募捐"


def test_a_chart_no_paragraph_cites_stays_where_it_is_drawn():
    assert _figures("").path[-1] == "二、2025年主要目标"
