"""What the review of loader-40 found worse (mend-loader40), on made-up documents of each shape: a plain text's
signature of body and date run together, a PDF's footer lines moved beneath the body read as key figures, a contact
row with a blank first cell taken as a header's second line, a day line without its hour no heading, a heading of
section words read as a venue, and a speech's 会长　致辞 line read as its speaker."""
from __future__ import annotations

from tests.files import docx_of, drawn_pdf, load


def test_a_plain_texts_signature_of_body_and_date_parted_by_a_full_width_space_is_text_not_a_heading():
    text = ("关于开展应急救护培训的通知\n\n各乡镇红十字会：\n现将全年培训安排通知如下，请遵照执行。\n\n"
            "一、培训对象\n全市志愿者和企业安全员。\n\n某市红十字会办公室\u30002025年1月20日\n\n"
            "会长\u3000王大明\n秘书长\u3000林小梅\n")
    doc = load(text.encode(), "notice.txt")
    assert not any("2025年1月20日" in x for p in doc.body for x in p.path)
    assert any("2025年1月20日" in p.text for p in doc.body)


def _pdf_with_footer_drawn_first() -> bytes:
    """A one-page report whose footer lines (an address, a postcode) are drawn before the body, beneath it."""

    def draw(c) -> None:
        c.setFont("Helvetica", 8)
        for y, line in [(60, "Harbour Rescue Volunteers Inc."), (50, "PO Box 4321"), (40, "Port Milton QLD 4870")]:
            c.drawString(60, y, line)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(60, 780, "Annual General Meeting 2024")
        c.setFont("Helvetica", 10)
        y = 750
        for line in ["The meeting received the reports of the Chair and the Treasurer.",
                     "Members elected a committee of nine for the coming season.",
                     "The meeting closed at 8:40 pm with thanks to the volunteers."]:
            c.drawString(60, y, line)
            y -= 16
        c.showPage()
    return drawn_pdf(draw)


def test_a_pdfs_footer_lines_moved_beneath_the_body_stay_lines_no_key_figures():
    doc = load(_pdf_with_footer_drawn_first(), "agm.pdf")
    text = "\n".join(p.text for p in doc.body)
    assert "PO Box 4321" in text and "Port Milton QLD 4870" in text
    assert "PO Box: 4321" not in text and "Port Milton QLD: 4870" not in text


def test_a_contact_row_with_a_blank_first_cell_is_no_second_header_line():
    from reportbot.corpus.table_header import second_header_line

    rows = (("单位", "联系人", "电话"), ("", "王敏（市会）", "0514-2201123"), ("东区", "李强", "0514-2201456"),
            ("西区", "赵丽", "0514-2201789"))
    assert second_header_line(rows) == rows


def test_a_day_line_without_its_hour_heads_its_sessions():
    from reportbot.corpus.sentences import is_heading

    assert is_heading("Saturday, 14 June 2025") and is_heading("2025年3月5日（星期三）")
    assert not is_heading("Saturday, 14 June 2025, 9:00 am")


def test_capitalised_section_words_with_commas_are_no_venue():
    from reportbot.corpus.pdf_loader import _VENUE

    assert not _VENUE.fullmatch("Patrols, Rescues, Awards")
    assert _VENUE.fullmatch("Harbourside Bowls Club, Port Milton QLD")


def _docx_speech_titled() -> bytes:
    """A report whose line under the title names the speech (会长　致辞), no speaker's name, then sections."""
    return docx_of([("某市红十字会2024年年度报告", "Title"), "会长\u3000致辞",
                    "过去一年，全市红十字系统在各方支持下圆满完成各项任务。", ("一、应急救护", "Heading 1"),
                    "全年培训持证救护员1.2万人。"])


def test_a_speech_line_under_a_title_names_no_author():
    doc = load(_docx_speech_titled(), "report.docx")
    assert doc.author != "致辞"
    from reportbot.corpus.when_who import SIGNATORY

    assert SIGNATORY.fullmatch("会长致辞") is None and SIGNATORY.fullmatch("会长\u3000张文雄")
