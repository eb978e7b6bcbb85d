"""Loader leftovers of round 44 (loaders-45), each on a small made-up document of its shape: a press conference's
question and its answer are two turns, a passage each, the answer read under the question; a numbered section whose
name is in capitals heads its section whatever follows its name; a notes section's marked notes are a passage each; a
deck's short name that only its dropped footer prints stays with its title; a unit's name and a person's are one shape
in normalising and in lists of names; the answering's and the runs' hand-set values are in the index manifest."""
from __future__ import annotations

from reportbot.corpus.split import parse_text

from tests.files import docx_of, load
from tests.test_pdf_slides import _deck

# a press conference's transcript, a speaker's turn a paragraph (New Taipei's, set 39)
_TRANSCRIPT = [("星海市红十字会年度成果记者会实录", "Title"),
               "时间：2025年9月18日上午10时　地点：星海市分会会议室",
               "主持人：各位媒体朋友早安，首先请王明华会长说明今年的成果。",
               "王明华会长：今年共办理急救训练三百场，参训民众两万人次。",
               "记者（星海日报李记者）：请问今年汛期救援队出动了几次？",
               "赵建国队长：汛期救援队共出动十七次，协助撤离民众三百二十人。",
               "记者（星海电视台周记者）：志工人数有多少？",
               "孙丽娟组长：目前在册志工一千二百人，今年新招募一百五十人。",
               "主持人：今天的记者会到此结束，谢谢大家。"]


def test_a_reporters_question_and_the_answer_are_two_turns_the_answer_read_under_it():
    doc = load(docx_of(_TRANSCRIPT), "transcript.docx")
    texts = [p.text for p in doc.body]
    assert "记者（星海日报李记者）：请问今年汛期救援队出动了几次？" in texts
    answer = next(p for p in doc.body if p.text.startswith("赵建国队长："))
    assert "记者" not in answer.text  # (its own turn, no question glued before it)
    assert answer.lead == "记者（星海日报李记者）：请问今年汛期救援队出动了几次？"
    assert any(p.text.startswith("孙丽娟组长：") and "志工人数" in p.lead for p in doc.body)


def test_a_faqs_question_over_its_answer_stays_one_passage():
    text = "献血常见问题\n\n问：献血前可以吃早餐吗？\n\n答：可以，献血前请吃清淡早餐。\n"
    body = parse_text(text, "faq.txt").body
    assert [p.text for p in body] == ["问：献血前可以吃早餐吗？答：可以，献血前请吃清淡早餐。"]


# a committee's minutes, numbered sections in capitals, one with a subtitle and its dates (Millbrook's, set 13)
_MINUTES = "\n".join([
    "HARBOUR COUNTY EMERGENCY COMMITTEE", "Minutes of the Regular Meeting", "",
    "1. CALL TO ORDER", "The Chair called the meeting to order at 14:00.", "",
    "2. APPROVAL OF MINUTES", "Motion 25-11: To approve the minutes of 3 June 2025.",
    "Vote: 6 in favour, 0 against. CARRIED.", "",
    "3. AFTER-ACTION REVIEW: RIVER ROAD FIRE (2-4 July 2025)",
    "The fire chief presented the review.",
    "- 42 homes were evacuated on 2 July.", "- The shelter housed 96 people at its peak.", "",
    "4. NEW BUSINESS", "No new business was raised.", ""])


def test_a_numbered_section_in_capitals_with_a_subtitle_heads_its_section():
    doc = parse_text(_MINUTES, "minutes.txt")
    review = "3. AFTER-ACTION REVIEW: RIVER ROAD FIRE (2-4 July 2025)"
    assert review in doc.headings
    evacuated = next(p for p in doc.body if "42 homes were evacuated" in p.text)
    assert evacuated.path[-1] == review
    assert not any(review in p.text for p in doc.body)
    assert next(p for p in doc.body if "CARRIED" in p.text).path[-1] == "2. APPROVAL OF MINUTES"


# a chronicle's notes section, each note a line opening with a mark (Yibin's 大事记, set 39)
_CHRONICLE = "\n".join([
    "星海市红十字会2025年大事记", "", "【1月】",
    "1月8日　■市红十字会召开全委会议。", "1月20日　▲开展春节送温暖活动，慰问困难群众三百户。", "",
    "2024年数据核定说明",
    "　■2024年普及培训核定为十二万人次（原报十二万五千人次），原因是部分课程学时不足。",
    "　▲2024年募集款物核定为一千二百万元（原报一千二百五十万元），差额为跨年到账款项。",
    "　◆2024年新增AED一百台，不作调整。", ""])


def test_a_notes_sections_marked_notes_are_a_passage_each():
    doc = parse_text(_CHRONICLE, "chronicle.txt")
    notes = [p.text for p in doc.body if p.path == ("2024年数据核定说明",)]
    assert notes == ["■2024年普及培训核定为十二万人次（原报十二万五千人次），原因是部分课程学时不足。",
                     "▲2024年募集款物核定为一千二百万元（原报一千二百五十万元），差额为跨年到账款项。",
                     "◆2024年新增AED一百台，不作调整。"]


def test_a_decks_short_name_only_its_footer_prints_stays_with_its_title():
    doc = load(_deck(), "deck.pdf")  # (Harbour Food Bank, its footer HFB FY2024 | 2/4)
    assert doc.title == "Harbour Food Bank (HFB)"


def test_a_footers_capitals_the_title_does_not_spell_stay_out():
    from tests.test_pdf_slides import _SLIDES

    slides = [("Harbour Pantry Network", *_SLIDES[0][1:]), *_SLIDES[1:]]
    assert load(_deck(slides=slides), "deck.pdf").title == "Harbour Pantry Network"


def test_a_line_of_things_with_a_space_is_no_list_of_names():
    # (公关组　蔡宜庭 is a unit and a person; 急救培训　志愿服务 two things: no name, so no list of names read apart)
    text = ("星海市红十字会活动简报\n\n本月在三个社区开展了宣传活动。\n\n内容：急救培训　志愿服务、应急演练\n\n"
            "下月将继续开展培训。\n")
    assert not any(p.lead for p in parse_text(text, "brief.txt").body)
    kept = ("星海市红十字会会议纪要\n\n会议讨论了年度计划。\n\n记录：公关组　蔡宜庭、宣传组　王小明\n\n"
            "下次会议定于下月召开。\n")
    assert any(p.text.startswith("记录：") and p.lead == "会议讨论了年度计划。" for p in parse_text(kept, "m.txt").body)


def test_the_hand_set_figure_gap_and_run_ordinals_are_in_the_manifests_tunables():
    from reportbot.index.retrieval.passage_texts import tunables

    recorded = tunables()
    assert recorded["figure_nouns"] == {"attribute_gap": 2}
    assert recorded["item_runs"]["ordinals"] == "一二三四五六七八九十"
