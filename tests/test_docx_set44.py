"""Word files in set 44's shapes (lead-48, from its Zhenjiang work report): a table whose header names a year's
column (``2025年完成``), its first column merged down over the rows of a group and a table nested in a cell, and a
title set only in a text box at the top of the page. The year in the header made the table a layout (a header names
its columns with no figure), so every cell was read as a paragraph of its own, no figure with its column; a text
box's paragraphs are not among the body's, so the title was lost and the file's name stood for it. Made-up
documents in that shape."""
from __future__ import annotations

from tests.files import docx_saved, load

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _merged_down(cell_above, cell) -> None:
    """Merge ``cell`` into the one above it, as Word writes a column merged down (w:vMerge)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for c, val in ((cell_above, "restart"), (cell, None)):
        pr = c._tc.get_or_add_tcPr()
        merge = OxmlElement("w:vMerge")
        if val:
            merge.set(qn("w:val"), val)
        pr.append(merge)


def _report_with_grouped_table() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("白河市红十字会2025年工作总结", level=1)
    d.add_heading("三、指标完成情况", level=2)
    rows = [("类别", "项目", "2025年完成", "备注"),
            ("救护培训", "普及培训", "4.2万人次", "含进社区0.8万人次"),
            ("", "新增AED", "95台", "累计510台"),
            ("人道救助", "募集款物", "1,840万元", "分区县如下："),
            ("", "新建博爱家园", "7个", "累计31个")]
    t = d.add_table(rows=len(rows), cols=4)
    for row, cells in zip(t.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    _merged_down(t.rows[1].cells[0], t.rows[2].cells[0])
    _merged_down(t.rows[3].cells[0], t.rows[4].cells[0])
    inner = t.rows[3].cells[3].add_table(rows=3, cols=2)
    for row, cells in zip(inner.rows, [("区县", "款物（万元）"), ("东城区", "620"), ("西岭县", "410")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    d.add_paragraph("注：募集款物按到账时间统计。")
    return docx_saved(d)


def test_a_table_whose_header_names_a_year_reads_each_figure_with_its_column_and_row():
    doc = load(_report_with_grouped_table(), "summary.docx")
    tables = [p for p in doc.body if p.kind == "table"]
    text = "\n".join(p.text for p in tables)
    assert "2025年完成：95台" in text
    row = next(s for p in tables for s in p.sentences if "95台" in s)
    assert "新增AED" in row and "救护培训" in row  # (the group merged down over its rows, read in each)
    assert any("东城区" in s and "620" in s for p in tables for s in p.sentences)  # (the table in a cell, a table)


def _titled_in_a_box() -> bytes:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    box = (f'<w:p xmlns:w="{_W}" xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
           '<v:shape id="TitleBox" type="#_x0000_t202" style="position:absolute;width:430pt;height:64pt">'
           '<v:textbox><w:txbxContent>'
           '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="36"/></w:rPr>'
           '<w:t>白河市红十字会2025年工作报告</w:t></w:r></w:p>'
           '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>（2026年1月　白红〔2026〕2号）</w:t></w:r></w:p>'
           '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    d.element.body.insert(0, parse_xml(box))
    d.add_paragraph("——2026年1月9日在市红十字会理事会上　常务副会长　周立群")
    d.add_heading("一、应急救护", level=2)
    d.add_paragraph("全年开展应急救护普及培训4.2万人次。")
    d.add_heading("二、人道救助", level=2)
    d.add_paragraph("全年募集社会捐赠款物1,840万元。")
    return docx_saved(d)


def test_a_title_set_only_in_a_text_box_is_the_documents_title():
    doc = load(_titled_in_a_box(), "work_report.docx")
    assert doc.title == "白河市红十字会2025年工作报告"
    assert "白红〔2026〕2号" in "\n".join(p.shown for p in doc.paragraphs)


def _faq_with_a_fee_table() -> bytes:
    """A FAQ whose questions and answers are a two-column table, one answer holding a table of fees after a line
    leading into it (set 44's Shantou FAQ)."""
    import docx

    d = docx.Document()
    d.add_heading("白河市红十字会常见问题（2025年版）", level=1)
    rows = [("问题", "解答"), ("1. 怎样报名参加培训？", "在公众号报名，每月开班两次。"),
            ("2. 单位团体培训怎么收费？", "市民个人参加免费；单位团体培训收费如下："),
            ("3. 证书有效期多久？", "证书有效期3年。")]
    t = d.add_table(rows=len(rows), cols=2)
    for row, cells in zip(t.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    cell = t.rows[2].cells[1]
    fees = cell.add_table(rows=3, cols=3)
    for row, cells in zip(fees.rows, [("班型", "学时", "收费"), ("普及班", "4", "每人50元"),
                                      ("救护员班", "16", "每人150元")], strict=True):
        for c, text in zip(row.cells, cells, strict=True):
            c.text = text
    cell.add_paragraph("团体须满25人，提前两周预约。")
    d.add_paragraph("地址：白河市东湖路18号")
    return docx_saved(d)


def test_a_table_in_an_answers_cell_is_read_under_its_question_and_lead_in():
    doc = load(_faq_with_a_fee_table(), "faq.docx")
    fees = next(p for p in doc.body if "每人150元" in p.text)
    assert "单位团体培训怎么收费" in fees.text and "收费如下" in fees.text


def test_a_table_in_a_cell_merged_down_over_rows_is_read_once():
    import docx

    d = docx.Document()
    d.add_heading("白河市红十字会2025年工作总结", level=1)
    rows = [("类别", "项目", "2025年完成"), ("人道救助", "募集款物", "1,840万元"), ("", "新建博爱家园", "7个")]
    t = d.add_table(rows=3, cols=3)
    for row, cells in zip(t.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    t.rows[1].cells[0].text = "人道救助，分区县如下："
    inner = t.rows[1].cells[0].add_table(rows=2, cols=2)
    for row, cells in zip(inner.rows, [("区县", "款物（万元）"), ("东城区", "620")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    _merged_down(t.rows[1].cells[0], t.rows[2].cells[0])
    doc = load(docx_saved(d), "summary.docx")
    assert sum("东城区" in s for p in doc.body if p.kind == "table" for s in p.sentences) == 1
