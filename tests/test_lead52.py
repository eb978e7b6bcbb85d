"""Loading faults of set 48's file shapes (lead52). Made-up documents in the shapes of its files: a plain-text FAQ
whose numbered questions each open a section, a marked note after the last answer and a signature block pushed to
the right with spaces; a Word guide whose contents field stands under a line naming it; a zh-hant page whose line
under the title gives its compiler in a 編製 field. Other bodies, places and figures than any question set's."""
from __future__ import annotations

import pytest

from tests.files import docx_saved, field_char, field_instruction, load

_FAQ = (
    "青川市红十字会服务指南（2026年版）\r\n\r\n"
    "一、应急救护\r\n\r\n"
    "1. 普及培训要上几个学时？\r\n答：普及培训为4学时，面向市民免费。\r\n\r\n"
    "二、志愿服务\r\n\r\n"
    "5. 怎样报名当志愿者？\r\n答：在服务平台搜索“青川红十字”报名，审核后参加3学时培训。\r\n\r\n"
    "※ 以上内容如有调整，以市红十字会网站通知为准。\r\n\r\n"
    "                                                        青川市红十字会办公室\r\n"
    "                                                        2026年3月2日\r\n"
)


def test_a_marked_note_after_a_numbered_answer_opening_its_section_is_kept():
    # the note under the last question's answer was read as a list item and dropped with the answer's paragraph
    doc = load(_FAQ.encode(), "guide.txt")
    assert any("以上内容如有调整" in p.text for p in doc.body), [p.text for p in doc.body]


def test_a_signature_block_pushed_right_is_no_line_of_the_last_answer():
    doc = load(_FAQ.encode(), "guide.txt")
    answer = next(p for p in doc.body if "3学时培训" in p.text)
    assert "办公室" not in answer.text and "2026年3月2日" not in answer.text, answer.text
    signed = next(p for p in doc.body if "青川市红十字会办公室" in p.text)
    # (who signed it and when: the document's closing, a passage of its own under no section, as a 此致 closing is)
    assert "2026年3月2日" in signed.text and "以上内容" not in signed.text, signed.text
    assert signed.section is None, signed.section


def _guide_with_named_contents() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Riverton Donor Centre — Visitor Guide 2026", style="Title")
    d.add_paragraph("Riverton Donor Centre, 48 Mill Road, Riverton 9822. Edition 3, May 2026.")
    d.add_paragraph("Contents")
    p = d.add_paragraph()
    field_char(p, "begin")
    field_instruction(p, 'TOC \\o "1-2" \\h \\z \\u')
    field_char(p, "separate")
    p.add_run("1 Getting here\t2")
    p = d.add_paragraph("2 Your visit\t3")
    field_char(p, "end")
    d.add_paragraph("1 Getting here", style="Heading 1")
    d.add_paragraph("Bus 14 stops outside the centre every twenty minutes.")
    d.add_paragraph("2 Your visit", style="Heading 1")
    d.add_paragraph("A visit takes about an hour, including 10 minutes in the lounge.")
    return docx_saved(d)


def test_the_line_naming_a_word_contents_field_goes_with_it():
    doc = load(_guide_with_named_contents(), "guide.docx")
    opening = next(p for p in doc.body if "48 Mill Road" in p.text)
    assert "Contents" not in opening.text, opening.text
    assert not any(p.text.strip() == "Contents" for p in doc.body)


_PAGE = """<html><head><meta charset="utf-8"><title>石澳急救隊2026年度工作回顧</title></head><body>
<h1>石澳急救隊2026年度工作回顧</h1>
<p>編製：石澳急救隊秘書處　發佈日期：2027年1月12日</p>
<h2>一、隊伍概況</h2>
<p>截至2026年12月31日，本隊登記隊員63人，全年當值81次。</p>
</body></html>"""


@pytest.mark.xfail(strict=True, reason="the mend (编制 among the compiler's field labels) moved no held-out row: "
                   "reverted as too narrow (docs/lead52.md)")
def test_a_compilers_field_under_the_title_names_the_pages_author():
    doc = load(_PAGE.encode(), "review.html")
    assert doc.author == "石澳急救队秘书处", (doc.author, [p.text for p in doc.paragraphs])


_CLUB = """# Lennox Head Surf Club — Season Report 2025-26

## Patrols

| Beach \\| zone | Patrol hours | Rescues |
|---|---|---|
| Seven Mile \\| south flags | 1,210 | 9 |
| Boulders \\| point | 640 | 3 |
"""


def test_an_escaped_pipe_in_a_cell_stays_in_its_cell_where_the_table_is_shown_as_written():
    # the row read with its header was right; the table shown as written split the cell at its pipe
    doc = load(_CLUB.encode(), "report.md")
    table = next(p for p in doc.body if p.kind == "table")
    assert "Seven Mile | south flags — Patrol hours: 1,210" in table.text, table.text
    header, *rows = table.written.split("\n")
    assert header == "| Beach \\| zone | Patrol hours | Rescues |", table.written
    assert rows[0] == "| Seven Mile \\| south flags | 1,210 | 9 |", table.written


def _progress_with_circled_note() -> bytes:
    from tests.files import make_pdf

    return make_pdf([[
        (16, "青川市红十字会2026年1—9月工作进展"), "二、2025年数据更正",
        "经年度复核：2025年新增AED更正为132台（原报126台）①；2025年善款到账1,240万元。",
        "三、下一步工作", "10—12月完成全年培训任务。",
        "① 差异原因：6台AED于2025年12月安装、2026年1月验收，复核后计入2025年。",
    ]], header=False, font="STSong-Light")


@pytest.mark.xfail(strict=True, reason="the mend (a circled number as a note's mark) moved no held-out row and cost "
                   "one finding row: reverted (docs/lead52.md)")
def test_a_note_under_a_circled_mark_is_read_under_the_clause_it_marks():
    # the page-foot note's own words name no correction; the clause its mark ends does (as a raised ¹ note's does)
    doc = load(_progress_with_circled_note(), "progress.pdf")
    note = next(p for p in doc.body if "差异原因" in p.text)
    assert "更正为132台" in note.lead, (note.lead, note.text)
