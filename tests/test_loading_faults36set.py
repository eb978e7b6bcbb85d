"""Loading faults set 36's documents showed (lead-40). Made-up documents in the bench documents' shapes: a ruled PDF
table whose group column has no line between a group's rows, a unit line above a table, a PDF title over the first
section's smaller heading, a running footer drawn on one baseline with the page's number, an account's long labels
with bare figures, and an e-mail thread quoting earlier messages."""
from __future__ import annotations

from reportbot.corpus.loaders import read_document

from tests.files import docx_saved, drawn_pdf, field_char, field_instruction, load


def _grouped_table_pdf() -> bytes:
    """A report page whose money table names each group (收入, 支出) once, in a column with no ruling line between
    the group's rows, a subtotal row under each group; a unit line above it, right-aligned."""
    rows = [("收入", "捐赠资金", "2,180"), ("", "财政补助", "560"), ("小计", "", "2,740"),
            ("支出", "人道救助", "1,520"), ("", "救灾", "430"), ("", "其他", "280"), ("小计", "", "2,230")]

    def draw(c):
        c.setFont("STSong-Light", 10.5)
        c.drawString(60, 780, "（六）财务收支。全年财务收支经第三方审计，收支情况见下表。")
        c.setFont("STSong-Light", 11)
        c.drawCentredString(297, 750, "2024年财务收支情况")
        c.setFont("STSong-Light", 9)
        c.drawRightString(500, 735, "单位：万元")
        xs, y, rh = [80, 180, 330, 500], 725, 20
        top = y
        c.setFont("STSong-Light", 10)
        c.line(xs[0], y, xs[-1], y)
        for j, h in enumerate(["类别", "项目", "2024年"]):
            c.drawString(xs[j] + 5, y - 14, h)
        y -= rh
        c.line(xs[0], y, xs[-1], y)
        for cat, item, v in rows:
            for j, t in enumerate((cat, item, v)):
                if t:
                    c.drawString(xs[j] + 5, y - 14, t)
            y -= rh
            c.line(xs[1], y, xs[-1], y)  # (the group column is left open between rows)
        c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, top, x, y)
        c.setFont("STSong-Light", 10.5)
        c.drawString(60, y - 30, "各位理事，让我们团结一心，推动红十字事业高质量发展。")
        c.showPage()
    return drawn_pdf(draw)


def test_a_group_named_once_in_an_unruled_column_names_each_of_its_rows_not_the_first_group():
    stored = read_document(_grouped_table_pdf(), "report.pdf")
    assert "| 支出 | 救灾 | 430 |" in stored and "| 支出 | 其他 | 280 |" in stored
    assert "| 收入 | 财政补助 | 560 |" in stored
    assert "| 收入 | 救灾" not in stored and "| 收入 | 其他" not in stored


def test_a_unit_line_above_a_table_is_no_heading_and_the_caption_heads_the_rows():
    doc = load(_grouped_table_pdf(), "report.pdf")
    assert all("单位" not in x for p in doc.body for x in p.path)
    rows = next(p for p in doc.body if "救灾" in p.text)
    assert rows.path[-1] == "2024年财务收支情况"
    assert "单位：万元" in next(p for p in doc.body if "捐赠资金" in p.text).text  # (the unit opens the rows)


def test_a_unit_line_above_a_plain_text_table_is_no_heading():
    text = ("社区服务站2024年报告\n\n全年收支情况如下。\n\n单位：元\n"
            "项目    金额\n捐赠收入    120,000\n财政补助    80,000\n\n感谢各界支持。\n")
    doc = load(text.encode(), "report.txt")
    assert all("单位" not in x for p in doc.body for x in p.path)


def _title_over_heading_pdf() -> bytes:
    def draw(c):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(50, 780, "Harbourside Sub-Centre Annual Operations Report 2024-25")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 750, "From the Sub-Centre Manager")
        c.setFont("Helvetica", 9.5)
        y = 730
        for line in ["This report covers the financial year 1 July 2024 to 30 June 2025 for the",
                     "Harbourside Sub-Centre. Our crews attended 11,842 cases, up from 10,975.", "",
                     "Volunteers contributed 52,300 rostered hours this year."]:
            c.drawString(50, y, line)
            y -= 14
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y - 14, "Finance")
        c.setFont("Helvetica", 9.5)
        c.drawString(50, y - 34, "Total income for 2024-25 was $4.62 million.")
        c.showPage()
    return drawn_pdf(draw)


def test_a_pdf_title_does_not_swallow_the_smaller_heading_under_it():
    doc = load(_title_over_heading_pdf(), "report.pdf")
    assert doc.title == "Harbourside Sub-Centre Annual Operations Report 2024-25"
    opening = next(p for p in doc.body if "11,842 cases" in p.text)
    assert opening.path[-1] == "From the Sub-Centre Manager"


def _footer_on_one_baseline_pdf() -> bytes:
    """Two pages: a running header and footer each drawn left and right on one baseline (the footer's right part the
    page's number), drawn before the body; the first page's body in two columns, the second's in one, the last
    sentence of the first page going on on the second."""
    col1 = [f"Crews from station {k} attended {100 + k} cases this year, up from {90 + k} last" for k in range(1, 30)]
    col2 = [f"Volunteers at post {k} gave {200 + k} hours of rostered time to the" for k in range(1, 29)]
    col2.append("sub-centre; the largest single gift was a bequest of")
    page2 = ["$150,000 from the estate of the late Dorothy Ainsworth,", "which will fund a new ambulance.", "",
             "Glossary", "", "CFR - Community First Responder.", "VAO - Volunteer Ambulance Officer.",
             "ePCR - electronic patient care record.", "P1 - Priority 1."]

    def chrome(c, n):
        c.setFont("Helvetica", 8)
        c.drawString(50, 810, "St John South West - Harbourside Sub-Centre")
        c.drawRightString(545, 810, "Annual Operations Report 2024-25")
        c.drawString(50, 30, "22 Blair Street, Harbourside WA 6230  |  (08) 9721 4400")
        c.drawRightString(545, 30, f"Page {n}")

    def draw(c):
        chrome(c, 1)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(50, 770, "Harbourside Annual Operations Report")
        c.setFont("Helvetica", 9.5)
        for x, lines in ((50, col1), (310, col2)):
            y = 740
            for line in lines:
                c.drawString(x, y, line[:56])
                y -= 23
        c.showPage()
        chrome(c, 2)
        c.setFont("Helvetica", 9.5)
        y = 780
        for line in page2:
            if line:
                c.drawString(50, y, line)
            y -= 13
        c.showPage()
    return drawn_pdf(draw)


def test_a_running_footer_drawn_beside_the_page_number_stays_out_of_the_text():
    doc = load(_footer_on_one_baseline_pdf(), "report.pdf")
    text = "\n".join(p.text for p in doc.body)
    assert "Blair Street" not in text and "9721" not in text
    assert any("bequest of $150,000 from the estate" in p.text for p in doc.body)


def test_an_account_of_long_labels_and_bare_figures_is_no_run_of_headings():
    text = ("某縣支會年度成果報告\n\n壹、計畫緣起\n本支會辦理救生員訓練及夏季海域守望勤務，經費新臺幣186萬元。\n\n"
            "肆之一、經費支用情形（單位：新臺幣元）\n救生員訓練講師鐘點費及場地費：412,000\n守望站搭設及救生器材：538,000\n"
            "救生員及志工誤餐費、交通補助：466,000\n意外保險費：127,000\n宣導品及「水域安全十招」摺頁印製：98,000\n"
            "合計：1,641,000\n\n伍、檢討與建議\n一、建議增派救生員2名。\n")
    doc = load(text.encode(), "report.txt")
    paths = {x for p in doc.body for x in p.path}
    assert not any("：" in x and x[-1].isdigit() for x in paths)
    holding = next(p for p in doc.body if "466,000" in p.text)
    assert "412,000" in holding.text and "98,000" in holding.text
    assert holding.path[-1].startswith("肆之一")


_THREAD = """From: Morag Fraser <morag@example.org>
To: Volunteers <volunteers@example.org>
Date: Thursday, 2 October 2025 21:14
Subject: Re: Marathon cover - thank you

Hi all,

Thank you to everyone who turned out on Sunday for the marathon. We treated 212 patients.

Cheers,
Morag
Morag Fraser | Event Lead

> From: Callum Reid <callum@example.org>
> Date: Monday, 15 September 2025 10:02
> Subject: Marathon cover - final rota
>
> Morning team,
>
> Kit: every post gets one AED, one oxygen set and a foil blanket pack of 50. Post 9 (finish) also
> gets the ice baths for heat cases, although the forecast says 14C.
>
> Key times:
> - Coaches leave the park for the start at 0645 hrs.
> - The marathon starts at 1000 hrs.
>
> Thanks,
> Callum Reid | Volunteer Coordinator
>
> > From: Dr Niamh O'Brien
> > Date: Friday, 12 September 2025 16:40
> > Subject: clinical notes for the marathon
> >
> > Do not give large volumes of plain water; call me on the control
> > channel (Channel 2).
> > Niamh O'Brien (Clinical Advisor)
"""


def test_a_quoted_message_reads_without_its_quote_marks_and_under_its_subject():
    doc = load(_THREAD.encode(), "thread.txt")
    text = "\n".join(p.text for p in doc.body)
    assert "> " not in text and "\n>" not in text
    kit = next(p for p in doc.body if "ice baths" in p.text)
    assert "Post 9 (finish) also gets the ice baths" in kit.text
    assert kit.path[-1] == "Marathon cover - final rota"
    water = next(p for p in doc.body if "plain water" in p.text)
    assert water.path[-1] == "clinical notes for the marathon"
    assert "control channel (Channel 2)" in water.text


def test_a_text_with_a_line_or_two_opening_with_a_greater_than_sign_keeps_them():
    text = "Pool rules\n\nChildren under 8 must be supervised.\n\n> 40 swimmers at once is too many.\n"
    doc = load(text.encode(), "rules.txt")
    assert any("> 40 swimmers" in p.text for p in doc.body)


def _docx_with_contents(entries: list[str] | None) -> bytes:
    """A Word file whose table of contents is a TOC field: its result Word's entries (``entries``, in the TOC 1
    style Word gives them), or, never updated, the field's placeholder line."""
    import docx

    d = docx.Document()
    d.add_paragraph("某市红十字会2025年工作进展情况", style="Title")
    p = d.add_paragraph()
    field_char(p, "begin")
    field_instruction(p, 'TOC \\o "1-2" \\h \\z \\u')
    field_char(p, "separate")
    if entries is None:
        p.add_run("目录（在Word中右键“更新域”可刷新页码）")
        field_char(p, "end")
    else:
        p.add_run(entries[0])
        for entry in entries[1:]:
            p = d.add_paragraph(entry)
        field_char(p, "end")
    d.add_paragraph("第一章　总体情况", style="Heading 1")
    d.add_paragraph("全市募集社会捐赠款物3,140万元，开展应急救护普及培训14.3万人次。")
    d.add_paragraph("第二章　党的建设", style="Heading 1")
    d.add_paragraph("市红十字会党组召开党组会议16次。")
    return docx_saved(d)


def test_a_word_contents_field_never_updated_leaves_no_placeholder_line():
    doc = load(_docx_with_contents(None), "progress.docx")
    assert not any("更新域" in p.text for p in doc.body)
    assert doc.title == "某市红十字会2025年工作进展情况"


def test_a_word_contents_field_s_entries_are_no_text_and_head_nothing():
    doc = load(_docx_with_contents(["第一章　总体情况\t1", "第二章　党的建设\t2"]), "progress.docx")
    holding = [p for p in doc.body if "党建" in p.text or "党的建设" in p.text]
    assert all("\t" not in p.text and "总体情况" not in p.text for p in holding)
    opening = next(p for p in doc.body if "3,140万元" in p.text)
    assert "党的建设" not in opening.text and opening.path[-1] == "第一章\u3000总体情况"  # (the gap kept, 47)

