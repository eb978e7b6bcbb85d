"""Loading faults the fortieth round's reading of stored text showed (loader-41): a report's subtitle line under
its title (——2025年2月26日在…会议上) read as a heading, a one-page PDF's page number left as a line of text, a
salutation (各位理事：) sharing the first passage with the dateline and the speaker. Made-up documents in the bench
documents' shapes."""
from __future__ import annotations

import io

from tests.files import docx_of, drawn_pdf, load


def _chinese_pdf(pages: list[list[tuple[float, str]]], title: str = "", number: bool = False,
                 header: str = "") -> bytes:
    """Pages of Chinese lines, each in its size (points), a paragraph each (36 pt apart, the subtitle 23 pt under
    the title, as a report sets them); ``number``: the page's number at its foot (- 1 -); ``header``: a running
    header in small type over each page."""

    def draw(c) -> None:
        for n, lines in enumerate(pages, start=1):
            if header:
                c.setFont("STSong-Light", 9)
                c.drawString(50, 808, header)
            y = 770
            for k, (size, line) in enumerate(lines):
                c.setFont("STSong-Light", size)
                if size > 10.5:  # (the title and its subtitle centred)
                    c.drawCentredString(297, y, line)
                else:
                    c.drawString(50, y, line)
                y -= 23 if k == 0 and n == 1 else 36
            if number:
                c.setFont("STSong-Light", 10.5)
                c.drawCentredString(297, 40, f"- {n} -")
            c.showPage()
    return drawn_pdf(draw, title)


_REPORT = [
    (17, "安平市红十字会2024年工作报告"),
    (11, "——2025年3月4日在安平市红十字会第三届理事会第二次会议上"),
    (10.5, "各位理事："),
    (10.5, "现在，我代表安平市红十字会第三届理事会常务理事会，向会议报告2024年工作和2025年工作安排，"),
    (10.5, "请予审议。"),
    (10.5, "一、2024年工作回顾"),
    (10.5, "全年开展应急救护普及培训3.2万人次，新增配置AED 120台。"),
    (10.5, "二、2025年工作安排"),
    (10.5, "全年计划培训4万人次。"),
]
_PAGE2 = [(10.5, "三、附则"), (10.5, "本报告由常务理事会负责解释。")]
_HEADER = "安平市红十字会2024年工作报告　第三届理事会第二次会议文件之二"


def _report_pdf() -> bytes:
    return _chinese_pdf([_REPORT, _PAGE2], title="安平市红十字会2024年工作报告", header=_HEADER)


def test_a_dash_led_subtitle_under_a_pdf_title_is_a_line_no_heading():
    doc = load(_report_pdf(), "report.pdf")
    assert not any(h.startswith("——") for h in doc.headings)
    first = doc.body[0]
    assert first.text.startswith("——2025年3月4日在安平市红十字会第三届理事会第二次会议上")
    assert not any(h.startswith("——") for p in doc.body for h in p.path)


def test_a_one_page_pdfs_dashed_page_number_is_no_text():
    doc = load(_chinese_pdf([_REPORT], title="安平市红十字会2024年工作报告", number=True), "report.pdf")
    text = "\n".join(p.text for p in doc.body)
    assert "1 -" not in text and "- 1" not in text
    assert doc.body[-1].text.endswith("全年计划培训4万人次。")


def test_a_salutation_opens_the_passage_it_addresses_not_the_dateline_and_speakers():
    doc = load(docx_of(["安平市红十字会2024年工作报告", "——2025年3月4日在安平市红十字会第三届理事会第二次会议上",
                        "安平市红十字会党组书记、常务副会长　张立新", "各位理事：",
                        "现在，我代表安平市红十字会第三届理事会常务理事会，向会议报告工作，请予审议。",
                        "一、2024年工作回顾",
                        "全年开展应急救护普及培训3.2万人次。"]), "report.docx")
    opening = next(p for p in doc.body if "各位理事" in p.text)
    assert opening.text.startswith("各位理事：") and "现在，我代表安平市红十字会" in opening.text
    assert "——2025年3月4日" not in opening.text


def test_a_pdf_salutation_opens_the_passage_it_addresses():
    doc = load(_report_pdf(), "report.pdf")
    opening = next(p for p in doc.body if "各位理事" in p.text)
    assert opening.text.startswith("各位理事：") and "现在，我代表安平市红十字会" in opening.text


def _docx_with_notes() -> bytes:
    """A Word report in chapters and sections (heading styles), its notes under a plain 注释 paragraph at the end."""
    return docx_of([("安平市红十字会2025年工作进展", "Title"), ("第一章　总体情况", "Heading 1"),
                    ("第一节　主要进展", "Heading 2"), "全年开展应急救护普及培训3.2万人次。①",
                    ("第二章　问题与打算", "Heading 1"), ("第一节　下一步打算", "Heading 2"),
                    "一是确保完成全年培训目标；二是召开会员代表大会。", "注释", "① 普及培训人次不含网络课程学习人数。",
                    "② 数据经党组会议审定。"])


def test_a_word_files_notes_stand_as_their_own_part_not_under_its_last_section():
    doc = load(_docx_with_notes(), "progress.docx")
    notes = [p for p in doc.body if "网络课程" in p.text or "党组会议审定" in p.text]
    assert notes and all(p.path == ("注释",) for p in notes)
    last = next(p for p in doc.body if "召开会员代表大会" in p.text)
    assert "注释" not in last.text and last.path[-1] == "第一节\u3000下一步打算"  # (the gap kept, 47)


def _two_column_pdf(left: str, right: str) -> bytes:
    """A page in two columns of wrapped prose (reportlab's frames), a heading over each: ``left`` and ``right`` are
    each one paragraph, set ragged right at 9.5 pt, no gap or indent between paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=51, rightMargin=51, topMargin=60, bottomMargin=60)
    width = (A4[0] - 102 - 20) / 2
    frames = [Frame(51, 60, width, A4[1] - 120, id="left"), Frame(51 + width + 20, 60, width, A4[1] - 120, id="right")]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames)])
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=15.5, spaceAfter=0)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=12, spaceAfter=8)
    doc.build([Paragraph("Response performance", head), Paragraph(left, body), FrameBreak(),
               Paragraph("Major incidents", head), Paragraph(right, body)])
    return buf.getvalue()


def test_a_two_column_paragraph_goes_on_after_a_full_line_ending_a_sentence():
    left = ("The median response time for Priority 1 cases in the metropolitan area was 11 min 52 s, against a "
            "target of 15 minutes, and 90 per cent of Priority 1 cases were reached within 19 min 30 s. In the "
            "rural parts of our area the Priority 1 median was 17 min 05 s. Ramping at the Regional Hospital fell "
            "to 1,146 hours, compared with 1,402 hours in 2023-24, after the hospital opened its new ambulance "
            "offload area in October 2024.")
    right = ("At 0930 hrs on Friday 14 February 2025 a collision involving a truck and three cars on the highway near "
             "Capel was declared a major incident. Four ambulances, the volunteer crew and the rescue helicopter "
             "attended; seven patients were treated and three were flown to Perth. The incident controller was a "
             "senior paramedic and the scene was cleared at 1315 hrs. ") * 2
    doc = load(_two_column_pdf(left, right), "operations.pdf")
    text = next(p.text for p in doc.body if "17 min 05 s" in p.text)
    assert "Ramping at the Regional Hospital" in text


def _pdf_with_a_sidebar(second_page: list[str] = ()) -> bytes:
    """A report page of two sections with a boxed sidebar panel (a ruled box: its title, then lines of fact) drawn
    at the page's foot but written into the page between the sections; ``second_page``: lines of a page after it."""

    def draw(c) -> None:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(50, 780, "Harbour Branch Quarterly Update")
        y = 740
        for k, line in enumerate(["Training", "The branch trained 412 new first aiders this quarter.", "Events"]):
            c.setFont("Helvetica-Bold" if k != 1 else "Helvetica", 12 if k != 1 else 10.5)
            c.drawString(50, y, line)
            y -= 30
        c.rect(330, 90, 220, 80)  # the sidebar, drawn beneath the body but written before its last section's text
        c.setFont("Helvetica-Bold", 11)
        c.drawString(340, 150, "Volunteer hotline")
        c.setFont("Helvetica", 10)
        c.drawString(340, 130, "Call 0800 477 215 on weekdays.")
        c.drawString(340, 112, "Ask for the duty coordinator.")
        c.setFont("Helvetica", 10.5)
        c.drawString(50, y, "Crews covered 18 community events, from regattas to school fairs.")
        c.showPage()
        if second_page:
            c.setFont("Helvetica", 10.5)
            for k, line in enumerate(second_page):
                c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 12 if k == 0 else 10.5)
                c.drawString(50, 780 - 30 * k, line)
            c.showPage()
    return drawn_pdf(draw, "Harbour Branch Quarterly Update")


def test_a_pdf_sidebar_panel_stands_apart_not_under_the_pages_last_heading():
    doc = load(_pdf_with_a_sidebar(), "update.pdf")
    box = next(p for p in doc.body if "0800 477 215" in p.text)
    assert "Events" not in box.path
    events = next(p for p in doc.body if "18 community events" in p.text)
    assert events.path[-1] == "Events" and "0800 477 215" not in events.text


def test_a_sidebar_before_a_page_going_on_with_its_section_leaves_that_section_whole():
    doc = load(_pdf_with_a_sidebar(["Crews also staffed the regatta finish line with two boats."]), "update.pdf")
    more = next(p for p in doc.body if "regatta finish line" in p.text)
    assert more.path[-1] == "Events"
