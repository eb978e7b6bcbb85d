"""A Chinese PDF report whose footnote marks are small figures drawn raised after a paragraph's last line (lead-47,
from set 43's Weifang report): pypdf's text layer sets the raised figure on a line of its own (``…“过硬党支部”。`` /
``1`` / ``全市现有…``), so the mark was read as a list number opening the next paragraph (``(1) 全市现有…``) or
the heading after it (``(2) 二、应急救护``, its section lost). A raised mark is no text of the body, wherever the
text layer sets it. Made-up document in that shape."""
from __future__ import annotations

from tests.files import drawn_pdf, load


def _report() -> bytes:
    def draw(c) -> None:
        c.setFont("STSong-Light", 17)
        c.drawCentredString(297, 790, "白河市红十字会2024年工作报告")
        c.setFont("STSong-Light", 12)
        c.drawString(62, 750, "一、组织建设")
        paragraphs = [("全市红十字系统坚持党建带会建，“白河博爱”党建品牌入选全省优秀党建品牌。市红十字会机关党支部"
                       "被市直机关工委命名为“先进党支部”。", "1"),
                      ("全市现有红十字救援队12支、队员430名，其中9支建立党支部，党员队员96名。两支救援队分别获评"
                       "省级示范救援队。", ""),
                      ("注册红十字志愿者1.2万名，比上年增长8.1%；新建乡镇（街道）红十字会8个，全市乡镇（街道）红"
                       "十字会覆盖率达到91%。", "2")]
        y = 725
        for text, mark in paragraphs:
            lines = [text[k:k + 44] for k in range(0, len(text), 44)]
            c.setFont("STSong-Light", 10.5)
            for line in lines:
                c.drawString(62, y, line)
                y -= 16
            if mark:
                c.setFont("STSong-Light", 6.5)
                c.drawString(62 + c.stringWidth(lines[-1], "STSong-Light", 10.5) + 0.5, y + 16 + 3.2, mark)
            y -= 6
        c.setFont("STSong-Light", 12)
        c.drawString(62, y, "二、应急救护")
        c.setFont("STSong-Light", 10.5)
        c.drawString(62, y - 22, "全年开展应急救护普及培训6.2万人次。")
        c.setFont("STSong-Light", 7.5)
        c.drawString(62, 62, "1  命名文件为白直机工委〔2024〕7号。")
        c.drawString(62, 50, "2  全市共有乡镇（街道）60个，已建红十字会55个。")
        c.setFont("STSong-Light", 8)
        c.drawCentredString(297, 22, "— 1 —")
        c.showPage()
    return drawn_pdf(draw)


def test_a_raised_mark_on_a_line_of_its_own_opens_no_list_item():
    doc = load(_report(), "report.pdf")
    assert "二、应急救护" in doc.headings
    texts = [p.text for p in doc.body]
    assert not any(t.startswith(("(1)", "(2)", "1 全市", "2 二")) for t in texts)
    assert any(t.startswith("全市现有红十字救援队12支") for t in texts)


def test_the_paragraph_after_a_raised_mark_stays_under_its_own_heading():
    doc = load(_report(), "report.pdf")
    training = next(p for p in doc.body if "普及培训6.2万人次" in p.text)
    assert training.path[-1] == "二、应急救护"


def test_a_footnote_at_the_page_foot_reads_without_its_number_run_into_its_text():
    doc = load(_report(), "report.pdf")
    texts = [p.text for p in doc.body]
    assert not any(t.startswith(("1命名", "2全市共有")) for t in texts), texts
    assert any(t.startswith("命名文件为白直机工委〔2024〕7号") for t in texts)
