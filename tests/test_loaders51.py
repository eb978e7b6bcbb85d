"""Loading leftovers of round 50 (loaders51). Made-up documents in the shapes of set 46's FAQ and donor guide: other
bodies, places and figures than any question set's."""
from __future__ import annotations

from tests.files import docx_saved, load


def _faq_compiled_by() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("青川市造血干细胞捐献常见问题（2026年版）", level=1)
    d.add_paragraph("青川市红十字会编　2026年3月")
    d.add_paragraph("问：在哪里可以加入资料库？")
    d.add_paragraph("答：可到市中心血站各献血屋采集血样，也可在“青川红十字”微信公众号预约。")
    d.add_paragraph("问：每年什么时候表彰捐献者？")
    d.add_paragraph("答：市红十字会每年世界献血者日前后举行表彰会。")
    return docx_saved(d)


def test_a_faq_compiled_by_its_issuer_in_a_month_is_of_that_month():
    # 青川市红十字会编　2026年3月 under the title: the compiler, then the month, the FAQ's own date
    doc = load(_faq_compiled_by(), "faq.docx")
    assert doc.date == "2026年3月"


def test_a_faq_compilers_line_is_on_its_header_card_not_in_its_first_answer():
    # the first question's passage is not answered with the month the FAQ was compiled; the line names the FAQ
    doc = load(_faq_compiled_by(), "faq.docx")
    first = next(p for p in doc.body if "献血屋" in p.text)
    assert "2026年3月" not in first.text
    assert "青川市红十字会编" in doc.paragraphs[0].text


_GUIDE = """KAITUNA DONOR CENTRE - DONOR GUIDE 2026

1  BEFORE YOU DONATE
   1.1  Donors must weigh at least 50 kg.
   1.2  Eat a good meal in the four hours before you come.

2  GAPS BETWEEN DONATIONS
   2.1  Whole blood: at least 16 weeks between donations.
   2.2  Platelets: at least 4 weeks between donations.

3  AFTER YOU DONATE
   3.1  Sit down for 20 minutes and have a drink.
   3.2  Keep the plaster on for two hours.

4  CONTACTS
   4.1  Bookings: 0800 111 222

In 2025 the centre collected 4,210 donations from 2,050 donors.
Last revised 9 March 2026.
"""


def test_a_plain_guide_revised_on_a_date_in_its_last_line_is_of_that_date():
    doc = load(_GUIDE.encode(), "guide.txt")
    assert doc.date == "9 March 2026"


def test_a_plain_guides_revision_line_is_no_part_of_its_last_sentence():
    # the last sentence's donations are not answered with the revision's date, nor the date under Contacts
    doc = load(_GUIDE.encode(), "guide.txt")
    last = next(p for p in doc.body if "4,210" in p.text)
    assert "Last revised" not in last.text
    revised = next(p for p in doc.body if "Last revised" in p.text)
    assert revised.path == ()


def _report_ending_with_issue_line() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("青川市红十字会2025年工作总结", level=1)
    d.add_heading("一、主要指标完成情况", level=2)
    d.add_paragraph("全年各项指标均完成，详见下表。")
    t = d.add_table(rows=3, cols=3)
    for row, cells in zip(t.rows, [("指标", "2025年目标", "2025年完成"), ("持证救护员（人）", "9,000", "9,450"),
                                   ("无偿献血（万人次）", "6", "6.3")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    d.add_paragraph("青川市红十字会办公室　2026年1月15日印发")
    return docx_saved(d)


def test_an_issue_line_ending_a_word_report_after_its_table_is_no_row_of_the_table():
    # the table's targets are not answered with the day it was printed; the printing line is the report's closing
    doc = load(_report_ending_with_issue_line(), "report.docx")
    table = next(p for p in doc.body if "9,450" in p.text)
    assert "印发" not in table.text
    issued = next(p for p in doc.body if "印发" in p.text)
    assert issued.path == ()


_ABBR_PAGE = """<html><head><title>青川急救隊2026年報</title></head><body><main>
<h1>青川急救隊2026年報</h1>
<p>本年共舉辦<abbr title="心肺復甦法">CPR</abbr>課程18班，
另於三個商場新設<abbr title="自動體外心臟除顫器">AED</abbr>。</p>
<p>全年<abbr title="自動體外心臟除顫器">AED</abbr>使用培訓共240人次。</p>
</main></body></html>"""


def test_an_abbreviations_full_name_a_page_gives_is_read_where_it_is_first_used():
    # 心肺復甦法 (the name a reader may ask by) finds the course the page names by its abbreviation, spelled out once
    from reportbot.corpus.loaders import read_document
    from reportbot.corpus.split import parse_text

    doc = parse_text(read_document(_ABBR_PAGE.encode(), "page.html"), "page.html")
    text = " ".join(p.text for p in doc.body)
    assert "CPR（心肺复苏法）" in text
    assert "AED（自动体外心脏除颤器）" in text
    assert text.count("自动体外心脏除颤器") == 1


def test_a_notices_number_and_its_date_on_one_line_stay_two_fields():
    # 青红通〔2026〕7号 then the date, a PDF's line: quoted as 7号2026年3月2日 the number read as 72026
    text = ("<!-- page 1 -->\n\n# 青川市红十字会2026年1—2月工作进展通报\n\n青红通〔2026〕7号 2026年3月2日\n\n"
            "## 一、应急救护\n\n1—2月全市开展应急救护普及培训1.2万人次。\n")
    from reportbot.corpus.split import parse_text

    doc = parse_text(text, "notice.pdf")  # (a PDF's stored text, as its loader writes it)
    line = next(p for p in doc.body if "7号" in p.text)
    assert "7号2026年" not in line.text
    assert "青红通〔2026〕7号\u30002026年3月2日" in line.text


_GUIDE_WITH_ADDRESS = """KAITUNA DONOR CENTRE - DONOR GUIDE 2026
Kaituna Donor Centre, 418 Ranolf Street, Kaituna 3015

1  BEFORE YOU DONATE
   1.1  Donors must weigh at least 50 kg.
   1.2  Eat a good meal in the four hours before you come.

2  CONTACTS
   2.1  Bookings: 0800 111 222
"""


def test_a_guides_address_under_its_title_is_on_its_header_card_not_under_its_first_section():
    # the centre's address is the guide's, not a line of "Before you donate"; it names the guide on its card
    doc = load(_GUIDE_WITH_ADDRESS.encode(), "guide.txt")
    assert not any("418 Ranolf Street" in p.text for p in doc.body)
    assert "418 Ranolf Street" in doc.paragraphs[0].text
