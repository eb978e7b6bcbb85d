"""Loading leftovers of round 49 (loaders50). Made-up documents in the shapes of set 43's and 44's Word files: other
bodies, places and figures than any question set's."""
from __future__ import annotations

from tests.files import docx_saved, load


def _progress_with_contact() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("青川市红十字会2026年1—9月工作进展", level=1)
    d.add_heading("一、主要工作", level=2)
    d.add_paragraph("全市新增持证救护员8,400人，新增配置AED 96台，较上年同期增长12%。")
    d.add_heading("二、第四季度安排", level=2)
    d.add_paragraph("一是10月开展应急救护技能比武；二是11月底前完成博爱家园验收，计划慰问困难家庭2,300户。")
    d.add_paragraph("联系人：办公室　周文澜　电话：0571-86551234")
    return docx_saved(d)


def _faq_with_address_after_table() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("临江市红十字会常见问题解答", level=1)
    d.add_heading("一、培训收费吗？", level=2)
    d.add_paragraph("单位包班培训按下表收费：")
    t = d.add_table(rows=3, cols=2)
    for row, (a, b) in zip(t.rows, [("班型", "收费"), ("普及班", "每人50元"), ("复训班", "每人70元")]):
        row.cells[0].text, row.cells[1].text = a, b
    d.add_paragraph("地址：临江市江北区滨河路18号　邮编330012")
    return docx_saved(d)


def test_a_contact_line_ending_a_word_file_is_no_line_of_its_last_section():
    # the last section's plan is not answered with whom to call, nor the phone with the plan's heading
    doc = load(_progress_with_contact(), "progress.docx")
    plan = next(p for p in doc.body if "2,300户" in p.text)
    assert "0571-86551234" not in plan.text
    contact = next(p for p in doc.body if "0571-86551234" in p.text)
    assert "第四季度安排" not in (contact.section or "")


def test_an_address_line_ending_a_faq_after_its_table_is_no_row_of_the_table():
    doc = load(_faq_with_address_after_table(), "faq.docx")
    fees = next(p for p in doc.body if "每人70元" in p.text)
    assert "滨河路18号" not in fees.text
    assert any("滨河路18号" in p.text for p in doc.body)


def _noted_word_guide() -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.add_heading("Riverbend Flood Crew Handbook", 0)
    d.add_heading("1. Call-outs", 1)
    d.add_paragraph("The crew is called out when the river passes 3.2 metres at the weir.")
    d.add_heading("2. Crew safety", 1)
    p = d.add_paragraph("Every crew member is issued a throw-bag set worth about 95 pounds")
    p.add_run("1").font.superscript = True
    p.add_run(". Sets are checked by the store officer each March.")
    d.add_heading("3. Review", 1)
    d.add_paragraph("This handbook is reviewed each autumn.")
    note = d.add_paragraph("1 Bought with a grant of 4,500 pounds from the Millbrook Rotary Trust.")
    note.runs[0].font.size = Pt(8)
    return docx_saved(d)


def test_a_word_note_is_read_under_the_sentence_marking_it():
    # the note says who paid for what the sentence marking it names: a question naming the throw-bag sets finds the
    # note by that sentence, read as the note's lead (the note's own words name neither)
    doc = load(_noted_word_guide(), "handbook.docx")
    note = next(p for p in doc.body if "Millbrook" in p.text)
    assert "throw-bag set" in note.lead


_MD_NOTED = """# Kestrel Bay Lifesaving Club Annual Report 2025-26

## Season

Members logged **7,310 patrol hours** over 25 weekends, up from 6,900 the season before[^hours]. The season ran from
20 September 2025 to 26 April 2026. The president thanked 280 patrolling members.

## Finance

Income was $390,000.

[^hours]: Taken from the club's rostering system on 1 May 2026.
"""


def test_a_markdown_footnote_is_read_under_the_sentence_marking_it():
    # the footnote is read after the paragraph marking it, as a passage of its own: its lead is the sentence the mark
    # ends (the hours), not that paragraph's last sentence (the president's thanks)
    from reportbot.corpus.split import parse_text

    doc = parse_text(_MD_NOTED, "report.md")
    note = next(p for p in doc.body if "rostering system" in p.text)
    assert "7,310 patrol hours" in note.lead


_GUIDE_REVISED_AT_END = """KESTREL VALE DONOR CENTRE - VISITOR GUIDE 2026

1. BEFORE YOU COME

Eat a meal and drink two glasses of water in the 3 hours before your visit.

2. OPENING HOURS

Monday to Friday, 8:00 to 16:00; late clinic on Tuesday until 19:00.

3. WHO CAN GIVE

Donors must be 18 to 70 and weigh at least 50 kg.

4. ON THE DAY

Bring photo ID. The first visit takes about an hour.

5. AFTER YOUR VISIT

Rest for 10 minutes and avoid lifting for 5 hours.

Revised 14 February 2026 by T. Okafor.
"""


def test_a_guide_revised_on_a_date_written_at_its_end_is_of_that_date():
    # no date at its top: the revision line closing the guide says when it was made
    doc = load(_GUIDE_REVISED_AT_END.encode(), "guide.txt")
    assert doc.date == "14 February 2026"


def test_a_faq_compiled_in_a_month_is_of_that_month():
    # 2026年2月编 under the title: the month the FAQ was compiled, its own date though no day is given
    text = ("# 青川市红十字会献血常见问题（2026年版）\n\n青川市中心血站　2026年2月编\n\n## 1. 献血前要吃早餐吗？\n\n"
            "要吃清淡早餐。\n")
    doc = load(text.encode(), "faq.md")
    assert doc.date == "2026年2月"
