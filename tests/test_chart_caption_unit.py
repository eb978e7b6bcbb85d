"""A chart in a PDF report, read as a table of its bars' names and value labels, under its caption (``图2　2024年
社会捐赠款物构成（万元，合计3,795）``), in set 43's shape (set-49, from its Weifang report): the caption gives the
figures' unit, which no value label repeats, so each row read ``资金：2,140``, a bare figure a question asking an
amount of money did not take. The caption's unit is read with each bare figure under it (``资金：2,140万元``); the
rows as written keep the figures as drawn. Made-up report."""
from __future__ import annotations

from tests.files import drawn_pdf, load

_BARS = [("资金", "2,140"), ("物资折价", "980"), ("冠名基金", "410"), ("网络募捐", "265")]


def _report(caption: str) -> bytes:
    def draw(c) -> None:
        c.setFont("STSong-Light", 17)
        c.drawCentredString(297, 790, "青川市红十字会2024年工作报告")
        c.setFont("STSong-Light", 12)
        c.drawString(62, 750, "一、人道救助和募捐")
        c.setFont("STSong-Light", 10.5)
        c.drawString(62, 728, "全年募集社会捐赠款物3,795万元，新建博爱家园9个。")
        c.setFont("STSong-Light", 9.5)
        c.drawCentredString(297, 690, caption)
        y = 660
        for name, value in _BARS:
            c.setFont("STSong-Light", 8.5)
            c.drawRightString(124, y, name)
            width = int(value.replace(",", "")) / 2140 * 280
            c.setFillGray(0.55)
            c.rect(130, y - 3, width, 11, stroke=0, fill=1)
            c.setFillGray(0)
            c.drawString(136 + width, y, value)
            y -= 22
        c.showPage()
    return drawn_pdf(draw)


def _chart(caption: str):
    return next(p for p in load(_report(caption), "report.pdf").body if "2,140" in p.text)


def test_a_charts_caption_unit_is_read_with_each_bare_figure():
    chart = _chart("图2　2024年社会捐赠款物构成（万元，合计3,795）")
    assert any("资金" in s and "2,140万元" in s for s in chart.sentences)
    assert any("网络募捐" in s and "265万元" in s for s in chart.sentences)
    assert "| 资金 | 2,140 |" in chart.written  # (as the chart writes it)


def test_a_unit_alone_in_the_captions_brackets_is_read_too():
    chart = _chart("图2　2024年社会捐赠款物构成（万元）")
    assert any("物资折价" in s and "980万元" in s for s in chart.sentences)


def test_a_caption_naming_no_unit_leaves_the_figures_bare():
    chart = _chart("图2　2024年社会捐赠款物构成（按来源）")
    assert any(s.endswith("2,140") for s in chart.sentences)
