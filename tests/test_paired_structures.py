"""Structures whose parts read together: a FAQ entry's summary and answer, a term and its definition, a header set
over two rows with merged cells, and a table folded into two halves side by side (fold-29)."""
from __future__ import annotations

import io

from reportbot.corpus.table_fold import unfolded

from tests.files import load

FAQ_HTML = """<html><head><title>Event cover</title></head><body><h1>Event cover</h1>
<h2>Terms we use</h2>
<dl><dt>First aider</dt><dd>A volunteer holding our Event First Aid certificate, renewed every 3 years.</dd>
<dt>Treatment tent</dt><dd>A gazebo with a stretcher, staffed at all times.</dd></dl>
<h2>Frequently asked questions</h2>
<details><summary>Can you cover events outside the county</summary><p>Yes, as long as the venue is within 40 miles
of our base.</p></details>
<details><summary>Do you charge for travel</summary>Travel within 20 miles is free.</details>
<details><summary>Is parking free</summary><div class="answer">Parking is free for our crews.</div></details>
<h2>Contact</h2><p>Phone 01278 556 204.</p></body></html>"""


def _passage(doc, words: str):
    return next(p for p in doc.paragraphs if words in p.text)


def test_a_faq_entrys_summary_is_the_question_its_answer_reads_under():
    doc = load(FAQ_HTML.encode(), "cover.html")
    answer = _passage(doc, "within 40 miles")
    assert answer.text.startswith("Can you cover events outside the county\nYes, as long as")
    # an answer set straight in the entry, in no paragraph, is kept too, under its question
    assert _passage(doc, "Travel within 20 miles").text.startswith("Do you charge for travel\n")
    assert _passage(doc, "Parking is free").text.startswith("Is parking free\n")  # (in a plain <div>)


def test_a_summary_in_a_markdown_file_is_the_question_too():
    text = ("# Help\n\n## Questions\n\n<details>\n<summary><b>Can I bring a friend &amp; a dog</b></summary>\n\n"
            "Yes, one guest each.\n\n</details>\n")
    doc = load(text.encode(), "help.md")
    assert _passage(doc, "one guest").text == "Can I bring a friend & a dog\nYes, one guest each."
    # the answer set in the entry's html, with no blank line before it
    doc = load(b"# Help\n\n## Questions\n\n<details>\n<summary>Is there parking</summary>\nYes, at the back.\n"
               b"</details>\n", "help.md")
    assert _passage(doc, "at the back").text == "Is there parking\nYes, at the back."


def test_a_term_reads_with_its_definition_in_one_passage():
    doc = load(FAQ_HTML.encode(), "cover.html")
    assert _passage(doc, "First aider").sentences == (
        "First aider: A volunteer holding our Event First Aid certificate, renewed every 3 years.",)
    assert _passage(doc, "Treatment tent").text == "Treatment tent: A gazebo with a stretcher, staffed at all times."


def test_chinese_terms_take_a_chinese_colon():
    html = "<h1>术语</h1><dl><dt>救护员</dt><dd>持有救护员证的志愿者。</dd></dl>"
    assert "救护员：持有救护员证的志愿者。" in [s for p in load(html.encode(), "t.html").paragraphs
                                       for s in p.sentences]


def _merged_header_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("2025年主要指标", style="Heading 1")
    t = d.add_table(rows=4, cols=4)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "指标"
    t.cell(0, 1).merge(t.cell(0, 2)).text = "2025年"
    t.cell(0, 3).merge(t.cell(1, 3)).text = "完成率"
    for c, text in ((1, "目标"), (2, "完成")):
        t.cell(1, c).text = text
    for r, row in ((2, ("募集款物", "2.4亿元", "2.58亿元", "107.5%")), (3, ("新增AED", "2000台", "2400台", "120.0%"))):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_docx_header_over_two_rows_with_merged_cells_names_each_column():
    doc = load(_merged_header_docx(), "update.docx")
    table = next(p for p in doc.paragraphs if p.kind == "table")
    assert "募集款物 — 2025年目标：2.4亿元；2025年完成：2.58亿元；完成率：107.5%" in table.sentences
    assert not any(s.startswith("指标") for s in table.sentences)  # the header's second row is no row of data


def test_an_html_header_over_two_rows_with_colspan_and_rowspan_names_each_column():
    html = ("<h1>Targets</h1><table><tr><th rowspan='2'>Measure</th><th colspan='2'>2025</th>"
            "<th rowspan='2'>Rate</th></tr><tr><th>Target</th><th>Done</th></tr>"
            "<tr><td>Funds raised</td><td>2.4m</td><td>2.58m</td><td>107%</td></tr></table>")
    table = next(p for p in load(html.encode(), "t.html").paragraphs if p.kind == "table")
    assert table.sentences == ("Funds raised — 2025 Target: 2.4m; 2025 Done: 2.58m; Rate: 107%",)


def test_a_faq_question_asked_in_two_sentences_reads_over_its_answer():
    html = ("<h1>常見問題</h1><details><summary>Q1：報名要具備什麼資格？</summary>"
            "<div>年滿16歲皆可報名。</div></details>"
            "<details><summary>Q2：課程多久？費用多少？</summary><div>課程共16小時，每人收費新臺幣1,200元。</div></details>")
    answer = _passage(load(html.encode(), "faq.html"), "1,200")
    assert "多少？" in answer.text.split("\n")[0]  # the question opens the passage of its answer


def test_a_header_over_two_rows_whose_first_column_is_left_blank_below_names_each_column():
    # (the label column's name not merged down but left blank in the second row, as a Word table is often made)
    html = ("<h1>Winter</h1><table><tr><th>Activation level</th><th colspan='2'>Winter 2024-25</th></tr>"
            "<tr><th></th><th>Nights</th><th>Blankets issued</th></tr>"
            "<tr><td>Level 2 - Warning</td><td>23</td><td>640</td></tr>"
            "<tr><td>Total</td><td>91</td><td>1,235</td></tr></table>")
    table = next(p for p in load(html.encode(), "t.html").paragraphs if p.kind == "table")
    assert "Total — Winter 2024-25 Nights: 91; Winter 2024-25 Blankets issued: 1,235" in table.sentences
    assert not any(s.startswith("Nights") for s in table.sentences)  # the header's second row is no row of data


def test_a_first_data_row_with_a_blank_label_under_a_group_stays_a_row():
    html = ("<h1>Programme</h1><table><tr><th>Session</th><th colspan='2'>Details</th></tr>"
            "<tr><td></td><td>Welcome and opening</td><td>Mayor Dana Whitfield, 9:00</td></tr>"
            "<tr><td>Keynote</td><td>Housing first in practice</td><td>Dr. Ana Ruiz, 9:20</td></tr></table>")
    table = next(p for p in load(html.encode(), "t.html").paragraphs if p.kind == "table")
    assert not any("Details Welcome" in s or "Details Mayor" in s for s in table.sentences)
    assert any("Dr. Ana Ruiz, 9:20" in s and s.startswith("Keynote") for s in table.sentences)


def test_a_caption_across_the_table_is_no_header_group():
    html = ("<h1>T</h1><table><tr><th colspan='3'>Table 1</th></tr><tr><td>a</td><td>b</td><td>c</td></tr>"
            "<tr><td>x</td><td>1</td><td>2</td></tr></table>")
    doc = load(html.encode(), "t.html")
    table = next(p for p in doc.paragraphs if p.kind == "table")
    assert "x — 1; 2" in table.sentences and not any("Table 1 a" in s for s in table.sentences)  # (read as before)


FOLDED_MD = """# 捐血统计

## 每月捐血人次

| 月份 | 捐血人次 | 其中首次捐血 | 月份 | 捐血人次 | 其中首次捐血 |
| --- | --- | --- | --- | --- | --- |
| 1月 | 1,702 | 262 | 7月 | 1,811 | 341 |
| 2月 | 1,288 | 175 | 8月 | 1,743 | 318 |
| 3月 | 1,655 | 268 |  |  |  |
"""


def test_a_folded_table_reads_its_halves_stacked():
    table = next(p for p in load(FOLDED_MD.encode(), "blood.md").paragraphs if p.kind == "table")
    assert "7月 — 捐血人次：1,811；其中首次捐血：341" in table.sentences
    assert not any("1月" in s and "7月" in s for s in table.sentences)
    assert [s.split(" ")[0] for s in table.sentences] == ["1月", "2月", "3月", "7月", "8月"]


def test_a_folded_html_table_is_read_so_too():
    html = ("<h1>Monthly</h1><table><tr><th>Month</th><th>Donors</th><th>Month</th><th>Donors</th></tr>"
            "<tr><td>January</td><td>1702</td><td>July</td><td>1811</td></tr></table>")
    table = next(p for p in load(html.encode(), "m.html").paragraphs if p.kind == "table")
    assert table.sentences == ("January: 1702", "July: 1811")


def test_a_header_that_repeats_no_run_is_no_folded_table():
    rows = (("名称", "名称"), ("甲", "乙"))  # one column repeated: a list set in two columns
    assert unfolded(rows) == rows
    rows = (("月份", "人次", "月份"), ("1月", "10", "7月"))
    assert unfolded(rows) == rows


def test_a_chinese_header_over_two_rows_joins_after_a_full_width_bracket_without_a_space():
    # review-30: the header had read "2024年捐款（万元） 目标"
    html = ("<h1>募捐情况</h1><table><tr><th rowspan='2'>区县</th><th colspan='2'>2024年捐款（万元）</th></tr>"
            "<tr><th>目标</th><th>完成</th></tr><tr><td>东区</td><td>120</td><td>135</td></tr></table>")
    table = next(p for p in load(html.encode(), "t.html").paragraphs if p.kind == "table")
    assert table.sentences == ("东区 — 2024年捐款（万元）目标：120；2024年捐款（万元）完成：135",)
