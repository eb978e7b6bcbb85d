"""A PDF's font sizes read into its stored text: lines in the body's size are no headings, a change of size ends a
block; a byline is a line, not a list item; a short line that is no heading is no passage of its own. Each test
builds its file and shows the stored text or passages a user would see."""
from __future__ import annotations

import io

from reportbot.corpus.loaders import read_document
from reportbot.corpus.pdf_sizes import PageSizes, size_runs
from reportbot.corpus.sentences import is_heading
from reportbot.corpus.split import parse_text


def _sized_pdf(lines: list[tuple[float, str]], title: str = "", font: str = "Helvetica") -> bytes:
    """One page of lines, each drawn in its own font size, a line's height apart (a gap before a larger line)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if font == "STSong-Light":
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if title:
        c.setTitle(title)
    y = 780.0
    for size, line in lines:
        c.setFont(font, size)
        c.drawString(60, y, line)
        y -= size * 1.6
    c.showPage()
    c.save()
    return buf.getvalue()


BODY = [(10.5, "Demand rose sharply in the winter months, and our volunteers kept the pantry open five days a"),
        (10.5, "week, from the first frost until the spring, with help from three new partner schools."),
        (13.0, "2. Our year in numbers"),
        (10.5, "We supported 3,420 households, or 9,860 individuals, during the year, up from 2,950 in 2023."),
        (10.5, "Volunteers gave 18,750 hours of their time, and drivers covered 41,000 miles with deliveries.")]


def test_label_date_phone_and_signature_lines_in_the_body_size_are_no_headings():
    pdf = _sized_pdf([(16.0, "金华市划船协会2024年度工作总结"), (10.5, "发布单位：金华市划船协会办公室"),
                      (10.5, "发布日期：2025年1月10日"), (13.0, "一、总体情况"),
                      (10.5, "2024年，协会聚焦主责主业，各项工作取得新进展，全年组织训练一百二十场次。"),
                      (10.5, "联系电话：0579-82136620")], font="STSong-Light")
    text = read_document(pdf, "summary.pdf")
    assert "\n发布单位：金华市划船协会办公室\n\n发布日期：2025年1月10日\n\n## 一、总体情况\n" in text
    assert "\n联系电话：0579-82136620\n" in text and "## 联系电话" not in text
    body = parse_text(text, "summary.pdf").body  # a label stands as no passage: it opens the next
    assert body[0].text.startswith("发布单位：金华市划船协会办公室\n发布日期：2025年1月10日\n一、总体情况\n2024年")
    # (the contact line ending it is the document's closing, under no section: .contact_foot, loaders50)
    assert body[0].path == ("一、总体情况",) and body[0].text.endswith("一百二十场次。")
    assert len(body) == 2 and body[-1].text == "联系电话：0579-82136620" and body[-1].path == ()
    english = read_document(_sized_pdf([(16.0, "Hillcrest Rowing Trust - Annual Report 2024"), *BODY[:2],
                                        (10.5, "Eleanor Whitcombe, Chair of Trustees"), *BODY[2:]]), "t.pdf")
    assert "\nEleanor Whitcombe, Chair of Trustees\n" in english and "## Eleanor" not in english


def test_a_line_set_smaller_is_a_block_of_its_own_not_glued_to_the_paragraph():
    pdf = _sized_pdf([(18.0, "成都市划船协会2024年工作总结"), (11.0, "（2025年1月16日 成都市划船协会理事会审议通过）"),
                      (12.0, "2024年，在各方指导下，协会坚持以训练为中心，聚焦主责主业，圆满完成全年各项目标任务，"),
                      (12.0, "全年共组织训练三百场次。")], font="STSong-Light")
    text = read_document(pdf, "chengdu.pdf")
    assert "\n（2025年1月16日 成都市划船协会理事会审议通过）\n\n2024年，在各方指导下" in text


def test_a_meeting_line_and_the_heading_under_it_stay_apart():
    pdf = _sized_pdf([(16.0, "Maple Rowing Club Inc."), (16.0, "Minutes of the Regular Meeting of the Board"),
                      (9.5, "Wednesday, 14 May 2025, Clubhouse, 220 Maple Court Drive, Hamilton"),
                      (13.0, "1. Call to Order and Attendance"), *BODY])
    text = read_document(pdf, "minutes.pdf")
    assert "# Maple Rowing Club Inc.\n\n## Minutes of the Regular Meeting of the Board\n\n" \
           "Wednesday, 14 May 2025, Clubhouse, 220 Maple Court Drive, Hamilton\n\n## 1. Call to Order" in text


def test_a_byline_is_a_line_not_a_list_item_and_still_the_author():
    pdf = _sized_pdf([(15.0, "守正笃行启新程——青川市划船协会“五大”以来党建工作综述"), (11.0, "■ 韩秋白"),
                      (10.5, "过去五年，全市划船协会党的建设全面加强，各项工作取得新进展，训练水平不断提升。")],
                     title="青川市划船协会党建工作综述", font="STSong-Light")
    text = read_document(pdf, "review.pdf")
    assert "\n■ 韩秋白\n" in text and "- 韩秋白" not in text and "## ■" not in text
    doc = parse_text(text, "review.pdf")
    assert doc.author == "韩秋白" and doc.title == "青川市划船协会党建工作综述"
    word = _bulleted_docx("青川市划船协会党建工作综述", "李晋峰", "过去五年，党的建设全面加强。")
    stored = read_document(word, "r.docx")
    assert "\n■ 李晋峰\n" in stored and "- 李晋峰" not in stored
    assert parse_text(stored, "r.docx").author == "李晋峰"


def _bulleted_docx(title: str, name: str, text: str) -> bytes:
    """A Word file whose byline the word processor set as a bulleted list paragraph."""
    import docx

    d = docx.Document()
    d.add_paragraph(title, style="Title")
    d.add_paragraph(name, style="List Bullet")
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_plain_texts_label_line_ends_the_passage_before_it_not_one_of_its_own():
    doc = parse_text("温州市划船协会年度总结\n\n一、总体情况\n\n全年组织训练一百场次。\n\n联系电话：0577-88886666\n\n"
                     "二、下一步\n\n继续做好训练。\n", "summary.txt")
    assert [p.text for p in doc.body] == ["全年组织训练一百场次。\n联系电话：0577-88886666", "继续做好训练。"]
    assert doc.body[0].path == ("一、总体情况",)


def test_labels_and_phone_numbers_are_no_headings_but_a_caption_may_be_one():
    assert not is_heading("发布单位：金华市红十字会办公室") and not is_heading("联系电话：0579-82136620")
    assert not is_heading("Enquiries 020 7946 0958") and is_heading("一、总体情况")
    assert is_heading("附表：主要指标对比", labels=False) and not is_heading("附表：主要指标对比")


def test_lines_split_where_their_size_changes():
    page = PageSizes({"Title": 16.0, "Aline": 10.0, "Bline": 10.0, "Note": 8.0}, body=10.0)
    assert size_runs(["Title", "A line", "B line", "unknown", "Note"], page) == [
        (["Title"], 16.0), (["A line", "B line", "unknown"], 10.0), (["Note"], 8.0)]
    assert page.larger(16.0) and not page.larger(10.2) and PageSizes({}, body=None).larger(16.0) is None


def test_a_pdf_that_sets_only_its_title_larger_keeps_its_body_size_headings():
    pdf = _sized_pdf([(16.0, "Riverside Food Bank Annual Report 2024"), (10.5, "1. Introduction"), *BODY[:2],
                      (10.5, "4. Contact us"), (10.5, "Tel: 020 7946 0958")])
    doc = parse_text(read_document(pdf, "report.pdf"), "report.pdf")
    assert doc.headings == ("1. Introduction", "4. Contact us")
    assert [p.path for p in doc.body] == [("1. Introduction",), ("4. Contact us",)]
    notice = _sized_pdf([(16.0, "关于开展春季无偿献血活动的通知"), (10.5, "一、活动时间"),
                         (10.5, "2025年3月18日至20日，每天上午9时至下午4时。"), (10.5, "二、活动地点"),
                         (10.5, "学校体育馆一楼大厅。")], font="STSong-Light")
    assert parse_text(read_document(notice, "n.pdf"), "n.pdf").headings == ("一、活动时间", "二、活动地点")


def test_a_numbered_sub_heading_in_the_body_size_stays_under_its_larger_section():
    pdf = _sized_pdf([(16.0, "金华市划船协会2024年度工作总结"), (13.0, "二、主要工作"), (10.5, "（一）加强队伍建设"),
                      (10.5, "全年新招募队员45名，队伍总数达到260名。"), (10.5, "（二）开展赛事活动"),
                      (10.5, "共举办各类赛事12场。")], font="STSong-Light")
    body = parse_text(read_document(pdf, "s.pdf"), "s.pdf").body
    assert [p.path[-1] for p in body] == ["（一）加强队伍建设", "（二）开展赛事活动"]


def test_body_sentences_stay_text_when_small_print_holds_most_characters():
    rows = [(8.0, f"Grant {i:03d}   Riverside Primary School breakfast club   2,400   paid") for i in range(40)]
    pdf = _sized_pdf([(16.0, "Riverside Community Fund Review 2024"), (8.0, "Published March 2025"),
                      (12.0, "1. Summary"), (10.5, "The fund made 60 grants this year, worth 144,000 pounds in all."),
                      (10.5, "Most grants went to schools and youth clubs in the east of the borough."),
                      (12.0, "2. Next year"), (10.5, "The panel will meet four times next year."), *rows])
    doc = parse_text(read_document(pdf, "fund.pdf"), "fund.pdf")
    assert doc.headings[:2] == ("1. Summary", "2. Next year")
    assert doc.body[0].path == ("1. Summary",) and "made 60 grants this year" in doc.body[0].text


def test_a_large_line_that_ends_a_sentence_is_no_heading():
    pdf = _sized_pdf([(16.0, "Riverside Community Fund Review 2024"), (12.0, "1. Summary"),
                      (12.0, "Every grant this year went to a school."),
                      (10.5, "Schools used them for breakfast clubs."),
                      (12.0, "2. Next year"), (10.5, "The panel will meet four times next year.")])
    doc = parse_text(read_document(pdf, "fund.pdf"), "fund.pdf")
    assert doc.headings == ("1. Summary", "2. Next year")


def test_a_scans_jittering_line_sizes_cut_no_sentence_and_make_no_heading():
    import textwrap

    paras = ["The committee met on Tuesday to review the winter shelter programme. Attendance at the shelter rose by a "
             "third over the previous year, and the night staff asked for two more beds in the main hall before the "
             "cold weather returns in November.",
             "Volunteers reported that the food parcels were now packed on Mondays and Thursdays, and that the new van "
             "had made it possible to reach the villages to the north of the town for the first time since the spring."]
    jitter = [9.7, 10.3, 9.8, 10.5, 9.6, 10.1, 10.4, 9.9]
    lines = [x for p in paras for x in textwrap.wrap(p, 88)]
    pdf = _sized_pdf([(14.0, "Winter Shelter Committee - Meeting Notes"),
                      *((jitter[i % len(jitter)], x) for i, x in enumerate(lines))])
    doc = parse_text(read_document(pdf, "notes.pdf"), "notes.pdf")
    assert doc.headings == ()
    assert any("asked for two more beds in the main hall" in p.text for p in doc.body)
    assert any("reach the villages to the north of the town for the first time" in p.text for p in doc.body)
    minutes = _sized_pdf([(14.2, "Minutes of the Board Meeting"), (10.4, "1. Apologies"),
                          (10.5, "Apologies were received from two trustees who could not attend the meeting."),
                          (10.0, "2. Finance report"),
                          (10.0, "The treasurer reported a surplus of 12,400 pounds for the year to date and"),
                          (10.5, "recommended that the reserve be increased to cover six months of running costs.")])
    doc = parse_text(read_document(minutes, "m.pdf"), "m.pdf")
    assert doc.headings == ("1. Apologies", "2. Finance report")
    assert "for the year to date and recommended that the reserve" in doc.body[-1].text


def test_an_agenda_item_named_with_an_ordinal_is_a_heading_not_a_label():
    doc = parse_text("理事会会议纪要\n\n会议时间：2025年3月10日\n\n议题一：审议2024年度工作报告\n\n"
                     "会议听取了工作报告，一致同意通过。\n\n议题二：审议2025年度预算\n\n"
                     "会议审议了预算方案，支出控制在45万元。\n\n第三部分：其他事项\n\n会员开放日定于5月。\n",
                     "minutes.txt")
    assert doc.headings == ("议题一：审议2024年度工作报告", "议题二：审议2025年度预算", "第三部分：其他事项")
    assert [p.text for p in doc.body][-2:] == ["会议审议了预算方案，支出控制在45万元。", "会员开放日定于5月。"]
    assert not is_heading("星期一：上午9时至下午4时") and not is_heading("联系电话：0579-82136620")


def test_a_bulleted_phrase_under_a_section_heading_is_content_not_the_author():
    import docx

    for heading, item, text in (("Our Priorities", "Winter Pantry Hours", "The pantry opens on Saturdays."),
                                ("一、工作目标", "扩大献血队伍", "全年计划招募献血志愿者300名。")):
        d = docx.Document()
        d.add_paragraph("Riverside Food Bank Plan 2025", style="Title")
        d.add_paragraph(heading, style="Heading 1")
        d.add_paragraph(item, style="List Bullet")
        d.add_paragraph(text)
        buf = io.BytesIO()
        d.save(buf)
        stored = read_document(buf.getvalue(), "plan.docx")
        doc = parse_text(stored, "plan.docx")
        assert doc.author is None and "■" not in stored
        assert any(item in p.text for p in doc.body)


def test_a_heading_above_the_first_sections_label_line_stays_in_a_passage():
    pdf = _sized_pdf([(16.0, "Minutes of the Board Meeting"), (13.0, "Held on 4 June 2024 at the Community Hall"),
                      (10.5, "Present: J. Smith, A. Patel, R. Chen"), (13.0, "1. Apologies"),
                      (10.5, "Apologies were received from two trustees who could not attend the meeting.")])
    body = parse_text(read_document(pdf, "minutes.pdf"), "minutes.pdf").body
    # the meeting's date and place is found in a passage, with the line under it (it opened none of its own)
    assert body[0].text.startswith("Held on 4 June 2024 at the Community Hall\nPresent: J. Smith, A. Patel, R. Chen\n"
                                   "1. Apologies\nApologies were received")
