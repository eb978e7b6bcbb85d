"""Set 40's loading faults (set-45), each on a small made-up document of its layout: an html FAQ page whose site
footer is a ``<div class="foot">`` after the page's closing lines, and a Word application form whose applicant's
signature and note lines stand after its last section's table."""
from __future__ import annotations

from tests.files import docx_saved, load

# a city branch's FAQ page: a source line over the title, answers, a closing sentence and sign-off, then the site's
# footer in a <div class="foot"> (the class many Chinese site templates give it)
FAQ_HTML = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>献血常见问题解答_星海市红十字会</title></head><body>
<div class="top">星海市红十字会　2025-03-02　来源：市红十字会宣传部</div>
<h1>献血常见问题解答（2025年修订）</h1>
<div class="TRS_Editor">
<p><strong>一、献血前要吃早饭吗？</strong><br>答：要吃清淡早餐，不要空腹献血。</p>
<p><strong>二、多久可以再献一次？</strong><br>答：全血献血间隔不少于6个月。</p>
<p>本解答自发布之日起施行，2022年版同时废止。</p>
<p style="text-align:right">星海市红十字会<br>2025年3月2日</p>
</div><div class="foot">主办：星海市红十字会　地址：星海市滨江路8号　海ICP备01234567号</div>
</body></html>"""


def test_a_sites_foot_div_stands_apart_from_the_pages_closing():
    doc = load(FAQ_HTML.encode(), "faq.html")
    foot = next(p for p in doc.body if "滨江路8号" in p.text)
    assert "同时废止" not in foot.text  # (it had shared the closing's passage with the last sentence and sign-off)
    closing = next(p for p in doc.body if "同时废止" in p.text)
    assert "ICP" not in closing.text
    assert foot.path == ("星海市红十字会",)  # under the site's name its <title> gives, as a <footer>'s is


def _form() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("星海县支会114年度水域安全计划申请表", style="Title")
    d.add_paragraph("壹、计划概要", style="Heading 2")
    table = d.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [("项目", "内容"), ("计划名称", "水域安全推广计划"), ("总经费", "新台币50万元")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.add_paragraph("贰、审查意见（总会填写）", style="Heading 2")
    table = d.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [("项目", "意见"), ("初审意见", "原则同意"), ("承办人", "总会救护组　王大明")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.add_paragraph("申请单位负责人签章：星海县支会会长　林志成　114年1月6日")
    d.add_paragraph("备注：本表一式三份；核定后应于114年12月15日前提送成果报告。")
    return docx_saved(d)


def test_a_forms_signature_and_note_stand_under_no_section():
    doc = load(_form(), "form.docx")
    signed = next(p for p in doc.body if "林志成" in p.text)
    assert signed.path == ()  # (it had stood under 贰、审查意见（总会填写）, the reviewer's part, as its text)
    assert "一式三份" in signed.text
    review = next(p for p in doc.body if "原则同意" in p.text)
    assert review.path == ("贰、审查意见（总会填写）",) and "林志成" not in review.text


def test_a_line_after_a_forms_table_that_signs_nothing_stays_the_sections():
    import docx

    d = docx.Document()
    d.add_paragraph("星海县支会114年度计划申请表", style="Title")
    d.add_paragraph("壹、经费", style="Heading 2")
    table = d.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("项目", "金额"), ("器材费", "20万元")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.add_paragraph("备注：器材费含AED 4台。")
    doc = load(docx_saved(d), "form.docx")
    note = next(p for p in doc.body if "AED 4台" in p.text)
    assert note.path == ("壹、经费",)
