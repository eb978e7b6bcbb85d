"""Short answers in styles the question sets barely hold: a regulation's articles, an FAQ, a report in English,
Cantonese questions. Made-up sentences and questions, none from the question sets (pure, no model)."""
from __future__ import annotations

from dataclasses import replace

from reportbot.index.answering.choose import extract
from reportbot.index.answering.sentence_share import english_alignment
from reportbot.index.answering.unit_dimensions import asked_dimensions, holds_dimension
from reportbot.index.answering.units import question_unit
from reportbot.index.retrieval.dialect import mandarin
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_cantonese_question_words_are_read_as_question_words():
    assert mandarin("边个负责报名") == "谁负责报名"
    assert mandarin("边个市长出席咗").startswith("哪个市长出席了")
    assert mandarin("喺边度报名") == "在哪里报名"
    assert mandarin("长者睇一次几钱").endswith("多少钱")  # 几钱: how much money
    assert mandarin("在海边度假村集合") == "在海边度假村集合"  # 边 of 海边 asks nothing
    assert analyse("邊個負責審批？").kind == "who"
    assert analyse("培訓要幾多個鐘").kind == "count"
    assert ask("邊個負責審批？", "第六条 区民政局负责审批。") == "区民政局"


def test_a_slot_across_a_clause_keeps_the_clause_of_the_nearer_neighbour():
    s = "第二十条 违反本办法第十条规定的，由市应急管理局责令限期改正，可处五千元以下罚款。"
    assert ask("违反本办法第十条的，由哪个部门责令改正？", s) == "市应急管理局"


def test_an_articles_label_and_number_are_no_answer():
    assert ask("什么人可以申请补助？", "第五条 具有本市户籍的困难家庭成员可以申请补助。") \
        == "具有本市户籍的困难家庭成员"
    assert ask("审批要多少日", "第七条 审批应当在十五个工作日内完成。") == "十五个工作日"


def test_a_list_of_semicolon_items_after_a_colon_is_answered_whole():
    s = "第十二条 志愿者享有下列权利：获得真实、准确的活动信息；获得必要的安全保障；对服务组织提出意见和建议。"
    answer = ask("志愿者有哪些权利", s)
    assert "获得必要的安全保障" in answer and "提出意见和建议" in answer


def test_who_is_the_body_before_its_verb():
    assert ask("年度报告由谁编制", "年度报告由公司董事会办公室负责编制，经董事会审议后披露。") == "公司董事会办公室"


def test_a_where_slot_answers_with_its_place():
    assert ask("按总部要求支援哪个省抗洪", "按总部要求支援江西抗洪，浙江省救援队出动三百人。") == "江西"


def test_a_place_the_question_names_in_translation_is_no_answer():
    q = analyse("which province did Jiangsu send rescue teams to help")
    q = replace(q, groups=q.groups + ({"江苏": 1.0},))
    assert extract(q, "江苏省红十字会派出救援队支援安徽抗洪。").text == "安徽"


def test_which_head_noun_takes_its_name_not_the_clause_before_it():
    s = "志愿服务月活动得到副市长张伟的表扬，参与人数创新高。"
    assert ask("哪个副市长表扬了志愿服务月活动", s) == "副市长张伟"


def test_english_figures_keep_their_percent_currency_month_and_two_word_unit():
    assert ask("What percentage of members renewed?", "Overall, 82% of members renewed in 2024.").startswith("82%")
    assert ask("How much is the annual fee?", "A: The annual fee is HK$300 for adults.") == "HK$300"
    assert ask("When will the new depot open?", "The new depot in Tsing Yi is expected to open in May 2026.") \
        == "May 2026"
    assert "10 working days" in ask("How long does a refund take?", "A: Refunds are paid within 10 working days.")


def test_english_slot_takes_the_object_or_the_subject():
    s = "A: You need to bring your member card and a recent photo."
    assert ask("What documents do I need to bring?", s) == "your member card and a recent photo"
    s = "The Eastern district recorded the most rescues, 412 in all."
    assert ask("Which district recorded the most rescues?", s) == "Eastern district"
    assert ask("Which edition is the handbook?", "Volunteer Handbook (Second Edition, 2022)") == "Second Edition"


def test_a_latin_word_in_chinese_evidence_counts_for_an_english_question():
    q = analyse("how many AEDs were installed")
    assert english_alignment(q, "全市新增AED 300台。") > english_alignment(q, "全市新增志愿者300名。")


def test_a_measure_asked_finds_the_sentence_with_a_figure_in_it():
    assert "time" in asked_dimensions(analyse("how long is the induction course"))
    assert holds_dimension("须参加不少于6学时的培训", "time")
    assert holds_dimension("连续12个月未参加活动", "time")
    assert not holds_dimension("建成30个分会", "time")


def test_the_plural_after_how_many_is_the_counted_noun():
    assert question_unit(analyse("how many cities built new first aid stations")) == "市"


def test_people_counted_with_ge_are_people():
    assert question_unit(analyse("协会机关有多少个工作人员")) == "人"
    assert question_unit(analyse("全市有多少个服务站")) == "个"


def test_english_slot_keeps_to_a_figure_and_a_subject_and_never_answers_function_words():
    s = "The net surplus for the year was $2.4 million, compared with $1.9 million a year earlier."
    assert ask("What was the net surplus for the year?", s) == "$2.4 million"
    s = "Flooding in the basement caused a two-week closure of the depot."
    assert ask("What caused the closure of the depot?", s) == "Flooding in the basement"
    s = "The 2025 budget was approved by the Audit Committee on 3 May."
    assert ask("Which committee approved the budget?", s) == "Audit Committee"  # a name, though budget asks money
    s = "If you miss the deadline, your place goes to the waiting list."
    assert ask("What happens if I miss the deadline?", s) != "If you"


def test_english_ranges_and_how_much_amounts():
    s = "Site visits took place from 3 to 14 June 2024, with a follow-up call in July."
    assert ask("when were the site visits done", s) == "3 to 14 June 2024"
    assert "between 17 and 65" in ask("what is the age range for donors", "A: You may donate if you are between 17 "
                                                                            "and 65 years old.")
    s = "The scheme paid study grants of 800 yuan per pupil to 1,250 pupils in three counties."
    assert ask("How much did each pupil receive under the scheme?", s).startswith("800 yuan")
