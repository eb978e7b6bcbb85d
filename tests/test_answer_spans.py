"""Short answers cut at the right boundaries: whole figures, a table cell by its label, names, places, rates.

Made-up sentences in the documents' styles (minutes, a manual, an FAQ table, a report), none from the
question sets.
"""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.spans import _clauses
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_a_clause_never_ends_inside_a_figure_or_a_clock_time():
    s = "Income from the spring fair rose to $52,400 in 2023, and the stall fee stayed at 18:30 closing."
    pieces = [s[a:b] for a, b in _clauses(s)]
    assert any("$52,400" in p for p in pieces)
    assert any("18:30" in p for p in pieces)


def test_a_clause_that_strays_from_the_question_gives_way_to_its_figure():
    s = ("The Secretary reported that income from the annual charity walk fell to $61,000 in 2023 from $70,500 "
         "in 2022, and suggested a new route.")
    assert ask("What did the charity walk bring in for 2023?", s) == "$61,000"
    s = "Hypothermia is an emergency when the body temperature falls below 35 °C and the person stops shivering."
    assert "35 °C" in ask("below what body temp is hypothermia an emergency", s)


def test_the_counted_noun_picks_its_figure():
    s = "The team answered 52 call-outs, including two floods in July, and helped 2,315 affected families."
    assert ask("How many families did the team help?", s).startswith("2,315")
    s = "The team helped families in 12 districts, 2,315 affected families in all."  # 12 stands nearer the verb
    assert ask("How many families did the team help?", s).startswith("2,315")


def test_the_subject_of_the_questions_verb_is_the_name():
    s = "Chen & Co was appointed as internal auditor for FY 2025-26 at a fee of $12,000."
    assert ask("Which firm was appointed as internal auditor?", s) == "Chen & Co"


def test_where_over_english_takes_the_place_after_at():
    s = "The Chair said the spring fair will be held on 3 May 2025 at the Riverside Exhibition Hall, with 40 stalls."
    assert ask("Where will the spring fair be held?", s) == "Riverside Exhibition Hall"
    assert ask("Where is the next meeting?", "The next meeting will be held on 2 June at 19:00 in Room 4C.") \
        == "Room 4C"


def test_a_rate_asked_takes_the_figure_per_minute():
    s = "Give 15 breaths at a rate of 12–20 per minute for a child."
    assert ask("What is the breathing rate for a child?", s) == "12–20 per minute"


def test_a_table_cell_by_its_label():
    row = "金牌会员 — 累计积分：800分；可享权益：免费体检一次"
    assert ask("金牌会员可享什么权益？", row) == "免费体检一次"
    assert ask("金牌会员有啥权利", row) == "免费体检一次"  # 权利 meets 权益 by a character
    assert ask("金牌会员要多少积分？", row) == "800分"


def test_a_qualifier_the_question_names_points_at_its_figure():
    s = "课程共24学时（理论8学时、实操16学时），考核合格者颁发证书。"
    assert ask("课程共多少学时？", s) == "共24学时"


def test_who_takes_the_person_after_the_role():
    s = "公司“康宁志愿服务队”现有队员210名，队长由工会副主席王建国担任，全年开展活动60场次。"
    assert "王建国" in ask("康宁志愿服务队的队长是谁？", s)


def test_which_person_takes_the_name_after_the_role():
    s = "滨江区游泳教练李晓梅入选“省十佳教练”，余杭区体校被评为先进集体。"
    assert ask("滨江区哪个教练入选了省十佳教练", s) == "游泳教练李晓梅"


def test_a_title_the_question_repeats_gives_the_name_after_it():
    s = "涌现出全省“十佳护理员”王秀英，“优秀志愿者”陈立、赵刚等一大批先进典型。"
    assert ask("全省十佳护里员叫啥", s) == "王秀英"
    from reportbot.index.answering.named import name_after
    from reportbot.index.answering.spans import Span

    title = s.index("“优秀志愿者”")
    assert name_after(Span("“优秀志愿者”", title, title + 7), s).text == "陈立、赵刚"  # every name it is given to


def test_a_surname_cut_off_by_the_tagger_stays_with_the_name():
    from reportbot.index.retrieval.bridge import Bridge

    bridge = Bridge.build({"最美": 2.0, "教师": 2.0, "校长": 2.0, "全国": 2.0})
    s = "涌现出全国“最美教师”周海燕，“最美校长”钱卫东等一大批优秀党员。"
    assert extract(analyse("who is the most beautiful teacher in the country", bridge), s).text == "周海燕"


def test_zai_na_asks_where_and_ji_ge_xiaoshi_asks_hours():
    from reportbot.index.answering.units import question_unit

    assert analyse("新生体检在哪做").kind == "where"
    assert analyse("在哪个单位报名").kind != "where"  # 在哪个单位: which unit, not a place
    assert question_unit(analyse("这门课每周要上几个小时")) == "小时"


def test_a_name_that_is_the_questions_own_words_in_translation_is_no_answer():
    from reportbot.index.answering.names_en import extract_name_en

    s = "The board set up a Risk and Finance Committee, chaired by Olu Mensah, with Ann Lee as secretary."
    terms = [(s.index(w), s.index(w) + len(w), 1.0) for w in ("Risk", "Finance", "Committee", "chair")]
    got = extract_name_en(analyse("风险和财务委员会主席是谁"), s, terms)  # the committee holds the question's words
    assert got is not None and got.text == "Olu Mensah"


def test_a_term_written_with_its_alternatives_in_brackets():
    s = "全市42个县（市、区）图书馆全部开通夜间阅览，9个街道图书馆由专职馆员管理。"
    assert ask("多少个县市区图书馆开通了夜间阅览", s) == "42个县（市、区）"


def test_the_quoted_name_the_sentence_follows_with_the_questions_words():
    s = "开展“三学三比”大练兵，组建“老队员+新队员+青年骨干”练兵团，骨干带头深入社区开展练兵。"
    assert ask("那个大练兵活动叫啥", s) == "“三学三比”"


def test_how_long_over_chinese_takes_the_figure_with_its_measure():
    s = "审核通过后须参加不少于6学时的岗前培训，方可正式上岗。"
    assert ask("岗前培训要多久", s) == "不少于6学时"
    assert ask("how long is the induction training", s) == "不少于6学时"


def test_months_and_working_days_are_whole_measures():
    s = "总队在5个工作日内办理注销，连续18个月未参加任何志愿服务的，视为自动退出。"
    assert ask("连续几个月不参加服务会被退出？", s) == "18个月"
    assert ask("注销要几个工作日？", s) == "5个工作日"


def test_how_long_over_a_slot_takes_the_figure_inside_it():
    s = "连续18个月未参加任何志愿服务的，视为自动退出。"
    assert ask("多久没参加服务会被自动退出", s) == "18个月"
    assert ask("多长时间不服务算自动退出？", s) == "18个月"


def test_the_counted_noun_after_the_classifier_picks_the_figure():
    s = "产品销往全国28个省（自治区、直辖市）及东南亚、中东等35个国家和地区。"
    assert ask("产品销往多少个国家和地区？", s).startswith("35个")


def test_x_jiao_shenme_takes_the_name_after_x():
    s = "公司志愿服务队现有队员210名，队长王建国获评“优秀共产党员”。"
    assert ask("志愿服务队队长叫什么？", s) == "王建国"


def test_codes_and_days_within():
    assert ask("What is the fund's product code?", "产品简称“康宁一号”，产品代码603218，于2018年成立。") == "603218"
    assert ask("报销单据要在多少天内提交？", "发票须在活动结束后15日内提交财务处报销。") == "15日内"


def test_a_room_code_or_an_ordinal_is_no_count():
    from reportbot.index.answering.choose import extract
    from reportbot.index.retrieval.query import analyse

    row = "第二期 — 培训地点：南湖校区实验楼C305；名额：45人"
    assert extract(analyse("南湖校区培训每期多少人"), row).text.startswith("45")
    assert extract(analyse("第三期培训有多少学员"), "第三期培训共有学员38人").text.startswith("38")


def test_a_fraction_is_one_figure():
    assert ask("缺勤超过多少就不能结业", "缺勤课时超过总课时三分之一者，不予结业。") == "三分之一"


def test_where_takes_the_place_after_zai_when_no_place_is_named():
    s = "东湖学院本期结业典礼订于6月8日上午9时，在图书馆报告厅举行。"
    assert ask("东湖学院的结业典礼在哪办", s) == "图书馆报告厅"


def test_a_verb_the_tagger_calls_a_name_is_no_person():
    assert "荣膺" not in ask("谁获得了最美团队称号", "宁海县红十字山地救援队荣膺2023年度“最美团队”称号。")


def test_a_row_named_by_a_contraction_answers_with_its_cell():
    row = "市级助学金 — 资助金额（元/人·年）：5000；全市名额：120；资金来源：市财政"
    assert ask("市助一年给多少钱", row) == "5000"


def test_how_long_after_a_one_character_verb_takes_the_figure_in_its_clause():
    assert "3小时" in ask("访客车辆可以停多久", "访客车辆须提前一天预约登记，停留不超过3小时。")


def test_a_name_that_begins_like_a_month_stays_a_name():
    from reportbot.index.answering.names_en import extract_name_en
    s = "The trust set up a Grants Panel, chaired by Mary Quell, with Junior Tavita as clerk, in March 2024."
    terms = [(s.index(w), s.index(w) + len(w), 1.0) for w in ("Grants", "Panel", "chaired")]
    got = extract_name_en(analyse("Who chairs the Grants Panel?"), s, terms)
    assert got is not None and got.text == "Mary Quell"


def test_a_place_that_begins_like_a_month_is_a_place_and_a_month_is_not():
    from reportbot.index.answering.names_en import extract_place_en
    s = "The fair moved in March to Marlow Green, beside the river."
    terms = [(s.index(w), s.index(w) + len(w), 1.0) for w in ("fair", "moved")]
    got = extract_place_en(analyse("Where did the fair move?"), s, terms)
    assert got is not None and got.text == "Marlow Green"
