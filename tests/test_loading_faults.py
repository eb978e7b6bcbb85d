"""Loading faults of round 29: a page title carrying its site's name, a total row's empty first cell, a cell spanning
rows, a Word file whose headings are bold lines. Made-up documents."""
from __future__ import annotations

import io

from reportbot.corpus.split import table_row_text

from tests.files import docx_saved, load

SITE_PAGE = """<html><head><title>东江市红十字会2025年度募捐公示 - 东江市红十字会</title></head><body>
<header><div>东江市红十字会</div></header>
<article><h2>东江市红十字会2025年度募捐公示</h2><p>来源：东江市红十字会　发布时间：2026-01-10</p>
<p>2025年全市共接受捐赠款物120万元，全部用于人道救助。</p>
<h3>一、使用情况</h3><p>救助困难群众860户，发放款物95万元。</p></article></body></html>"""


def test_an_html_page_titled_by_its_heading_and_site_name_cites_the_heading():
    doc = load(SITE_PAGE.encode(), "notice.html")
    assert doc.title == "东江市红十字会2025年度募捐公示"
    # the heading is the title, no section every passage stands under
    assert [p.section for p in doc.body][-1] == "一、使用情况"


def test_a_title_that_only_shares_words_with_the_heading_stays_whole():
    page = SITE_PAGE.replace(" - 东江市红十字会</title>", "（第二版）</title>")
    assert load(page.encode(), "notice.html").title == "东江市红十字会2025年度募捐公示（第二版）"


def test_a_total_row_with_an_empty_first_cell_reads_labelled_by_its_total():
    header = ("序号", "地区", "募集款物（万元）", "新增AED（台）")
    assert table_row_text(header, ("", "合计", "2640", "158")) == "合计 — 募集款物（万元）：2640；新增AED（台）：158"
    assert table_row_text(("Item", "2024", "2023"), ("", "", "12")) == "2023: 12"


def test_a_serial_number_column_names_no_row():
    header = ("序号", "指标", "2024年全年", "2025年上半年")
    assert table_row_text(header, ("3", "持证救护员培训（万人次）", "6.8", "3.5")) == \
        "持证救护员培训（万人次） — 2024年全年：6.8；2025年上半年：3.5"
    assert table_row_text(("Ref", "Action", "Owner"), ("4", "Renew the lease", "Treasurer")).startswith("4 — ")
    assert table_row_text(("序号", "培训（人次）", "AED（台）"), ("2", "102", "2")) == \
        "2 — 培训（人次）：102；AED（台）：2"  # a serial number alone names its row


def test_an_html_cell_spanning_rows_is_read_in_each_row_under_its_own_header():
    page = ("<h1>年度数据</h1><table><tr><th>地区</th><th>项目</th><th>人数</th></tr>"
            "<tr><td rowspan=2>东区</td><td>培训</td><td>520</td></tr><tr><td>献血</td><td>310</td></tr></table>")
    table = [p for p in load(page.encode(), "data.html").body if p.kind == "table"][0]
    assert table.sentences == ("东区 — 项目：培训；人数：520", "东区 — 项目：献血；人数：310")


def _bold_docx() -> bytes:
    import docx

    d = docx.Document()
    for text, bold in [("东江市红十字会2024年度工作报告", True), ("东江市红十字会办公室　2025年1月20日", False),
                       ("2024年，全市红十字系统各项工作取得新进展。", False), ("一、主要工作", True),
                       ("（一）应急救护", True), ("全年培训救护员1.2万人次，新增AED 85台。", False),
                       ("二、工作打算", True), ("2025年力争培训救护员1.5万人次。", False)]:
        d.add_paragraph().add_run(text).bold = bold
    return docx_saved(d)


def test_a_word_file_with_bold_lines_for_headings_reads_them_as_its_sections():
    doc = load(_bold_docx(), "report.docx")
    assert doc.title == "东江市红十字会2024年度工作报告"
    sections = {p.text.splitlines()[-1]: p.section for p in doc.body}
    assert sections["全年培训救护员1.2万人次，新增AED 85台。"] == "一、主要工作 › （一）应急救护"
    assert sections["2025年力争培训救护员1.5万人次。"] == "二、工作打算"
    # the issuer's line is no section: it opens the first passage
    assert doc.body[0].section is None and doc.body[0].text.startswith("东江市红十字会办公室")


def _spanned_pdf() -> bytes:
    """A ruled table (reportlab's GRID) whose region cells span two rows each, centred, and whose total spans the
    first two columns."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=16)
    rows = [["片区", "项目", "人次"], ["东片", "救护培训", "520"], ["", "无偿献血", "310"],
            ["西片", "救护培训", "460"], ["", "无偿献血", "270"], ["合计", "", "1560"]]
    table = Table(rows, colWidths=[40 * mm, 40 * mm, 36 * mm], rowHeights=10 * mm)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("SPAN", (0, 1), (0, 2)),
                               ("SPAN", (0, 3), (0, 4)), ("SPAN", (0, 5), (1, 5))]))
    story = [Paragraph("青溪县红十字会2024年片区数据", ParagraphStyle("h", fontName="STSong-Light", fontSize=16,
                                                                leading=22)),
             Paragraph("各片区情况见下表。", body), table, Paragraph("感谢全体志愿者。", body)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def test_a_ruled_pdf_cell_spanning_rows_is_read_in_each_row_it_spans():
    doc = load(_spanned_pdf(), "qingxi.pdf")
    sentences = [s for p in doc.body if p.kind == "table" for s in p.sentences]
    assert sentences == ["东片 — 项目：救护培训；人次：520", "东片 — 项目：无偿献血；人次：310",
                         "西片 — 项目：救护培训；人次：460", "西片 — 项目：无偿献血；人次：270", "合计 — 人次：1560"]


def _merged_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("片区数据", style="Title")
    table = d.add_table(rows=4, cols=3)
    for row, cells in zip(table.rows, [("片区", "项目", "人次"), ("东片", "救护培训", "520"), ("", "无偿献血", "310"),
                                       ("合计", "", "830")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(3, 0).merge(table.cell(3, 1))
    return docx_saved(d)


def test_word_cells_merged_down_a_column_or_across_a_row_keep_every_figure_under_its_header():
    table = [p for p in load(_merged_docx(), "zone.docx").body if p.kind == "table"][0]
    assert table.sentences == ("东片 — 项目：救护培训；人次：520", "东片 — 项目：无偿献血；人次：310",
                               "合计 — 人次：830")


def test_an_html_cell_spanning_columns_leaves_the_next_cells_under_their_headers():
    page = ("<h1>片区数据</h1><table><tr><th>序号</th><th>片区</th><th>人次</th></tr><tr><td>1</td><td>东片</td>"
            "<td>520</td></tr><tr><td colspan=2>合计</td><td>520</td></tr></table>")
    table = [p for p in load(page.encode(), "zone.html").body if p.kind == "table"][0]
    assert table.sentences[-1] == "合计 — 人次：520"

def test_a_bold_label_line_of_a_word_notice_stays_text_under_its_section():
    import docx

    d = docx.Document()
    for text, bold in [("关于举办应急救护技能竞赛的通知", True), ("一、比赛安排", True),
                       ("比赛时间：2025年5月17日", True), ("比赛地点：东江市体育中心", True),
                       ("二、联系方式", True), ("咨询电话：0839-7209876", True)]:
        d.add_paragraph().add_run(text).bold = bold
    doc = load(docx_saved(d), "contest.docx")
    # emphasis on a label line makes no section: its value stays in a passage, under the heading it belongs to
    assert "比赛时间：2025年5月17日" not in doc.headings
    sections = {line: p.section for p in doc.body for line in p.text.splitlines()}
    assert sections["比赛时间：2025年5月17日"] == "一、比赛安排"
    assert sections["咨询电话：0839-7209876"] == "二、联系方式"


CAMP_TXT = """东江市青少年夏令营活动方案

◆ 活动对象
全市中小学红十字会员，共招收学员80名。

◆ 收费标准
每名学员收取伙食费和保险费共计600元。
"""


def test_a_marked_line_over_a_paragraph_heads_it():
    doc = load(CAMP_TXT.encode(), "camp.txt")
    sections = {p.text.splitlines()[-1]: p.section for p in doc.body}
    assert "收费标准" in sections["每名学员收取伙食费和保险费共计600元。"]



NOTICE_TXT = """东江捐血中心
捐血活动公告汇整（第1季）
发布单位：东江捐血中心企划课　更新日期：2025年4月2日

【1月】
◆ 1月全中心共募得血液1万2,360袋，较去年同期减少6%。
◆ 1月18日于市民广场举办迎新春活动，捐血250cc以上赠送保温杯一个。
・ 活动时间：上午9时至下午5时
・ 两天共有1,286人次参加

【捐血室资讯】
・ 中区捐血室：东江市中区五权路310号　服务时间：每日08:30～17:30
・ 西区捐血室：东江市西区福星路420号　服务时间：每日11:00～20:00
"""


def test_a_plain_notice_whose_items_are_marked_with_diamonds_and_dots_reads_them_as_items_of_its_sections():
    doc = load(NOTICE_TXT.encode(), "notice.txt")
    # a dotted line is no heading: every line stands in a passage, under its bracketed section
    assert doc.headings == ("捐血活动公告汇整（第1季）", "【1月】", "【捐血室资讯】")
    lists = {p.section: p for p in doc.body if p.kind == "list"}
    assert lists["【1月】"].sentences[-1] == "两天共有1,286人次参加"
    assert "西区捐血室：东江市西区福星路420号 服务时间：每日11:00~20:00" in lists["【捐血室资讯】"].sentences


def test_a_pdf_line_broken_before_a_pound_sign_keeps_the_space_before_the_figure():
    from tests.files import make_pdf

    lines = ["Annual Accounts", "", "Total income for the year was 139,930 pounds and the total expenditure was",
             "£110,050, giving a surplus for the year that the trustees set aside for a new vehicle.",
             "The largest grant came from the county foundation, which gave the trust a grant of",
             "£36,500 towards the training of volunteers in the villages around the town."]
    text = " ".join(p.text for p in load(make_pdf([lines]), "accounts.pdf").body)
    assert "expenditure was £110,050" in text and "grant of £36,500" in text


def test_a_footers_links_to_other_pages_are_no_text_of_the_page():
    page = ("<html><body><main><h1>First aid courses</h1><p>Courses run every month.</p></main><footer>"
            "<h4>Quick links</h4><ul><li><a href='/privacy'>Privacy policy</a></li><li><a href='/c'>Cookies</a></li>"
            "</ul><p>Riverton First Aid Trust, 14 Mill Lane. Registered charity number 1098765.</p></footer>"
            "</body></html>")
    doc = load(page.encode(), "courses.html")
    text = "\n".join(p.text for p in doc.body)
    assert "1098765" in text  # what the footer says of the publisher
    assert "Cookies" not in text and "Quick links" not in doc.headings


HOSPICE_PAGE = """<html><head><title>Volunteering | Hillford Hospice</title></head><body>
<div class="brand"><h2>Hillford Hospice</h2></div>
<h2>Ways to help</h2><p>Our volunteers give 4 hours a week in the shop or the café.</p>
<h2>How to apply</h2><p>Fill in the form and we call you within 10 days.</p>
<footer><p>Hillford Hospice, 12 Mill Lane, Hillford. Registered charity 1023456.</p></footer></body></html>"""


def test_a_page_title_split_from_the_site_name_its_footer_writes_is_the_pages_part():
    # review-30: the brand's heading matched the title's site part and became the page's title
    assert load(HOSPICE_PAGE.encode(), "volunteer.html").title == "Volunteering"
    # the site's name first, written in the header's mark; the heading is the page's part
    page = HOSPICE_PAGE.replace("Volunteering | Hillford Hospice", "Hillford Hospice – Volunteering").replace(
        '<div class="brand"><h2>Hillford Hospice</h2></div>', '<header><a href="/">Hillford Hospice</a>'
        '<nav><a href="/v">Volunteering</a></nav></header><h2>Volunteering</h2>')
    doc = load(page.encode(), "volunteer.html")
    assert doc.title == "Volunteering" and doc.paragraphs[0].section != "Volunteering"
    # no name written elsewhere: the title stays whole
    page = HOSPICE_PAGE.replace('<div class="brand"><h2>Hillford Hospice</h2></div>', "").replace(
        "Hillford Hospice, 12 Mill Lane", "12 Mill Lane")
    assert load(page.encode(), "volunteer.html").title == "Volunteering | Hillford Hospice"
