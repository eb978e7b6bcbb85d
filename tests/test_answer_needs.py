"""What an answer must hold to answer: a figure for how many or how much, an e-mail address, a phone number; a
yes-or-no question is answered by the clause that says so; a name of the asked kind. Made-up documents and
questions, none from the question sets."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.asked import asked_number, asks_yes_no, one_slip
from reportbot.index.answering.choose import extract
from reportbot.index.answering.units import question_unit
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_a_contact_is_asked_with_a_slip_of_the_keyboard():
    assert asked_number("the emial to use for the office").contact == "email"
    assert asked_number("office e-mail?").contact == "email"
    assert asked_number("hotline numbr pls").contact == "phone"
    assert asked_number("县红会的联系电话").contact == "phone"
    assert asked_number("what is the male to female ratio").contact is None  # "male" is no slip of "mail"
    assert one_slip("emial", "email") and one_slip("emal", "email") and not one_slip("emails", "mails2")


def test_yes_or_no_questions_are_told_from_questions_that_ask_for_a_thing():
    assert asks_yes_no("培训是不是免费的")
    assert asks_yes_no("志愿者有没有意外保险")
    assert asks_yes_no("Can I give blood after a cold?")
    assert not asks_yes_no("是不是有几支救援队")  # 几 asks for a count
    assert not asks_yes_no("Can you tell me what the fee is?")
    assert not asks_yes_no("How many teams are there?")


def test_a_yes_or_no_question_is_answered_by_the_clause_that_says_so():
    s = "在全省率先推行“首问负责”机制，推动全市38个社区建立红十字服务站，实现全覆盖。"
    answer = ask("首问负责机制是不是全省最早推行的", s)
    assert "率先" in answer and len(answer) <= 60
    answer = ask("Can I donate after a cold?", "No. Please wait until 7 days after your symptoms have gone.")
    assert answer.startswith("No")


def test_paying_asks_for_money_and_a_count_of_hours_asks_for_hours():
    assert question_unit(analyse("非会员参加培训要交多少")) == "元"
    assert question_unit(analyse("服务时数一共多少")) == "小时"
    assert ask("非会员参加培训要交多少", "培训共16学时，非会员须缴纳教材费150元。") == "150元"
    assert "9,120小时" in ask("义工队服务时数一共多少", "本队义工312人，全年累计服务时数达9,120小时。")


def test_an_ordinal_finds_its_spelled_out_number():
    s = ("Payment one was made between 2 and 9 June 2023; payment two was delayed and made between "
         "11 and 20 October 2023.")
    assert ask("when was the 2nd payment made", s) == "between 11 and 20 October 2023"  # the range, whole


def test_a_which_question_over_english_takes_the_name_of_that_kind():
    s = "In Lindford, water on the Ashby River rose above the warning line for four days."
    assert ask("那次洪水是哪条河超过警戒线", s) == "Ashby River"
    s = "The board said the programme audit had been contracted to Northgate Partners Accountants on 3 May 2024."
    assert ask("which firm got the programme audit", s) == "Northgate Partners Accountants"


GUIDE = """# 宁海县红十字志愿者服务指南

## 一、救护培训

注册志愿者参加救护员培训免费，培训共16学时，考核合格后颁发救护员证，有效期3年。非志愿者参加培训，须按每人150元标准缴纳教材及考核费用。

## 二、联系方式

- 联系人：县红十字会办公室李老师
- 办公地点：县政府大楼五楼东侧
- 电子邮箱：ninghai-rc@example.cn
- 联系电话：0574-65551234

## 三、组织

明禾公司董事长为周建华，总经理为李文博，该公司连续三年资助宁海县红十字救护培训。
""".encode()


@pytest.fixture(scope="module")
def guide(library_with):
    service, ids = library_with("needs", {"ninghai_guide.md": GUIDE})
    return service, ids["ninghai_guide.md"]


def test_the_evidence_is_the_sentence_that_holds_the_asked_figure(guide):
    service, doc = guide
    out = answer_json(service.ask("宁海不是志愿者参加救护培训要交多少"))
    assert out["passages"][0]["doc"] == doc
    assert out["answer"] == "150元" and "150元" in out["evidence"]


def test_an_email_asked_with_a_typo_is_answered_from_its_line(guide):
    service, doc = guide
    out = answer_json(service.ask("whats the emial of the ninghai red cross office"))
    assert out["passages"][0]["doc"] == doc
    assert out["answer"] == "ninghai-rc@example.cn"
    assert "ninghai-rc@example.cn" in out["evidence"]


def test_a_name_the_tagger_cuts_after_its_surname_is_a_name(guide):
    service, _ = guide
    out = answer_json(service.ask("宁海指南里明禾公司董事长是谁"))
    assert out["answer"] == "周建华"


def test_a_list_too_long_to_show_keeps_its_first_whole_items():
    s = ("培训内容包括心肺复苏术和自动体外除颤器的使用、气道异物梗阻的现场处置、创伤止血包扎固定搬运技术、"
         "常见急症和意外伤害的现场救护方法、突发事件中的自救互救知识。")
    answer = ask("培训内容包括哪些", s)
    assert len(answer) <= 60 and answer.startswith("心肺复苏术")
    assert answer.endswith("搬运技术") or answer.endswith("现场救护方法")  # cut after an item, never inside one
    s = ("You need to bring your national identity card, two recent passport photos, a completed health "
         "declaration form, your volunteer membership card and a pen.")
    assert ask("What documents do I need to bring?", s) == "your national identity card, two recent passport photos"


def choose_from(question: str, *sentences: str) -> tuple[str, str]:
    """The evidence sentence and answer among sentences the search scored alike."""
    from reportbot.corpus.document import Paragraph
    from reportbot.index.answering.evidence import evidence
    from reportbot.index.retrieval.hits import Hit, SearchResult

    p = Paragraph("d", 1, " ".join(sentences), tuple(sentences))
    hit = Hit(0, p, 1.0, 1.0, 1.0, 1.0, [0.5] * len(sentences))
    sentence, span = evidence(SearchResult(analyse(question), [hit], 0.5, 0.5), hit, lambda t: 1.0)
    return sentence, span.text


def test_english_evidence_is_the_sentence_that_says_the_questions_words():
    sentence, _ = choose_from("how long is the shelter open after a typhoon signal",
                              "Volunteers must register before the season starts.",
                              "The shelter stays open for 48 hours after a typhoon signal is lowered.")
    assert sentence.startswith("The shelter")


def test_a_faqs_answer_follows_the_question_it_answers():
    sentence, _ = choose_from("at what age can teenagers give blood",
                              "Donors over 65 need a doctor's note.",
                              "Q: At what age can teenagers give blood?",
                              "A: From 17, with a parent's consent.")
    assert sentence.startswith("A: From 17")


def test_an_answer_that_repeats_the_question_gives_way_to_the_next_sentence():
    sentence, answer = choose_from("教官培训对年龄有啥要求",
                                   "教官每年授课不少于30学时，连续两年未达到授课要求的，取消其教官资格。",
                                   "教官培训面向年龄在25至55周岁之间的持证救护员。")
    assert "25至55周岁" in answer


def test_how_many_were_takes_the_figure_said_to_be_so():
    s = "980 volunteers were deployed, of whom 214 were certified first-aiders."
    assert ask("how many volunteers were certified first aiders", s) == "214"


def test_english_figures_from_reports_and_policies():
    s = "At 30 June 2024 the service employed 912 staff, of whom 540 were registered paramedics."
    assert ask("total staff at mid 2024", s) == "912 staff"  # a day of a month is no count
    assert ask("how many registerd paramedics are there", s) == "540"
    s = "Complaints fell from 4.2% to 3.1% after the new booking line opened in 2023, cutting waits."
    assert ask("complaint rate after the new line", s) == "3.1%"  # the figure reached, not the one left
    s = "4.2 Dental treatment: up to RMB 3,000 per accident."
    assert "3,000" in ask("max dental treatment per accident", s)  # 4.2 labels the clause
    s = "2.1 Cover applies to volunteers aged 18 to 70 who have completed the induction."
    assert ask("what ages are covered", s) == "18 to 70"


def test_a_share_asked_in_chinese_takes_the_percentage():
    assert question_unit(analyse("住院医疗报销比例是多少")) == "%"
    assert ask("门诊费用报销比例是多少", "门诊费用每次最高报销800元，报销比例为85%。").startswith("85%")


def test_when_something_closes_is_answered_by_the_date_that_closes_a_period():
    sentence, answer = choose_from("when does enrolment close for the swimming class",
                                   "课程名单于6月20日在公众号公布；",
                                   "报名时间为6月1日9:00至6月15日17:00，额满即止；")
    assert sentence.startswith("报名时间") and answer == "6月15日"


def test_an_amount_insured_or_paid_asks_for_money():
    assert question_unit(analyse("what is the insured amount of the group policy")) == "元"
    assert question_unit(analyse("what was the amount paid to each family")) == "元"
    assert question_unit(analyse("what is the amount of water each kit holds")) is None
    bridge = Bridge.build({"志愿者": 2.0, "保险": 3.0, "购买": 2.0, "意外": 2.0})
    s = "全年表彰优秀志愿者86名，为全体志愿者购买意外保险，人均保额20万元。"
    assert extract(analyse("what is the insured amount of the accident insurance for volunteers", bridge), s).text \
        .startswith("20万")


def test_a_measure_named_by_its_dimension_a_bound_or_a_currency_sign_is_a_figure():
    s = "The river peaked at 4.3 metres at the Elm Street bridge on 3 May, its worst since 1987."
    assert ask("river peak height elm street bridge", s) == "4.3 metres"
    s = "Motion 7: To buy three pumps at a total cost not exceeding $12,900, funded from the reserve."
    assert ask("pump purchase cap $", s) == "$12,900"
    s = "Trainees who fail may resit the test once within 14 days at no charge."
    assert "14 days" in ask("resit window if you fail the test", s)


def test_where_is_the_name_that_will_serve_as_the_asked_place():
    s = "The board agreed that the Ashford Community Hall will serve as the emergency donation drop-off point."
    assert ask("where will the emergency donation drop-off point be", s) == "Ashford Community Hall"


def test_an_english_question_typing_the_start_of_a_chinese_name_asks_the_whole_name():
    bridge = Bridge.build({"实施": 1.0, "工程": 2.0, "项目": 2.0, "推进": 1.0})
    s = "协会将大力实施“绿色家园强基工程”，为全市公益事业发展提供保障。"
    answer = extract(analyse("what project will they carry out, 绿色家园 something", bridge), s).text
    assert "绿色家园强基工程" in answer


def test_a_list_asked_past_an_item_it_names_is_the_enumeration_not_the_verb_before_it():
    s = "社区学院采取集中授课、线上自学、现场演练等方式开展培训。"
    answer = ask("培训方式有哪些 除了集中授课还有啥", s)
    assert "线上自学" in answer and "现场演练" in answer


def test_a_place_asked_by_its_noun_is_answered_by_the_place_field():
    sentence, answer = choose_from("which room is the college office in",
                                   "联系人：学院办公室陈老师",
                                   "联系电话：0571-86001234",
                                   "办公地点：南山校区行政楼210室")
    assert sentence.startswith("办公地点") and answer == "南山校区行政楼210室"


def test_donations_raised_over_english_are_the_amount_of_money():
    s = "The appeal closed in March; donations raised reached $1.4 million from 9,200 donors."
    assert ask("how much were the donations raised in the appeal", s) == "$1.4 million"
    assert ask("appeal donations raised", s) == "$1.4 million"


def test_one_reader_says_which_contact_and_whether_its_number_is_named():
    # the phone's own number named, in English and in Chinese; a contact asked without its number's word
    assert asked_number("the phone number of the depot please").phone_number
    assert asked_number("值班电话是多少").phone_number
    assert not asked_number("县红会的联系电话").phone_number
    # a Chinese number's word before the question word asks the number (a record's too), not a count
    assert asked_number("服务中心电话几号").number_word_zh
    assert asked_number("合同编号多少").number_word_zh and asked_number("合同编号多少").contact is None
    assert not asked_number("服务中心装了几部电话").number_word_zh
