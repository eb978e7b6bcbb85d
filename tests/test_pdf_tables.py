"""A PDF table whose text layer gives one cell a line is read as a table, over a page break, figures kept."""
from __future__ import annotations

from reportbot.corpus.pdf_furniture import without_furniture
from reportbot.corpus.pdf_tables import segments

from tests.files import load, make_pdf

PAGES = [["青溪县红十字会2024年工作综述", "一、主要工作", "全年开展救护培训120场次，比上年增长两成。",
          "二、主要指标", "表1 主要工作指标", "指标", "2023年", "2024年", "救援队（支）", "9", "12",
          "持证救护员（人）", "860", "1,020"],
         ["志愿者（名）", "2.1", "2.5", "博爱家园（个）", "14", "18", "三、下一步安排", "继续推进救护培训进社区。"]]


def test_a_cell_a_line_table_is_read_with_its_header_on_both_pages():
    # drawn as a report's table often is: each cell on a line of its own, the table over two pages
    doc = load(make_pdf(PAGES, header=False, font="STSong-Light"), "qingxi.pdf")
    tables = [p for p in doc.body if p.kind == "table"]
    text = "\n".join(s for p in tables for s in p.sentences)
    # each figure stays with its row and its year; decimals are no page numbers
    for row in ["救援队（支） — 2023年：9；2024年：12", "持证救护员（人） — 2023年：860；2024年：1,020",
                "志愿者（名） — 2023年：2.1；2024年：2.5", "博爱家园（个） — 2023年：14；2024年：18"]:
        assert row in text
    assert [p.page for p in tables] == [1, 2]
    assert any("继续推进救护培训进社区" in p.text and p.page == 2 for p in doc.body)


def test_prose_of_short_lines_is_no_table():
    lines = ["一、培训对象", "本社区居民", "二、培训内容", "心肺复苏", "三、报名方式", "现场报名"]
    assert all(not s.rows for s in segments(lines))


def test_a_figure_alone_on_a_line_is_kept_and_a_page_number_is_not():
    lines = ["Annual report - page 2", "Calls answered", "2", "21.4", "- 2 -"]
    running = {"Annual report - page #", "#", "#.#", "- # -"}
    assert without_furniture(lines, 2, running) == ["Calls answered", "2", "21.4"]


def test_a_row_whose_change_is_written_in_words_stays_in_its_table():
    lines = ["项目", "2023年", "2022年", "本年比上年增减", "营业收入", "176,420", "158,930", "11.00%",
             "加权平均净资产收益率", "9.02%", "8.37%", "增加0.65个百分点", "总资产", "262,310", "241,870", "8.45%"]
    (table,) = segments(lines)
    assert table.rows[-2:] == (("加权平均净资产收益率", "9.02%", "8.37%", "增加0.65个百分点"),
                               ("总资产", "262,310", "241,870", "8.45%"))


def test_a_lower_case_line_continues_an_abbreviation_and_a_numbered_heading_stands_alone():
    from reportbot.corpus.pdf_lines import join_wrapped_lines

    page = "\n".join([
        "Three tenders were received for the replacement of the Building C roof: Summit Roofing Ltd.",
        "at $184,500; Harbourview Contracting at $197,200; and K&L Exteriors at $176,900 in all.",
        "Wednesday, 14 May 2025, Community Room, 220 Maple Court Drive, Hamilton, Ontario, Canada",
        "1. Call to Order and Attendance",
        "The meeting was called to order at 7:04 p.m. by the President, who chaired the meeting.",
    ])
    paragraphs = join_wrapped_lines(page).split("\n\n")
    assert paragraphs[0].endswith("Summit Roofing Ltd. at $184,500; Harbourview Contracting at $197,200; and K&L "
                                  "Exteriors at $176,900 in all.")
    assert "1. Call to Order and Attendance" in paragraphs
