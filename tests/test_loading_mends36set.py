"""Shapes of text round 40's loading changes read worse, mended: a notice's 日期：/主题： lines (no mail header block),
``>`` before a figure (a comparison, no quote mark), a paragraph holding a Word contents field's end mark."""
from __future__ import annotations

from tests.files import docx_saved, field_char, field_instruction, load

_NOTICE = """关于开展2025年植树节志愿服务活动的通知
各街道红十字会：
现将有关事项通知如下。
一、活动安排
日期：2025年3月12日
时间：上午8:30—11:00
主题：绿色家园共建
地点：滨江公园北门
二、参加人员
各街道志愿者每单位不少于10人。
三、联系方式
联系人：李华，电话：0838-1234567。
"""


def test_a_notice_s_date_and_theme_lines_are_text_under_its_heading_not_a_quoted_message():
    doc = load(_NOTICE.encode(), "notice.txt")
    theme = next(p for p in doc.body if "绿色家园共建" in p.text)
    assert "主题：绿色家园共建" in theme.text and "滨江公园北门" in theme.text
    assert theme.path[-1] == "一、活动安排"
    assert not any(p.path and p.path[-1] == "绿色家园共建" for p in doc.body)


_COMPARISONS = """Harbour Swim Club 2024

Members by years swum

> 10 years: 17 members
> 5 years: 40 members
> 1 year: 88 members

The club opened a second lane in March.
"""


def test_lines_opening_with_a_greater_than_sign_before_a_figure_keep_it():
    doc = load(_COMPARISONS.encode(), "club.txt")
    figures = next(p for p in doc.body if "17 members" in p.text)
    assert "> 10 years: 17 members\n> 5 years: 40 members\n> 1 year: 88 members" in figures.text
    assert figures.path[-1] == "Members by years swum"


def _docx_end_mark_in_text() -> bytes:
    """A Word file whose TOC field's end mark opens the first paragraph of text (as some writers place it)."""
    import docx

    d = docx.Document()
    d.add_paragraph("Kiama Branch Annual Report", style="Title")
    p = d.add_paragraph("Contents")
    field_char(p, "begin")
    field_instruction(p, ' TOC \\o "1-3" \\h \\z \\u ')
    field_char(p, "separate")
    for entry in ["First aid\t2", "Community visits\t3"]:
        d.add_paragraph(entry)
    p = d.add_paragraph()
    field_char(p, "end")
    p.add_run("This report was prepared by the branch treasurer, Omar Reyes.")
    d.add_paragraph("First aid", style="Heading 1")
    d.add_paragraph("Volunteers trained 64 residents in first aid.")
    d.add_paragraph("Community visits", style="Heading 1")
    d.add_paragraph("Members made 210 home visits.")
    return docx_saved(d)


def test_the_text_after_a_word_contents_field_s_end_mark_is_kept_and_its_entries_are_not():
    doc = load(_docx_end_mark_in_text(), "branch.docx")
    text = "\n".join(p.text for p in doc.body)
    assert "prepared by the branch treasurer, Omar Reyes." in text
    assert "\t" not in text and "Community visits\t3" not in text
