"""A Word FAQ in set 45's shape (lead49, from its Zhanjiang first-aid FAQ): each question an auto-numbered paragraph
(style List Number, no number in its text) over its answer in plain paragraphs, and a fee table whose cells each
hold several numbered paragraphs. Each question was read as a one-item list, a passage of its own, its answer a
passage under no question; and a cell's paragraphs ran together (``每人80元7. 免费``). Questions numbered over
their answers head them, as a FAQ's sections; a cell's paragraphs are lines of the cell. Made-up documents in that
shape."""
from __future__ import annotations

from tests.files import docx_saved, load


def _faq() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("白沙市红十字会献血常见问题（2025年版）", level=1)
    d.add_paragraph("白沙市中心血站　2025年4月编")
    d.add_paragraph("献血前需要做什么准备？", style="List Number")
    d.add_paragraph("前一晚保证睡眠，献血前吃清淡早餐，不要空腹。")
    d.add_paragraph("固定采血地点设在何处？", style="List Number")
    d.add_paragraph("固定献血屋设在城东区文昌路8号血站一楼。")
    d.add_paragraph("献血有补贴吗？", style="List Number")
    d.add_paragraph("献血者可领取纪念品，标准见下表。")
    t = d.add_table(rows=2, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "献血量", "纪念品与说明"
    t.rows[1].cells[0].text = "400毫升"
    cell = t.rows[1].cells[1]
    cell.paragraphs[0].text = "保温杯一个"
    cell.paragraphs[0].style = d.styles["List Number"]
    for text in ("体检报告一份", "学生另赠文具一套"):
        cell.add_paragraph(text, style="List Number")
    d.add_paragraph("多久可以再献？", style="List Number")
    d.add_paragraph("两次捐全血须相隔6个月以上。")
    return docx_saved(d)


def test_a_numbered_question_heads_the_answer_under_it():
    doc = load(_faq(), "faq.docx")
    answer = next(p for p in doc.body if "文昌路8号" in p.text)
    assert answer.section is not None and "固定采血地点设在何处" in answer.section
    last = next(p for p in doc.body if "6个月" in p.text)
    assert last.section is not None and "多久可以再献" in last.section
    first = next(p for p in doc.body if "清淡早餐" in p.text)
    assert "中心血站" not in first.text


def test_a_cells_numbered_paragraphs_are_read_apart():
    doc = load(_faq(), "faq.docx")
    table = next(p for p in doc.body if "保温杯" in p.text)
    assert "体检报告一份" in table.text
    assert "一个5" not in table.text and "一份6" not in table.text
