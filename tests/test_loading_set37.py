"""Loading faults the forty-first round's reading of set 37's stored text showed (lead-41): a PDF table's numbered
caption and its continuation mark read as headings (the text after the table stood under them), a Word table held
in a cell of a layout table lost, a Word header row grouping a year over its halves read as data. Made-up documents
in the bench documents' shapes."""
from __future__ import annotations

from tests.files import docx_saved, drawn_pdf, load, table_filled

_HEAD = ("序号", "项目", "年度目标", "实际完成")
_ROWS = [(str(k), f"项目{'甲乙丙丁戊己'[k - 1]}", f"{k * 100}人次", f"{k * 100 + 7}人次") for k in range(1, 7)]


def _report_with_a_captioned_table(caption: str = "表1　重点工作项目完成情况", more: str = "（续表）") -> bytes:
    """A Chinese report's page: a numbered section, its text, a table captioned over it (``表1 …``) in a ruled grid
    that runs onto the next page under a continuation mark (``（续表）``) and its header repeated, then the section's
    text goes on and the next section opens."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    font = "STSong-Light"
    width, height = A4
    xs = [18 * mm, 36 * mm, 90 * mm, 130 * mm, width - 18 * mm]
    rh = 7.2 * mm

    def draw(c) -> None:

        def grid(y: float, rows: list[tuple[str, ...]]) -> float:
            top = y
            c.line(xs[0], y, xs[-1], y)
            for k, row in enumerate([_HEAD, *rows]):
                c.setFont(font, 10 if k == 0 else 9.5)
                for j, v in enumerate(row):
                    c.drawString(xs[j] + 1.5 * mm, y - 5 * mm, v)
                y -= rh
                c.line(xs[0], y, xs[-1], y)
            for x in xs:
                c.line(x, top, x, y)
            return y

        y = height - 25 * mm
        c.setFont(font, 17)
        c.drawCentredString(width / 2, y, "某市红十字会2024年工作报告")
        y -= 14 * mm
        c.setFont(font, 10.5)
        for line in ("一、2024年工作回顾", "全年开展应急救护普及培训21.6万人次，均超额完成年度目标。"):
            c.drawString(18 * mm, y, line)
            y -= 6.3 * mm
        y -= 3 * mm
        c.setFont(font, 11)
        c.drawCentredString(width / 2, y, caption)
        y -= 5 * mm
        grid(y, _ROWS[:3])
        c.showPage()
        y = height - 22 * mm
        c.setFont(font, 10.5)
        c.drawString(18 * mm, y, more)
        y -= 4 * mm
        y = grid(y, _ROWS[3:])
        y -= 10 * mm
        c.setFont(font, 10.5)
        for line in ("（二）组织建设。全年新建博爱家园22个，累计131个。", "二、2025年工作安排",
                     "全年开展普及培训23万人次。"):
            c.drawString(18 * mm, y, line)
            y -= 6.3 * mm
        c.showPage()
    return drawn_pdf(draw)


def test_a_pdf_tables_numbered_caption_opens_its_passage_and_heads_no_section_over_the_text_after():
    doc = load(_report_with_a_captioned_table(), "report.pdf")
    after = next(p for p in doc.body if "博爱家园22个" in p.text)
    assert after.path == ("一、2024年工作回顾",)
    tables = [p for p in doc.body if p.kind == "table"]
    assert tables and all(p.path == ("一、2024年工作回顾",) for p in tables)
    assert tables[0].text.splitlines()[0].replace(" ", "") == "表1重点工作项目完成情况"
    assert any("项目戊" in p.text and "年度目标：500人次" in p.text for p in tables)
    assert not any("续表" in h for p in doc.body for h in p.path)


def test_an_english_table_caption_and_its_continued_mark_head_no_section_either():
    doc = load(_report_with_a_captioned_table("Table 2: Key projects", "Table 2 (continued)"), "report.pdf")
    after = next(p for p in doc.body if "博爱家园22个" in p.text)
    assert after.path == ("一、2024年工作回顾",)
    assert next(p for p in doc.body if p.kind == "table").text.startswith("Table 2: Key projects")


def test_an_unnumbered_caption_over_a_pdf_table_is_still_its_heading():
    doc = load(_report_with_a_captioned_table("重点工作项目完成情况", "重点工作项目完成情况"), "report.pdf")
    assert any(p.path[-1:] == ("重点工作项目完成情况",) for p in doc.body if p.kind == "table")


def _halves_table(first_merged: bool = True) -> bytes:
    """A Word table whose header groups two half-years under a year merged across them, and names the next year's
    one half under that year alone: 指标 and 同比 merged down both header rows (or, ``first_merged`` False, left
    blank under 指标)."""
    import docx

    d = docx.Document()
    d.add_heading("四、主要指标", level=1)
    rows = [("指标", "2024年", "", "2025年", "同比"), ("", "上半年", "下半年", "上半年", ""),
            ("应急救护普及培训", "9.8万人次", "12.5万人次", "11.9万人次", "+21.4%"),
            ("新增配置AED", "240台", "280台", "236台", "-1.7%")]
    t = d.add_table(rows=len(rows), cols=5)
    table_filled(t, rows)
    t.cell(0, 1).merge(t.cell(0, 2)).text = "2024年"
    if first_merged:
        t.cell(0, 0).merge(t.cell(1, 0)).text = "指标"
    t.cell(0, 4).merge(t.cell(1, 4)).text = "同比"
    return docx_saved(d)


def test_a_word_header_naming_a_years_one_half_under_it_alone_is_read_as_one_header():
    for merged in (True, False):
        doc = load(_halves_table(merged), "brief.docx")
        table = next(p for p in doc.body if p.kind == "table")
        assert "应急救护普及培训 — 2024年上半年：9.8万人次；2024年下半年：12.5万人次；2025年上半年：11.9万人次；" \
               "同比：+21.4%" in table.text, table.text
        assert "指标 —" not in table.text


def test_a_word_table_whose_first_column_is_not_carried_keeps_its_second_row_as_data():
    import docx

    d = docx.Document()
    rows = [("项目", "负责", "", "地点"), ("培训", "救护中心", "张敏", "西岗区")]
    t = d.add_table(rows=2, cols=4)
    table_filled(t, rows)
    t.cell(0, 1).merge(t.cell(0, 2)).text = "负责"
    table = next(p for p in load(docx_saved(d), "brief.docx").body if p.kind == "table")
    assert table.text == "培训 — 负责：救护中心；张敏；地点：西岗区"


def _layout_table_with_a_table_inside() -> bytes:
    """A Word layout table of one row: a sentence in its left cell, a line and a table of three columns in its
    right cell, under a caption line; then the section's text goes on."""
    import docx

    d = docx.Document()
    d.add_paragraph("某市红十字会2025年上半年工作进展", style="Title")
    d.add_heading("三、队伍建设", level=1)
    d.add_paragraph("表1　新成立救援队情况")
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "上半年新成立救援队2支，均已建立党支部。"
    right = outer.cell(0, 1)
    right.paragraphs[0].text = "新成立救援队名单："
    table_filled(right.add_table(rows=3, cols=3), (("队名", "成立时间", "队员"),
                                                   ("东湖区水上救援队", "2025年3月", "26名"),
                                                   ("开发区应急救援队", "2025年5月", "31名")))
    d.add_paragraph("下半年计划再成立救援队1支。")
    return docx_saved(d)


def test_a_table_inside_a_word_tables_cell_is_read_as_a_table_with_its_cells_text():
    doc = load(_layout_table_with_a_table_inside(), "brief.docx")
    text = "\n".join(p.text for p in doc.body)
    assert "东湖区水上救援队 — 成立时间：2025年3月；队员：26名" in text
    assert "开发区应急救援队 — 成立时间：2025年5月；队员：31名" in text
    assert "上半年新成立救援队2支，均已建立党支部。" in text and "新成立救援队名单" in text
    assert all(p.path == ("三、队伍建设",) for p in doc.body)


_SITES = ["中山区培训点：人民路28号红十字大厦3楼（周一至周五）", "西岗区培训点：八一路156号（周六、周日）",
          "咨询电话：0411-82716120（工作日8:30—16:30）"]


def test_lines_parted_by_line_breaks_that_end_on_a_bracket_stay_apart():
    page = f"<html><body><h1>培训须知</h1><h2>三、培训地点</h2><p>{'<br>'.join(_SITES)}</p></body></html>"
    for doc in (load(page.encode(), "faq.html"), load(("# 培训须知\n\n## 三、培训地点\n\n" + "\\\n".join(_SITES)
                                                      + "\n").encode(), "faq.md")):
        text = next(p.text for p in doc.body if "人民路" in p.text)
        assert "（周一至周五）；西岗区培训点：" in text and "（周六、周日）；咨询电话：" in text, text


def test_a_line_break_after_a_sentences_closing_quote_adds_no_mark():
    doc = load("# 通知\n\n## 一、要求\n\n他说：“请准时到场。”\\\n会议地点另行通知。\n".encode(), "note.md")
    assert "“请准时到场。”会议地点另行通知。" in doc.body[0].text


def test_a_plain_text_tables_dashed_rule_under_its_header_is_no_row():
    text = ("苗栗縣紅十字會年度預算\n\n壹、預算\n二、收支明細如下表（單位：萬元）：\n\n"
            "    科目              113年決算      114年預算      說明\n"
            "    ----------------  -------------  -------------  ------------------\n"
            "    會費收入                  86             90     會員增加約50人\n"
            "    捐款收入                 598            612     含指定捐款\n"
            "    收入合計               1,245          1,286\n")
    table = next(p for p in load(text.encode(), "plan.txt").body if p.kind == "table")
    assert "--" not in table.text and "--" not in table.written
    assert "会费收入 — 113年决算：86；114年预算：90；说明：会员增加约50人" in table.text


def test_a_markdown_front_matters_fields_stay_apart():
    text = ("---\ntitle: Committee Minutes\ndate: 2025-11-12\nchair: Megan Hale\nminutes: Raj Patel (Secretary)\n"
            "location: Sebastopol Hall, Albert Street\n---\n\n## 1. Business\n\nThe minutes were confirmed.\n")
    doc = load(text.encode(), "minutes.md")
    fields = doc.body[0].text
    assert "chair: Megan Hale; minutes: Raj Patel (Secretary); location: Sebastopol Hall" in fields, fields
    assert doc.date == "2025-11-12"
