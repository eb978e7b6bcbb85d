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
