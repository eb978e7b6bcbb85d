"""Tables drawn with box-drawing characters in a plain text, and the boxes that are no tables (a boxed note, a form
of blank fields): what a reader of the stored passages sees. The layouts came from a review's made-up documents."""
from __future__ import annotations

from reportbot.corpus.split import parse_text

DOUBLE = """Harbour Food Bank - Quarterly Report

Distribution by site, July to September 2024.

╔══════════════╦══════════╦════════════╗
║ Site         ║ Parcels  ║ Volunteer  ║
║              ║          ║ hours      ║
╠══════════════╬══════════╬════════════╣
║ Northside    ║ 1,240    ║ 860        ║
║ Eastgate     ║ 875      ║            ║
║ St. Brigid's ║ 690      ║ 512        ║
║ Community    ║          ║            ║
║ Hall         ║          ║            ║
║ Young people ║ 40       ║ 96         ║
╚══════════════╩══════════╩════════════╝

Demand will rise by about 12% before the winter.
"""

MERGED = """资助情况

┌──────────┬──────────┬──────────┐
│县（区）  │资助人数  │资助金额  │
├──────────┼──────────┼──────────┤
│武鸣区    │420       │84.0      │
├──────────┴──────────┼──────────┤
│小计                 │161.2     │
└─────────────────────┴──────────┘
"""

FORM = """关于招募志愿者的通知

请填写下表：
┌──────────────┬──────────────┐
│姓名：        │性别：        │
├──────────────┼──────────────┤
│联系电话：    │所在单位：    │
└──────────────┴──────────────┘
"""

NOTE = """Westbrook District Census 2024

┌──────────────────────────────────────────┐
│ Note: figures are as at 31 January 2024. │
│ Late groups are counted from last year.  │
└──────────────────────────────────────────┘

The census counted 512 young people.
"""

FULL_WIDTH = """基隆捐血活動成果

一、活動場次與人數
｜活動地點　　｜場次｜捐血人次｜
────────────────────
｜基隆火車站　｜12　｜1,860　｜
｜海洋大學　　｜4　 ｜620　　｜
"""

MARKDOWN_UNDER_RULE = """Fundraising

═══════════════════════════════
| Source   | Raised (€) |
|----------|------------|
| Street   | 4,820      |
| Online   | 9,310      |
"""


def _text(doc_text: str, name: str = "t.txt") -> str:
    return "\n".join(p.text for p in parse_text(doc_text, name).paragraphs)


def test_a_label_wrapped_in_its_column_stays_one_row_when_rows_are_not_ruled_apart():
    text = _text(DOUBLE)
    assert "St. Brigid's Community Hall — Parcels: 690; Volunteer hours: 512" in text
    assert "Young people — Parcels: 40; Volunteer hours: 96" in text
    assert "\nHall" not in text and "\nCommunity" not in text


def test_a_cell_spanning_two_columns_leaves_the_figure_under_the_column_it_stands_in():
    assert "小计 — 资助金额：161.2" in _text(MERGED)


def test_a_box_of_blank_fields_is_a_forms_lines_not_a_table():
    text = _text(FORM)
    assert "姓名： 性别：" in text and "联系电话： 所在单位：" in text
    assert "：：" not in text


def test_a_boxed_note_is_its_prose():
    text = _text(NOTE)
    assert "Note: figures are as at 31 January 2024. Late groups are counted from last year." in text
    assert "│" not in text and "┌" not in text


def test_a_header_over_the_first_rule_with_full_width_bars_heads_the_rows():
    text = _text(FULL_WIDTH)
    assert "基隆火车站 — 场次：12；捐血人次：1,860" in text and "海洋大学 — 场次：4；捐血人次：620" in text


def test_a_markdown_separator_under_a_drawn_rule_is_no_row():
    text = _text(MARKDOWN_UNDER_RULE)
    assert "Street: 4,820" in text and "Online: 9,310" in text
    assert "-----" not in text
