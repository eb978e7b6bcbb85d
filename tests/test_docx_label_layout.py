"""A Word report whose whole body sits in a two-column layout table, in set 46's shape (lead50, from its Changde work
report): each row a section's label in the left cell (一、…) and the section's text, in several paragraphs, in the
right. Read as a data table, the first row was its header, so the first section's text stood in no passage's text,
and every section ran into one table passage under no heading. Each label heads its text. A two-column table with
a header row over short values stays a table. Made-up documents in that shape."""
from __future__ import annotations

from tests.files import docx_saved, load

SECTIONS = [
    ("一、队伍建设", ["2024年，全县新组建红十字救援队3支，队员达到215名，其中党员队员48名。",
                  "注册志愿者1.06万名，新建社区红十字服务站7个。"]),
    ("二、救护培训", ["全年开展救护普及培训2.4万人次，新增持证救护员3,150人。"]),
    ("三、明年打算", ["1. 培训普及人数达到2.6万人次；", "2. 新建社区红十字服务站5个。"]),
]


def _report(rows=SECTIONS, styled: bool = True) -> bytes:
    import docx

    d = docx.Document()
    if styled:
        d.add_heading("青溪县红十字会2024年工作总结", level=1)
    else:  # (a title set by hand: a bold line, no style)
        d.add_paragraph("青溪县红十字会2024年工作总结").runs[0].bold = True
    d.add_paragraph("青溪县红十字会　2025年1月8日")
    t = d.add_table(rows=len(rows), cols=2)
    for row, (label, paragraphs) in zip(t.rows, rows, strict=True):
        row.cells[0].text = label
        row.cells[1].paragraphs[0].text = paragraphs[0]
        for text in paragraphs[1:]:
            row.cells[1].add_paragraph(text)
    d.add_paragraph("附表　主要指标")
    data = d.add_table(rows=3, cols=2)
    for row, cells in zip(data.rows, [("指标", "完成"), ("培训（万人次）", "2.4"), ("救援队（支）", "3")], strict=True):
        row.cells[0].text, row.cells[1].text = cells
    return docx_saved(d)


def test_the_first_label_heads_its_text():
    doc = load(_report(), "report.docx")
    first = next(p for p in doc.body if "党员队员48名" in p.text)
    assert first.section is not None and "一、队伍建设" in first.section


def test_each_label_heads_its_own_section():
    doc = load(_report(), "report.docx")
    second = next(p for p in doc.body if "2.4万人次" in p.text and p.kind != "table")
    assert second.section is not None and "二、救护培训" in second.section
    assert "党员队员" not in second.text
    plan = next(p for p in doc.body if "服务站5个" in p.text)
    assert plan.section is not None and "三、明年打算" in plan.section


def test_a_data_table_with_a_header_stays_a_table():  # (a guard: passed before the mend too)
    doc = load(_report(), "report.docx")
    table = next(p for p in doc.body if "培训（万人次）" in p.text)
    assert table.kind == "table" and "培训（万人次）：2.4" in table.text and table.section != "指标"


def test_a_bold_title_set_by_hand_stays_the_title():
    doc = load(_report(styled=False), "report.docx")
    assert doc.title == "青溪县红十字会2024年工作总结"
    first = next(p for p in doc.body if "党员队员48名" in p.text)
    assert first.section is not None and "一、队伍建设" in first.section


def test_a_schedule_of_unnumbered_stages_stays_a_table():  # (a guard: passed before the mend too)
    rows = [("第一阶段（3月至4月）", ["采购AED 6台并完成设置点位会勘，于城关镇办理救生员训练20名。"]),
            ("第二阶段（5月至8月）", ["于各乡镇办理CPR训练12场，由消防大队协助场地。"])]
    doc = load(_report(rows), "report.docx")
    table = next(p for p in doc.body if "采购AED 6台" in p.text)
    assert table.kind == "table" and "第二阶段" in table.text


def test_a_tables_numbered_cells_keep_the_numbers_word_shows():
    import docx

    d = docx.Document()
    d.add_heading("青溪县红十字会2024年工作总结", level=1)
    t = d.add_table(rows=2, cols=2)
    for row, label in zip(t.rows, ("一、救护培训", "二、明年打算"), strict=True):
        row.cells[0].text = label
        row.cells[1].paragraphs[0].text = "全年开展救护普及培训2.4万人次，新增持证救护员3,150人。"
    d.add_paragraph("报名要带什么？", style="List Number")
    d.add_paragraph("身份证原件。")
    cell = d.add_table(rows=2, cols=2)
    cell.rows[0].cells[0].text, cell.rows[0].cells[1].text = "班次", "费用"
    cell.rows[1].cells[0].text = "救护员"
    cell.rows[1].cells[1].paragraphs[0].text = "每人150元"
    cell.rows[1].cells[1].paragraphs[0].style = d.styles["List Number"]
    d.add_paragraph("多久发证？", style="List Number")
    d.add_paragraph("考核合格后一个月内。")
    doc = load(docx_saved(d), "report.docx")
    fee = next(p for p in doc.body if "每人150元" in p.text)
    assert "2. 每人150元" in fee.text


def test_the_table_after_the_layout_is_no_part_of_its_last_section():
    doc = load(_report(), "report.docx")
    table = next(p for p in doc.body if "培训（万人次）" in p.text)
    assert not any("三、明年打算" in x for x in table.path)
