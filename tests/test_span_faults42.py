"""Answers cut short of what the sentence prints (round 42): a quoted name without the kind word after it that the
question asks (啥奖 over “平安之星”提名奖), a phone number without its area code in full-width brackets
(（037）326-118). Made-up questions and sentences in the documents' style: other names, numbers and places than any
question set's."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_a_prize_asked_takes_the_quoted_name_with_its_kind_word():
    sentence = "市红十字山地搜救队荣获2023年度“平安之星”提名奖，队员李某获评优秀队员。"
    assert extract(analyse("山地搜救队拿了个啥奖"), sentence).text == "“平安之星”提名奖"


def test_a_quoted_name_not_followed_by_the_asked_kind_stays_the_quote():
    sentence = "市红十字山地搜救队荣获“平安之星”称号，队员李某获评优秀队员。"
    assert extract(analyse("山地搜救队拿了个啥奖"), sentence).text == "“平安之星”"


def test_the_kind_a_chinese_question_asks_is_the_word_after_its_question_word():
    from reportbot.index.answering.quote_kind import asked_kind_zh

    assert asked_kind_zh("山地搜救队拿了个啥奖") == "奖"
    assert asked_kind_zh("他们获得了什么称号呢？") == "称号"
    assert asked_kind_zh("山地搜救队有多少人") is None


def test_a_phone_number_keeps_its_area_code_in_full_width_brackets():
    sentence = "秘书处：陈大文　电话（049）281-557　传真（049）281-559"
    assert extract(analyse("秘书处电话多少"), sentence).text == "（049）281-557"


def test_a_phone_number_keeps_its_area_code_in_ascii_brackets():
    sentence = "秘书处：陈大文　电话(049)281-557"
    assert extract(analyse("秘书处电话多少"), sentence).text == "(049)281-557"


def test_an_organisation_asked_who_is_answered_to_its_kind_word():
    sentence = "编制：沙田北社区防灾义工队　更新日期：2025年3月"
    assert extract(analyse("沙田北防災FAQ 係邊個編製嘅"), sentence).text == "沙田北社区防灾义工队"


def test_an_organisation_cut_inside_is_widened_back_over_its_place_and_on_to_its_kind():
    from reportbot.index.answering.org_extent import organisation_whole
    from reportbot.index.answering.spans import Span

    sentence = "2023年度财务收支由江西赣华会计师事务所进行审计。"
    start = sentence.index("赣华")
    widened = organisation_whole(sentence, Span("赣华", start, start + 2, "name"))
    assert widened.text == "江西赣华会计师事务所"


def test_a_person_asked_who_keeps_the_name_alone():
    sentence = "山地救援队队长由王建国担任，副队长李明。"
    assert extract(analyse("山地救援队队长是谁"), sentence).text == "王建国"


def test_a_place_keeps_the_ending_the_tagger_cut_off():
    sentence = "每年清明节前在嘉兴市生命纪念园（位于海宁市桃林湾）集体祭扫，捐献者名字镌刻在纪念碑上。"
    assert extract(analyse("嘉兴生命纪念园在哪儿"), sentence).text.endswith("桃林湾")


def test_a_place_before_a_locative_word_keeps_its_name_alone():
    sentence = "周末志愿者在西湖里开展水上救生演练。"
    assert "西湖里" not in extract(analyse("志愿者在哪里开展水上救生演练"), sentence).text


def test_a_figure_repeating_one_end_of_a_range_said_before_it_is_answered_by_the_range():
    sentence = "年龄：16岁至60岁；16岁首次献血须经监护人书面同意。"
    assert extract(analyse("几多岁先可以献血"), sentence).text == "16岁至60岁"


def test_a_figure_repeating_no_end_of_a_range_stays_alone():
    from reportbot.index.answering.ranges import whole_range
    from reportbot.index.answering.spans import Span

    sentence = "年龄：16岁至60岁；18岁以下献血须经监护人书面同意。"
    at = sentence.index("18岁")
    assert whole_range(analyse("几多岁可以自己去献血"), sentence, Span("18岁", at, at + 3, "figure")).text == "18岁"
