"""A Word report whose title and issuing line stand only in the page header and footer (lead-46, from set 42's
Chifeng report): the body opens with the meeting it was given at, in brackets, and the speaker; python-docx gives the
body alone, so the header's title was read as a line under that note and the footer's issuing line (its office, its
date of issue, its print run) was in no passage. Made-up documents in that shape."""
from __future__ import annotations

from tests.files import docx_saved, load

_BODY = [
    "（2025年2月10日在市红十字会第三届理事会第二次会议上）",
    "市红十字会党组书记、常务副会长　周立新",
    "各位理事：",
    "现在，我代表市红十字会常务理事会，向大会报告2024年工作。",
    "一、2024年主要工作",
    "全年开展应急救护普及培训3.1万人次，募集社会捐赠款物1,260万元。",
    "二、2025年工作安排",
    "新建博爱家园8个。",
]


def _report(header: str, footer: str = "", body: list[str] = _BODY) -> bytes:
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = header
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    for line in body:
        d.add_paragraph(line)
    return docx_saved(d)


def test_the_page_header_names_the_title_of_a_report_whose_body_opens_under_it():
    doc = load(_report("白河市红十字会2024年工作报告"), "report.docx")
    assert doc.title == "白河市红十字会2024年工作报告"
    assert "白河市红十字会2024年工作报告" not in doc.headings
    assert doc.author == "周立新"


def test_the_page_footers_issuing_line_closes_the_text():
    footer = "白河市红十字会办公室　2025年2月14日印发　共印60份"
    doc = load(_report("白河市红十字会2024年工作报告", footer), "report.docx")
    last = doc.body[-1]
    assert "2025年2月14日印发" in last.text and "共印60份" in last.text and last.path == ()
    assert "新建博爱家园8个" not in last.text


def test_a_page_number_footer_and_a_header_over_a_titled_body_stay_as_they_were():
    body = ["白河市红十字会2024年工作报告", *_BODY[1:]]
    titled = load(_report("白河红十字工作简报（2025年第3期）", "第1页", body), "report.docx")
    assert titled.title == "白河市红十字会2024年工作报告"
    assert not any("第1页" in p.text for p in titled.body)


def test_what_a_page_number_field_leaves_in_a_footer_is_no_closing():
    for footer in ("第页", "第 页 共 页", "Version 2.1 - Review date: 30 June 2026 - Page"):
        doc = load(_report("白河市红十字会2024年工作报告", footer), "report.docx")
        assert not any(p.text.strip() in ("第页", "第 页 共 页") or p.text.rstrip().endswith("Page")
                       for p in doc.body)
