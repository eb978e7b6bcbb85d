"""Answers read from how a line is laid out or what condition it states (fifteenth round): the value after a line's
label, not the label the question repeats; the figure given under the condition the question states (60公斤以上),
not one given under another; a measure named after 收了多少 asks no money. Made-up sentences in the documents'
styles, none from the question sets."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.units import question_unit
from reportbot.index.retrieval.query import analyse


def test_a_labelled_line_answers_with_its_value_not_its_label():
    sentence = "Registered first aiders at year end: 2,315, up from 1,980 in 2022."
    assert extract(analyse("harbour city registered first aiders at end of 2023"), sentence).text == "2,315"


def test_a_label_whose_value_repeats_the_question_is_kept():
    sentence = "Shelter volunteers: registered first aiders, drivers and cooks."
    assert extract(analyse("which shelter volunteers are registered first aiders"), sentence).text \
        != "registered first aiders"


def test_the_figure_given_under_the_asked_condition_answers():
    sentence = "答：年龄16至60周岁的会员每年交30元；60周岁或以上者每年交10元。"
    assert extract(analyse("60周岁以上的会员每年交多少"), sentence).text == "10元"
    assert extract(analyse("60周岁以下的会员每年交多少"), sentence).text == "30元"  # no such condition: nearest


def test_a_measure_after_shou_le_duoshao_asks_no_money():
    assert question_unit(analyse("血站去年收了多少单位血浆")) is None
    assert question_unit(analyse("社区食堂上月收了多少伙食费")) == "元"


def test_a_table_rows_label_gives_no_value_of_its_own():
    row = "急救培训 — 2023年培训人数：3,120；2023年投入经费：85"
    assert extract(analyse("急救培训经费一共花了多少钱"), row).text.endswith("投入经费")  # stops at the label


def test_a_part_asked_of_a_whole_is_the_later_figure_in_its_unit():
    from reportbot.index.retrieval.bridge import Bridge

    bridge = Bridge.build({"志愿者": 3.0, "持证": 2.0}, to_english={"志愿者": [("volunteer", 1.0)]})
    sentence = "全区登记志愿者1.2万人，其中持证上岗3400人，服务时长20万小时。"
    assert extract(analyse("how many of the volunteers are certified", bridge), sentence).text.startswith("3400")
    whole = "全区登记志愿者1.2万人，服务时长20万小时。"  # no part in the whole's unit: the whole answers
    assert extract(analyse("how many of the volunteers are registered", bridge), whole).text.startswith("1.2万")


def test_how_long_before_a_predicate_is_the_figure_right_before_it():
    sentence = "答：借阅电子阅览室设备每次限时约2小时，归还满7天后可再借，每月最多4次。"
    assert extract(analyse("电子阅览室设备多久能再借一次"), sentence).text == "7天"


def test_how_long_a_thing_lasts_is_the_figure_of_its_head_noun():
    sentence = "The Pool Lifeguard Award course runs for 5 days over two weekends; the certificate is good for 3 years."
    assert "3 years" in extract(analyse("how long does the Pool Lifeguard Award certificate last"), sentence).text
    assert "5 days" in extract(analyse("how long does the Pool Lifeguard Award course take"), sentence).text


def test_how_deep_for_whom_has_no_subject_to_weigh():
    sentence = "For a child under 1 year, press down about 4 cm; for an adult, 5–6 cm."
    assert extract(analyse("how deep to press for a child"), sentence).text == "about 4 cm"


def test_a_yes_or_no_clause_too_long_to_show_gives_what_follows_the_questions_words():
    sentence = ("4.2 Search and rescue team members taking part in open coastal water, river or flood rescue work "
                "receive twice the sums in 2.1 and 2.2.")
    answer = extract(analyse("do search and rescue team members get more cover"), sentence).text
    assert "twice" in answer and len(answer) <= 60


def test_a_figure_the_question_names_points_at_the_sentence_that_says_it():
    from types import SimpleNamespace

    from reportbot.index.answering.evidence import rank_features, sentence_features

    said = ["报名后第1周至第4周退课者，退还学费的60%。", "报名后第5周以后退课者，不予退费。"]
    hit = SimpleNamespace(paragraph=SimpleNamespace(sentences=said, path=""), sentence_scores=[0.62, 0.58])
    feats = sentence_features(SimpleNamespace(query=analyse("refund after week 5")), hit)  # English over Chinese
    assert [i for _, i in rank_features(feats)][0] == 1
    hit = SimpleNamespace(paragraph=SimpleNamespace(sentences=["2023年新增队员15名。", "15支队伍三年共有230名。"],
                                                    path=""), sentence_scores=[0.6, 0.62])
    feats = sentence_features(SimpleNamespace(query=analyse("2023年队员共有多少名")), hit)
    assert "named_figure_bonus" not in feats[0][2]  # a year names no figure
    feats = sentence_features(SimpleNamespace(query=analyse("the 15 teams' 3 year plan: how many members")), hit)
    assert "named_figure_bonus" not in feats[1][2]  # a figure before its unit measures, it names no item


ROWS = ["第一场 — 讲座日期：5月6日；讲座地点：城南校区礼堂；名额：80人",
        "第二场 — 讲座日期：5月20日；讲座地点：城北校区报告厅；名额：80人"]


def test_a_numbered_row_the_question_names_in_digits_or_as_an_ordinal_is_quoted():
    from types import SimpleNamespace

    from reportbot.index.answering.evidence import rank_features, sentence_features
    hit = SimpleNamespace(paragraph=SimpleNamespace(sentences=ROWS, path=""), sentence_scores=[0.62, 0.6])
    for question in ("第2场讲座在哪里办", "where is the 2nd lecture held"):  # the first row's 5月 numbers no item
        feats = sentence_features(SimpleNamespace(query=analyse(question)), hit)
        assert [i for _, i in rank_features(feats)][0] == 1, question


def test_where_over_a_row_is_the_place_column_not_the_column_the_words_meet():
    row = "第二期 — 培训日期：5月20日；培训地点：城北校区报告厅；名额：80人"
    assert extract(analyse("第2期培训在哪里"), row).text == "城北校区报告厅"  # 培训日期 holds 期 and 培训 too
