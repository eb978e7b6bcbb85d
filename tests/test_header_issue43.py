"""A Word file's page header names its issue only with a year a document could be dated in (corpus/docx_header.py
``_ISSUE``): 1900 to 2099 standing alone, not four digits inside a longer number (a phone's 0571-20258866, a file
number 120247). Such a header is page furniture and stays out of the stored text; a bulletin's 2025年第3期 and an
annual review's 2024 still come in. Made-up documents only."""
from __future__ import annotations

from reportbot.corpus.docx_header import issue_lines
from reportbot.corpus.loaders import read_document

from tests.files import docx_of

BODY = ["临江市红十字会志愿服务简报", "上半年全市开展普及培训3.2万人次。"]


def test_four_digits_inside_a_longer_number_name_no_issue():
    assert issue_lines(["服务热线 0571-20258866"], set()) == []
    assert issue_lines(["档案编号 120247"], set()) == []
    assert issue_lines(["Tel 020 87652019"], set()) == []
    assert issue_lines(["临江市红十字会 2025年第3期"], set()) == ["临江市红十字会 2025年第3期"]
    assert issue_lines(["Kendal Red Cross Annual Review 2024"], set()) == ["Kendal Red Cross Annual Review 2024"]
    assert issue_lines(["Volunteer News 2024/25"], set()) == ["Volunteer News 2024/25"]


def test_a_header_holding_a_phone_number_stays_out_of_the_stored_text():
    text = read_document(docx_of(BODY, header="临江市红十字会 服务热线 0571-20258866"), "linjiang_brief.docx")
    assert "20258866" not in text and "上半年全市开展普及培训" in text
    text = read_document(docx_of(BODY, header="临江市红十字会志愿服务简报 2025年第3期"), "linjiang_brief.docx")
    assert "2025年第3期" in text
