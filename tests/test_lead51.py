"""Loading faults of set 47's file shapes (lead51). Made-up documents in the shapes of its files: a contents page
whose leader dots wrap onto a line of their own, English words hyphenated at a PDF's line ends, Word's soft line
breaks before a list's numbers, html note marks set as ``<sup>`` in a table's row headers. Other bodies, places and
figures than any question set's."""
from __future__ import annotations

from tests.files import docx_saved, load, make_pdf

_LEADERS = "·" * 30


def _progress_with_wrapped_contents() -> bytes:
    return make_pdf([
        [(16, "青川市红十字会2026年1—9月工作进展情况"), "青川市红十字会办公室 2026年10月9日", "目 录",
         f"一、主要指标完成情况{_LEADERS}", "········2", f"二、重点工作进展{_LEADERS}", "······2",
         f"三、第四季度工作安排{_LEADERS}", "········2"],
        ["一、主要指标完成情况", "1—9月新增持证救护员8,400人，新增配置AED 96台。", "二、重点工作进展",
         "6月新成立南河县红十字应急救护队，全市救援队达到12支。", "三、第四季度工作安排",
         "11月底前完成博爱家园验收，计划慰问困难家庭2,300户。"],
    ], header=False, font="STSong-Light")


def test_a_contents_page_whose_leaders_wrap_onto_their_own_line_is_no_text_of_the_document():
    # each entry's dots run over to a second line ending in its page number: still an entry of the contents
    doc = load(_progress_with_wrapped_contents(), "progress.pdf")
    texts = [p.text for p in doc.body]
    assert not any("··" in t for t in texts), texts
    first = next(p for p in doc.body if "8,400人" in p.text)
    assert "目录" not in first.text.replace(" ", "") and "重点工作进展" not in first.text


def _guide_with_hyphenated_words() -> bytes:
    return make_pdf([[
        (16, "Ashburton Donor Centre — Donor Guide 2026"), "About the centre",
        "The Ashburton Donor Centre at 15 Havelock Street collects whole blood and plas-",
        "ma for the Mid Canterbury district. In 2025 the centre took 3,418 dona-",
        "tions, including 702 from donors giving for the first time and 96 from first-",
        "time donors over sixty, who brought a letter from their doctor to the centre.",
    ]], header=False)


def test_an_english_word_hyphenated_at_a_pdf_lines_end_is_read_whole():
    doc = load(_guide_with_hyphenated_words(), "guide.pdf")
    text = " ".join(p.text for p in doc.body)
    assert "whole blood and plasma for" in text and "took 3,418 donations, including" in text, text
    # (a word the line broke at its own hyphen keeps it: a compound of two words)
    assert "96 from first-time donors" in text, text


def _report_with_soft_broken_lists() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("青川市红十字会2025年工作报告", level=1)
    d.add_heading("一、应急救护", level=2)
    p = d.add_paragraph("全年培训持证救护员9,200人，")
    p.add_run().add_break()
    p.add_run("新增配置AED 88台。")
    d.add_heading("二、2026年工作安排", level=2)
    p = d.add_paragraph("1. 新增配置AED 120台，重点覆盖高铁站；")
    for line in ("2. 应急救护普及培训8万人次；", "3. 建成缅怀纪念园1处。"):
        p.add_run().add_break()
        p.add_run(line)
    return docx_saved(d)


def test_word_soft_breaks_before_a_lists_numbers_part_its_items():
    # Shift+Enter between numbered lines: a list of three items, each found on its own
    doc = load(_report_with_soft_broken_lists(), "report.docx")
    plan = [p for p in doc.body if "高铁站" in p.text or "8万人次" in p.text]
    assert plan and all(p.kind == "list" for p in plan), [(p.kind, p.text) for p in plan]
    assert any(x.startswith("2. 应急救护普及培训8万人次") for p in plan for x in p.text.split("\n")), plan


def test_a_word_soft_break_inside_a_chinese_sentence_leaves_no_space():
    doc = load(_report_with_soft_broken_lists(), "report.docx")
    assert any("9,200人，新增配置AED 88台。" in p.text for p in doc.body), [p.text for p in doc.body]


_ROW_HEADED = """<html><body><h1>凼仔社區急救義工隊2026年度工作回顧</h1><h2>二、服務統計</h2>
<table><thead><tr><th scope="col">服務類別</th><th scope="col">項目</th><th scope="col">場次</th></tr></thead>
<tbody><tr><th scope="row" rowspan="2">海灘救護<sup>1</sup></th><td>南灣駐守</td><td>41</td></tr>
<tr><td>北灣駐守</td><td>37</td></tr>
<tr><th scope="row">培訓<sup>2</sup></th><td>急救證書課程</td><td>9班</td></tr></tbody></table>
<p class="note"><sup>1</sup> 駐守期為6月1日至9月30日。</p>
<p class="note"><sup>2</sup> 合格率為93%。</p>
</body></html>"""


def test_a_note_mark_set_raised_in_a_tables_row_header_is_not_read_into_its_name():
    doc = load(_ROW_HEADED.encode(), "review.html")
    table = next(p for p in doc.body if p.kind == "table")
    assert "海滩救护1" not in table.text and "培训2" not in table.text, table.text
    assert "海滩救护" in table.text and "北湾驻守" in table.text


def _report_with_speaker_on_a_soft_line() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("青川市红十字会2025年工作报告", level=1)
    p = d.add_paragraph("——2026年1月18日在市红十字会第三届理事会第四次会议上")
    p.add_run().add_break()
    p.add_run("会长　吴立新")
    d.add_heading("一、应急救护", level=2)
    d.add_paragraph("全年培训持证救护员9,200人，新增配置AED 88台。")
    return docx_saved(d)


def test_a_speaker_set_on_a_soft_broken_line_under_the_meeting_is_the_reports_author():
    doc = load(_report_with_speaker_on_a_soft_line(), "report.docx")
    assert doc.author == "吴立新", (doc.author, [p.text for p in doc.paragraphs])


_FAQ = """青川市红十字会常见问题解答（2026年版）
　　青川市红十字会编　2026年2月1日起施行

一、应急救护培训
问1：参加普及培训要交费吗？
　　答：普及培训免费，每期4学时。
问2：救护员证有效期多久？
　　答：有效期为3年。
"""


def test_a_compilers_line_with_the_day_it_takes_effect_is_the_faqs_author_no_line_of_its_first_answer():
    doc = load(_FAQ.encode(), "faq.txt")
    assert doc.author == "青川市红十字会", doc.author
    first = next(p for p in doc.body if "每期4学时" in p.text)
    assert "起施行" not in first.text, first.text


def test_the_issuers_line_and_date_under_a_pdfs_title_is_its_author_and_still_gives_its_date():
    doc = load(_progress_with_wrapped_contents(), "progress.pdf")
    assert doc.author == "青川市红十字会办公室", doc.author
    assert any("2026年10月9日" in p.text for p in doc.body)  # (a question for the date finds it in a passage)


def _plan_with_dated_items() -> bytes:
    return make_pdf([[
        (16, "青川市红十字会2026年1—9月工作进展情况"), "四、第四季度工作安排",
        "1. 开展冬季献血活动，10月20日起在南河区、北山县设置流动献血点6处，保障临床用血；",
        "2. 11月底前建成南河县缅怀纪念园；",
        "3. 12月5日国际志愿者日表彰优秀红十字志愿者40名。",
    ]], header=False, font="STSong-Light")


def test_a_pdf_items_number_before_a_date_opens_an_item_after_a_full_line():
    # "2. 11月底前…": the item's number, no figure of the line before it
    doc = load(_plan_with_dated_items(), "plan.pdf")
    lines = [x for p in doc.body for x in p.text.split("\n")]
    assert any(x.startswith("2. 11月底前建成") for x in lines), lines
