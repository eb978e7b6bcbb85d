"""Loading faults left from earlier rounds (docs-34): a nested list's fields read with their item; a cookie notice
is no text of the page; a 文号 line stays text a question can reach; a PDF table keeps its header when its labels
are years, or when a caption stands over it. Made-up documents in the bench documents' shapes."""
from __future__ import annotations

from tests.files import load

_COURSES = """# 課程說明

## 一般民眾課程

1. CPR+AED 教育訓練
   - 時數：4小時
   - 對象：年滿12歲以上民眾
   - 結業可取得研習證明
2. 基本救命術（BLS）
   - 時數：8小時
   - 對象：18至65歲民眾
"""


def test_a_nested_items_fields_read_with_its_item_and_show_as_written():
    doc = load(_COURSES.encode(), "courses.md")
    (listed,) = [p for p in doc.body if p.kind == "list"]
    assert "基本救命术（BLS） — 时数：8小时" in listed.sentences
    assert "CPR+AED 教育训练 — 对象：年满12岁以上民众" in listed.sentences
    assert "结业可取得研习证明" in listed.sentences  # (no field: a line of its own, as before)
    assert listed.text.splitlines()[-2:] == ["时数：8小时", "对象：18至65岁民众"]  # (shown as the file writes it)


_CONSENT_PAGE = """<html><head><title>Volunteer FAQ</title></head><body>
<h1>Volunteer FAQ</h1>
<p>Volunteers must be aged 16 or over and attend one induction evening.</p>
<p>Shifts last four hours and are booked through the rota office.</p>
<div id="cookie-consent" role="dialog"><p>We use cookies to measure site traffic. By clicking Accept all you agree
to our use of analytics cookies.</p><p>Manage preferences</p></div>
<footer><p>© 2025 Riverside Red Cross, 4 Quay Street. Cookie policy · Privacy notice · Accessibility statement.
This site uses strictly necessary cookies and, with your consent, analytics cookies.</p>
<p>© 2025 Riverside Red Cross. This site uses analytics cookies.</p></footer>
</body></html>"""


def test_a_cookie_notice_in_a_consent_box_or_the_footer_is_no_text_of_the_page():
    doc = load(_CONSENT_PAGE.encode(), "faq.html")
    said = [s for p in doc.body for s in p.sentences]
    assert not [s for s in said if "cookie" in s.lower()]
    assert "Manage preferences" not in said
    assert "Riverside Red Cross, 4 Quay Street." in said  # (the footer's publisher and address stay)
    assert "Riverside Red Cross." not in said  # (a name alone left of a notice: no passage of a few words)
    assert "Shifts last four hours and are booked through the rota office." in said


_BODY = "各县（市、区）红十字会：现将2025年应急救护培训工作安排通知如下，请认真贯彻落实。"


def _first_sentences(doc) -> list[str]:
    return list(doc.body[0].sentences)


def test_a_document_number_set_as_a_heading_stays_a_line_a_question_can_quote():
    for name, text in [("c.md", f"# 关于开展应急救护培训的通知\n\n## 南红字〔2025〕23号\n\n{_BODY}\n"),
                       ("e.txt", f"关于开展应急救护培训的通知\n\n南红字〔2025〕23号\n\n{_BODY}\n"),
                       ("t.txt", f"關於辦理急救訓練的公告\n\n竹紅字第1140000387號\n\n{_BODY}\n")]:
        doc = load(text.encode(), name)
        assert _first_sentences(doc)[0] in ("南红字〔2025〕23号", "竹红字第1140000387号"), name
        assert doc.body[0].path == (), name  # (no section of the document's)


def test_a_document_number_over_the_title_leaves_the_title_the_documents():
    doc = load(f"南红字〔2025〕23号\n\n# 关于开展应急救护培训的通知\n\n{_BODY}\n".encode(), "a.md")
    assert doc.title == "关于开展应急救护培训的通知"
    assert _first_sentences(doc)[0] == "南红字〔2025〕23号"


def _table_pdf(story_of) -> bytes:
    """A reportlab PDF of the story ``story_of(styles, table_style)`` gives; tables set as a report sets them: figures
    flush right, the header row in bold over a rule, no grid."""
    import io

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    styles = getSampleStyleSheet()
    styles.add(ParagraphStyle("zh", fontName="STSong-Light", fontSize=10.5, leading=16))
    styles.add(ParagraphStyle("zht", fontName="STSong-Light", fontSize=18, leading=26))
    styles.add(ParagraphStyle("zhh", fontName="STSong-Light", fontSize=14, leading=20))

    def table_style(font="Helvetica", bold="Helvetica-Bold"):
        return TableStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONTNAME", (0, 0), (-1, -1), font),
                           ("FONTNAME", (0, 0), (-1, 0), bold), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)])
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story_of(styles, table_style))
    return buf.getvalue()


def _years_story(s, table_style):
    from reportlab.platypus import Paragraph, Spacer, Table

    years = Table([["Year", "Members", "Volunteer hours", "Call-outs"], ["2019", "412", "21,560", "318"],
                   ["2020", "398", "14,205", "241"], ["2021", "405", "17,930", "276"],
                   ["2022", "431", "23,480", "355"]])
    years.setStyle(table_style())
    return [Paragraph("Lough Derg Rescue Unit - Five-Year Summary", s["Title"]),
            Paragraph("Members and activity, 2019 to 2022", s["Heading2"]), years, Spacer(1, 12),
            Paragraph("Membership fell during 2020 but has grown every year since.", s["BodyText"])]


def test_a_pdf_table_whose_labels_are_years_reads_each_row_with_its_header():
    doc = load(_table_pdf(_years_story), "summary.pdf")
    rows = [s for p in doc.body if p.kind == "table" for s in p.sentences]
    assert "2019 — Members: 412; Volunteer hours: 21,560; Call-outs: 318" in rows
    assert "2022 — Members: 431; Volunteer hours: 23,480; Call-outs: 355" in rows


def _captioned_story(s, table_style):
    from reportlab.platypus import Paragraph, Spacer, Table

    first = Table([["指标", "2023年", "2024年"], ["献血人次", "12,860", "14,215"],
                   ["持证救护员（人）", "8,615", "10,230"], ["志愿者（人）", "5,120", "5,876"]])
    first.setStyle(table_style("STSong-Light", "STSong-Light"))
    second = Table([["项目", "2023年", "2024年"], ["救助困难群众（户）", "2,310", "2,645"],
                    ["发放物资（万元）", "318.6", "402.2"], ["造血干细胞采集（例）", "1,340", "1,512"]])
    second.setStyle(table_style("STSong-Light", "STSong-Light"))
    return [Paragraph("青溪县红十字会2024年工作统计公报", s["zht"]), Paragraph("一、主要指标", s["zhh"]),
            Paragraph("表1 主要业务指标", s["zh"]), first, Spacer(1, 8), Paragraph("表2 人道救助", s["zh"]), second,
            Spacer(1, 8), Paragraph("全县红十字系统持续加强应急救护培训体系建设。", s["zh"])]


def test_a_pdf_table_under_its_caption_and_heading_keeps_its_own_header_row():
    doc = load(_table_pdf(_captioned_story), "bulletin.pdf")
    rows = [s for p in doc.body if p.kind == "table" for s in p.sentences]
    assert "献血人次 — 2023年：12,860；2024年：14,215" in rows
    assert "救助困难群众（户） — 2023年：2,310；2024年：2,645" in rows
    assert "发放物资（万元） — 2023年：318.6；2024年：402.2" in rows
    assert not [s for s in rows if "主要指标：" in s or "公报：" in s]


def test_a_section_on_consent_named_so_stays_the_pages_text():
    page = """<html><body><h1>Blood donation FAQ</h1><p>Donors give about 470 ml of blood at each session.</p>
    <section id="consent"><h2>Consent</h2><p>Donors aged 16 or 17 need a parent's written consent.</p></section>
    </body></html>"""
    said = [s for p in load(page.encode(), "faq.html").body for s in p.sentences]
    assert "Donors aged 16 or 17 need a parent's written consent." in said
