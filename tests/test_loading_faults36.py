"""Loading faults the thirty-fifth round's review and set 32's documents showed (lead-36). Made-up documents in the
bench documents' shapes."""
from __future__ import annotations

import pytest

from tests.files import drawn_pdf, load

_PRICES = """Riverside First Aid Centre Price List 2025

Our courses are open to everyone aged 16 and over. Prices include the manual and the certificate.

Emergency First Aid ........ 85
Standard First Aid ......... 140
CPR Level C ................ 60
Babysitter course .......... 45

Group bookings of ten or more receive a 10 percent discount.
"""


def test_a_plain_price_list_with_leader_dots_is_one_passage_of_its_lines_not_a_run_of_headings():
    doc = load(_PRICES.encode(), "prices.txt")
    holding = [p for p in doc.body if "CPR Level C" in p.text]
    assert len(holding) == 1 and "Standard First Aid" in holding[0].text and "Babysitter course" in holding[0].text
    assert not any("......" in x for p in doc.body for x in p.path)  # no price line heads a section


_QUOTE = """# Board minutes, March 2025

## Chair's remarks

> We trained more people this quarter than in any quarter before.
> - Maria Lopez, Chair

The meeting closed at 8:40 pm.
"""


def test_a_quotes_attribution_written_as_a_list_item_stays_with_the_quote():
    doc = load(_QUOTE.encode(), "minutes.md")
    quote = next(p for p in doc.body if "any quarter before" in p.text)
    assert "Maria Lopez, Chair" in quote.text
    assert not any(p.text.strip() == "Maria Lopez, Chair" for p in doc.body)


def test_a_quotes_closing_dash_line_names_who_said_it_in_the_same_passage():
    text = "# 会议纪要\n\n> 今年全市新增救护员三千人。\n>\n> ——张华，会长\n\n会议于下午五时结束。\n"
    doc = load(text.encode(), "纪要.md")
    quote = next(p for p in doc.body if "三千人" in p.text)
    assert "张华" in quote.text


def test_a_quoted_list_of_several_items_is_still_a_list():
    text = "# Notes\n\n> Our aims this year:\n> - Train 500 people\n> - Open a second station\n"
    doc = load(text.encode(), "notes.md")
    aims = next(p for p in doc.body if "Open a second station" in p.text)
    assert "Train 500 people" in aims.text and "— Open a second station" not in aims.text


def _footnoted_pdf() -> bytes:
    """Two pages as reportlab's page templates draw them: the footnote and the page number drawn before the body, so
    the text layer gives them first."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=6)
    title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=22, leading=28)
    notes = {1: "1. The Harbour Fund is run jointly with the city council.", 2: "2. Figures are unaudited."}

    def furniture(c, doc):
        c.setFont("Helvetica", 8.5)
        c.drawString(57, 70, notes[doc.page])
        c.drawCentredString(A4[0] / 2, 28, f"Page {doc.page} of 2")

    out = io.BytesIO()
    story = [Paragraph("Harbour Branch Annual Review", title)]
    story += [Paragraph("The branch answered 212 call-outs this year and trained 1,940 people in first aid. "
                        "Our volunteers ran the Harbour Fund appeal for the third year running, and the appeal "
                        "raised more than in any year before it, with most gifts coming from local firms.", body)]
    story += [PageBreak(), Paragraph("Spending rose by 12 percent, mostly on the new training room and its "
                                     "equipment, and the branch ended the year with a small surplus.", body)]
    SimpleDocTemplate(out, pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def test_a_footnote_and_page_number_drawn_before_the_body_neither_title_the_document_nor_open_its_pages():
    doc = load(_footnoted_pdf(), "review.pdf")
    assert doc.title == "Harbour Branch Annual Review"
    assert not any("Page 1 of 2" in p.text or "Page 2 of 2" in p.text for p in doc.body)
    first = next(p for p in doc.body if "212 call-outs" in p.text)
    assert "Harbour Fund appeal" in first.text and "jointly with the city council" not in first.text
    assert any("jointly with the city council" in p.text for p in doc.body)  # the footnote is kept, after the text


_GOV_PAGE = """<html><head><title>东湖市红十字会2024年工作报告_东湖市红十字会</title></head><body>
<div class="nav">首页 | 工作动态 | 信息公开</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 正文</div>
<div class="article"><h1>东湖市红十字会2024年工作报告</h1>
<div class="info">来源：东湖市红十字会办公室　发布时间：2025-01-22</div>
<div class="TRS_Editor">
<p>　　2024年，市红十字会围绕主责主业，全面推进各项工作。现将全年工作情况报告如下。</p>
<p><strong>一、坚持党建引领</strong></p>
<p>　　全年召开党组会议18次，命名示范党支部6个。</p>
<p><strong>二、救援队伍建设</strong></p>
<p>　　全市红十字救援队增至21支，党员队员430名。</p>
</div></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">东湖市红十字会2023年工作报告</a></li>
<li><a href="/b">关于开展世界红十字日活动的通知</a></li>
<li><a href="/c">东湖市红十字会2024年度捐赠款物使用情况公示</a></li>
<li><a href="/d">东湖市红十字应急救援中心项目进展</a></li></ul></div>
<div class="footer">主办单位：东湖市红十字会</div>
</body></html>"""


def test_bold_numbered_paragraphs_head_their_sections_when_the_only_subheading_names_a_box_of_links():
    doc = load(_GOV_PAGE.encode(), "report.html")
    teams = next(p for p in doc.body if "21支" in p.text)
    assert list(teams.path) == ["二、救援队伍建设"]
    assert not any("二、救援队伍建设" in p.path for p in doc.body if "2023年工作报告" in p.text)


def test_a_notices_signature_over_its_annex_ends_the_notices_text_not_the_annex_table():
    from pathlib import Path

    notice = Path(__file__).parent.parent / "bench" / "library" / "docs32" / "lhasa_notice_2025-12.docx"
    doc = load(notice.read_bytes(), notice.name)
    table = next(p for p in doc.body if "城关区" in p.text and p.kind == "table")
    assert "2025年4月28日" not in table.text and "任务分配表" in table.text
    signed = next(p for p in doc.body if "2025年4月28日" in p.text and "印发" not in p.text)
    assert "拉萨市红十字会" in signed.text and signed.kind != "table"


_FAQ_PAGE = """<html><head><title>志工與捐血常見問答 - 中華民國紅十字會東湖縣支會</title></head><body>
<header><div class="brand">中華民國紅十字會東湖縣支會</div></header>
<main><h1>志工與捐血常見問答</h1>
<details><summary>Q1：捐血需要符合哪些條件</summary><p>年齡17至65歲，體重男性50公斤以上。</p></details>
<details><summary>Q2：志工服務有保險嗎</summary><p>有。身故保額新台幣300萬元。</p></details>
</main></body></html>"""


def test_an_faq_page_whose_title_names_its_site_is_authored_by_that_site():
    doc = load(_FAQ_PAGE.encode(), "faq.html")
    assert doc.title == "志工与捐血常见问答" or doc.title == "志工與捐血常見問答"
    assert doc.author is not None and "东湖县支会" in doc.author.replace("東湖縣支會", "东湖县支会")
    assert not any("作者" in p.text for p in doc.body)  # (a byline on the header card, no passage's line)


_OTHER_FAQ = _FAQ_PAGE.replace("東湖", "西湖").replace("17至65歲", "18至60歲").replace("300萬元", "200萬元")
_REPORT = """东湖县红十字会2024年工作总结

全年开展应急救护培训120场，培训救护员3000人次。新建博爱家园4个。
"""


@pytest.fixture(scope="module")
def faq_engine(tmp_path_factory, e5):
    from reportbot.corpus.loaders import read_document
    from reportbot.corpus.split import parse_text
    from reportbot.index.answering.engine import Engine
    from reportbot.index.retrieval.passage_index import PassageIndex

    docs = [parse_text(read_document(page.encode(), name), name)
            for page, name in ((_FAQ_PAGE, "donghu_faq.html"), (_OTHER_FAQ, "xihu_faq.html"))]
    docs.append(parse_text(_REPORT, "donghu_report.txt"))
    return Engine(PassageIndex.build(docs, e5, tmp_path_factory.mktemp("faq") / "ix"), e5)


def test_a_question_naming_an_faqs_place_is_answered_from_that_faq_though_its_title_does_not_name_it(faq_engine):
    assert "65" in faq_engine.ask("東湖那邊捐血年齡限制是多少").answer
    assert "200" in faq_engine.ask("西湖的志工保險身故保額多少錢").answer


def test_a_signature_drawn_first_at_a_pages_foot_stays_as_text():
    """review-36: the moved lines are read as text, never a heading with nothing under it (which is dropped)."""

    def draw(c) -> None:
        c.setFont("Helvetica", 9)
        c.drawString(72, 60, "Issued by the Parks Office, 22 April 2025")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 780, "Notice: Oak Street Playground Closure")
        c.setFont("Helvetica", 11)
        c.drawString(72, 740, "Oak Street playground will close from 5 May to 30 June 2025.")
        c.drawString(72, 720, "The new play equipment costs $180,000.")
        c.showPage()
    doc = load(drawn_pdf(draw), "notice.pdf")
    assert any("Parks Office" in p.text for p in doc.body)


def test_an_english_sites_name_is_no_byline_and_a_dated_title_part_is_no_author():
    page = ("<html><head><title>Volunteer FAQ - Riverside Red Cross</title></head><body><main><h1>Volunteer FAQ</h1>"
            "<p>Our volunteer coordinator is Sam Whitfield. Volunteers give 4 hours a week.</p></main></body></html>")
    assert load(page.encode(), "faq.html").author is None
    notice = ("<html><head><title>通知公告 - 2025-05-20</title></head><body><main><h1>通知公告</h1>"
              "<p>本周六上午9时在市民广场举行应急救护演练，参加人员共120名。</p></main></body></html>")
    assert load(notice.encode(), "notice.html").author is None


def test_prose_with_an_ellipsis_before_words_stays_one_paragraph():
    text = ("Hillcrest Library Newsletter\n\nVolunteers sorted novels, atlases, cookbooks and so on.... 3 more tables"
            " of children's books\narrived on the last day. We expected 400 visitors.... in the end 612 people came\n"
            "through the doors over the two days.\n")
    doc = load(text.encode(), "news.txt")
    held = next(p for p in doc.body if "612 people" in p.text)
    assert "children's books" in held.text and "two days" in held.text
