"""A PDF table whose text layer gives one cell a line is read as a table, over a page break, figures kept."""
from __future__ import annotations

from reportbot.corpus.loaders import read_document
from reportbot.corpus.pdf_furniture import without_furniture
from reportbot.corpus.pdf_tables import segments

from tests.files import load, make_pdf

PAGES = [["青溪县红十字会2024年工作综述", "一、主要工作", "全年开展救护培训120场次，比上年增长两成。",
          "二、主要指标", "表1 主要工作指标", "指标", "2023年", "2024年", "救援队（支）", "9", "12",
          "持证救护员（人）", "860", "1,020"],
         ["志愿者（名）", "2.1", "2.5", "博爱家园（个）", "14", "18", "三、下一步安排", "继续推进救护培训进社区。"]]


def test_a_cell_a_line_table_is_read_with_its_header_on_both_pages():
    # drawn as a report's table often is: each cell on a line of its own, the table over two pages
    doc = load(make_pdf(PAGES, header=False, font="STSong-Light"), "qingxi.pdf")
    tables = [p for p in doc.body if p.kind == "table"]
    text = "\n".join(s for p in tables for s in p.sentences)
    # each figure stays with its row and its year; decimals are no page numbers
    for row in ["救援队（支） — 2023年：9；2024年：12", "持证救护员（人） — 2023年：860；2024年：1,020",
                "志愿者（名） — 2023年：2.1；2024年：2.5", "博爱家园（个） — 2023年：14；2024年：18"]:
        assert row in text
    assert [p.page for p in tables] == [1, 2]
    assert any("继续推进救护培训进社区" in p.text and p.page == 2 for p in doc.body)


def test_prose_of_short_lines_is_no_table():
    lines = ["一、培训对象", "本社区居民", "二、培训内容", "心肺复苏", "三、报名方式", "现场报名"]
    assert all(not s.rows for s in segments(lines))


def test_a_figure_alone_on_a_line_is_kept_and_a_page_number_is_not():
    lines = ["Annual report - page 2", "Calls answered", "2", "21.4", "- 2 -"]
    running = {"Annual report - page #", "#", "#.#", "- # -"}
    assert without_furniture(lines, 2, running) == ["Calls answered", "2", "21.4"]


def test_a_row_whose_change_is_written_in_words_stays_in_its_table():
    lines = ["项目", "2023年", "2022年", "本年比上年增减", "营业收入", "176,420", "158,930", "11.00%",
             "加权平均净资产收益率", "9.02%", "8.37%", "增加0.65个百分点", "总资产", "262,310", "241,870", "8.45%"]
    (table,) = segments(lines)
    assert table.rows[-2:] == (("加权平均净资产收益率", "9.02%", "8.37%", "增加0.65个百分点"),
                               ("总资产", "262,310", "241,870", "8.45%"))


def test_a_lower_case_line_continues_an_abbreviation_and_a_numbered_heading_stands_alone():
    from reportbot.corpus.pdf_lines import join_wrapped_lines

    page = "\n".join([
        "Three tenders were received for the replacement of the Building C roof: Summit Roofing Ltd.",
        "at $184,500; Harbourview Contracting at $197,200; and K&L Exteriors at $176,900 in all.",
        "Wednesday, 14 May 2025, Community Room, 220 Maple Court Drive, Hamilton, Ontario, Canada",
        "1. Call to Order and Attendance",
        "The meeting was called to order at 7:04 p.m. by the President, who chaired the meeting.",
    ])
    paragraphs = join_wrapped_lines(page).split("\n\n")
    assert paragraphs[0].endswith("Summit Roofing Ltd. at $184,500; Harbourview Contracting at $197,200; and K&L "
                                  "Exteriors at $176,900 in all.")
    assert "1. Call to Order and Attendance" in paragraphs


def _grid_pdf(rows: list[tuple[str, ...]], columns: list[int], font: str = "Helvetica") -> bytes:
    """A page with a title, a sentence, a table drawn as text at column positions (no ruling lines; the second
    row's action wraps onto a second line) and a closing sentence."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if font == "STSong-Light":
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(font, 11)
    c.drawString(50, 780, rows[0][0] if font != "Helvetica" else "Millbrook Blood Service - 2024 summary")
    c.drawString(50, 762, "The service collected more blood this year than in any year before." if font == "Helvetica"
               else "全年采血量创历史新高，各站点运行情况如下表。")
    y = 736
    for row in rows[1:]:
        for x, cell in zip(columns, row):
            for k, part in enumerate(cell.split("|")):  # "|" marks where a cell wraps onto its next line
                c.drawString(x, y - 13 * k, part)
        y -= 13 * max(len(cell.split("|")) for cell in row) + 5
    c.drawString(50, y - 10, "Donors gave blood at three sites across the city." if font == "Helvetica"
                 else "明年计划再建两处采血屋。")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_table_of_words_without_ruling_lines_is_read_by_its_columns():
    rows = [("",), ("Site", "Donors", "Opening hours"), ("North clinic", "9,800", "Mon to Fri"),
            ("Harbour mobile unit", "3,150", "weekends and|public holidays"),
            ("Airport lounge", "n/a", "by appointment")]
    doc = load(_grid_pdf(rows, [50, 200, 300]), "blood.pdf")
    (table,) = [p for p in doc.body if p.kind == "table"]
    # each cell is read with its column's header, a wrapped cell whole, as a docx or html table is
    assert "Harbour mobile unit — Donors: 3,150; Opening hours: weekends and public holidays" in table.sentences
    assert "North clinic — Donors: 9,800; Opening hours: Mon to Fri" in table.sentences
    # the prose around it stays prose
    assert any(p.kind != "table" and "three sites" in p.text for p in doc.body)
    assert not any(p.kind == "table" and "three sites" in p.text for p in doc.body)


def test_a_chinese_table_of_words_is_read_by_its_columns():
    rows = [("青溪县献血服务2024年概况",), ("站点", "献血人次", "开放时间"), ("城北献血屋", "9800", "周一至周五"),
            ("流动采血车", "3150", "周末"), ("高铁站献血点", "760", "预约")]
    doc = load(_grid_pdf(rows, [50, 200, 300], font="STSong-Light"), "qingxi_blood.pdf")
    (table,) = [p for p in doc.body if p.kind == "table"]
    assert "城北献血屋 — 献血人次：9800；开放时间：周一至周五" in table.sentences
    assert any("再建两处采血屋" in p.text and p.kind != "table" for p in doc.body)


def _drawn_pdf(lines: list[tuple[float, list[tuple[float, str]]]]) -> bytes:
    """A page of Chinese text in 11 pt: each line (its y, its pieces' x and text) drawn as one text object, its
    pieces apart (as a word processor draws a list item's marker and its text, or a line of two columns)."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for y, pieces in lines:
        t = c.beginText()
        t.setFont("STSong-Light", 11)
        for x, text in pieces:
            t.setTextOrigin(x, y)
            t.textOut(text)
        c.drawText(t)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_lines_drawn_a_character_at_a_time_are_no_table():
    # some PDFs place every character on its own; short lines of one font then line up character by character
    # (read as a table, each character was a cell: | （ | 一 | ） | 组 | 织 |)
    lines = ["（一）组织", "（二）宣传", "（三）培训"]
    drawn = [(780, [(50, "二、工作措施")])]
    drawn += [(760 - 16 * n, [(50 + 11 * k, ch) for k, ch in enumerate(line)]) for n, line in enumerate(lines)]
    text = read_document(_drawn_pdf(drawn), "measures.pdf")
    assert "|" not in text and all(line in text for line in lines)
    # while short cells drawn in columns well apart are a table
    rows = [("站点", "人次"), ("城北", "9800"), ("城南", "760")]
    drawn = [(780, [(50, "二、献血")])]
    drawn += [(760 - 16 * n, [(50 + 150 * k, t) for k, t in enumerate(row)]) for n, row in enumerate(rows)]
    text = read_document(_drawn_pdf(drawn), "blood.pdf")
    assert "| 站点 | 人次 |" in text and "| 城北 | 9800 |" in text and "| 城南 | 760 |" in text


def test_a_list_whose_markers_are_drawn_apart_from_its_items_is_no_table():
    # "1." and its item drawn as two pieces line up as two columns; read as a table, item 1 was its header and
    # vanished and the rest read "2.：新建农村公路四十五公里"
    numbered = ["完成危旧房改造三百户", "新建农村公路四十五公里", "改造学校校舍十二所", "新增养老床位二百张"]
    parts = ["组织领导", "宣传动员", "培训演练", "督查考核"]
    lines = [(780, [(50, "一、二〇二五年民生实事完成情况")])]
    lines += [(760 - 16 * k, [(50, f"{k + 1}."), (68, t)]) for k, t in enumerate(numbered)]
    lines += [(680, [(50, "二、工作措施")])]
    marks = ["（一）", "（二）", "（三）", "（四）"]
    lines += [(660 - 16 * k, [(50, marks[k]), (86, t)]) for k, t in enumerate(parts)]
    text = read_document(_drawn_pdf(lines), "minsheng.pdf").replace(" ", "")
    assert "|" not in text and "：" not in text
    assert all(f"{k + 1}.{t}" in text for k, t in enumerate(numbered))
    assert all(m + t in text for m, t in zip(marks, parts))
    # items set at a tab stop well clear of their markers: the markers' column still makes them no table
    lines = [(780, [(50, "一、民生实事")])]
    lines += [(760 - 16 * k, [(50, f"{k + 1}."), (90, t)]) for k, t in enumerate(numbered)]
    text = read_document(_drawn_pdf(lines), "minsheng.pdf").replace(" ", "")
    assert "|" not in text and all(t in text for t in numbered)


def test_two_columns_of_chinese_prose_are_no_table():
    left = ["本年度全市红十字系统共开展应急救护", "培训一千二百余场，培训持证救护员三",
            "万八千人，普及性培训覆盖二十余万人", "次，较上年增长百分之十五。"]
    right = ["全市新建博爱家园十四个，累计建成一", "百零六个，覆盖所有乡镇街道。各地结",
             "合实际开展困难群众走访慰问，发放救", "助款物折合三百余万元。"]
    # lines of 17 characters (187 pt) from x=50 and x=250: a gutter of 13 pt, 1.2 em
    lines = [(780, [(50, "二〇二四年工作回顾")])] + [(750 - 16 * k, [(50, a), (250, b)]) for k, (a, b) in
                                                 enumerate(zip(left, right))]
    text = read_document(_drawn_pdf(lines), "review.pdf").replace(" ", "")
    assert "|" not in text and "：" not in text
    assert all(t in text for t in left + right)


def test_a_table_typed_with_spaces_is_stored_as_a_table_with_its_header():
    # each row one line of text, its cells set apart by runs of spaces, no rules (jiangsu_2023's Table 1 is so)
    rows = [("指标", "2018年", "2023年"), ("建立党组的县级红十字会", "61个", "88个"), ("博爱家园", "210个", "580个"),
            ("注册志愿者", "12.7万名", "22.8万名")]
    lines = ["五、主要指标对比", "表1  主要指标"] + [f"{a:<24}{' ' * 8}{b:<10}{' ' * 8}{c}" for a, b, c in rows] \
        + ["各项指标均较五年前有较大增长。"]
    text = read_document(make_pdf([lines], header=False, font="STSong-Light"), "jiangsu.pdf")
    assert "| 指标 | 2018年 | 2023年 |" in text and "| 博爱家园 | 210个 | 580个 |" in text
    assert "580个注册志愿者" not in text  # no more one run-on line
    assert "各项指标均较五年前有较大增长。" in text.split("\n")


def test_a_list_whose_markers_are_spaced_from_its_items_stays_a_list():
    lines = ["Steps", "1.   Check the scene is safe.", "2.   Call 120.", "3.   Start chest compressions.",
             "The steps are taught in every course."]
    text = read_document(make_pdf([lines], header=False), "steps.pdf")
    assert "|" not in text and "Call 120." in text


def test_label_lines_spaced_from_their_values_stay_lines():
    # "Label:   value" lines set apart by spaces say what each holds: no table, and the first pair is kept
    lines = ["Volunteer record", "Name:        Alice Brown", "Role:        Driver", "Joined:      12 May 2024",
             "Phone:       0161 496 0000"]
    text = read_document(make_pdf([lines], header=False, font="Courier"), "record.pdf")
    assert "|" not in text and "Alice Brown" in text and "Driver" in text
