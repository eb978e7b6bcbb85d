"""A role's holder asked by name (队长叫什么名字, 副会长叫啥, 责任编辑是谁): the answer is the name alone, also when
jieba's tagger cuts the name apart or reads it as a place, or a noun-tagged verb follows it; a line's closing
bracket is no part of a field's value. Made-up sentences in the documents' styles, none from the question sets."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.name_opening import asks_holder, opening_name_end
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_a_role_holders_name_asked_is_the_name_not_the_clause_after_it():
    s = "表现优异人员共9名，其中救援大队队长郑志豪记嘉奖一次。"  # 郑 / 志豪 / 记: the tagger cuts the name apart
    assert ask("救援大队队长叫什么名字", s) == "郑志豪"


def test_a_name_the_tagger_reads_as_a_place_answers_alone():
    s = "党组书记、常务副会长高建国带队赴两个县开展专题调研5次，形成报告3篇。"
    assert ask("协会常务副会长叫啥", s) == "高建国"


def test_names_the_tagger_already_ends_are_answered_as_before():
    assert ask("服务队队长叫什么", "服务队队长王明主持会议。") == "王明"
    assert ask("会长叫什么名字", "会长由张三担任。") == "张三"
    assert ask("救援大队队长叫什么名字", "其中救援大队队长马国强带队完成夜间搜救。") == "马国强"


def test_only_a_role_holder_asked_is_cut_to_a_name():
    assert asks_holder("救援大队队长叫什么名字") and asks_holder("常务副会长叫啥")
    assert not asks_holder("这个项目叫什么名字")  # a project's name: no person's
    assert opening_name_end("由张三担任会长") is None  # 由 opens the clause, no surname
    assert opening_name_end("郑志豪记嘉奖一次") == 3


def test_a_closing_bracket_around_a_line_is_no_part_of_its_fields_value():
    assert ask("这篇稿子的责任编辑是谁", "（责任编辑：陈晓宁）") == "陈晓宁"
    assert ask("值班主任是谁", "（值班主任：李文华）") == "李文华"


def test_a_name_opening_with_a_common_surname_cc_cedict_glosses_otherwise_is_cut_to_the_name():
    # 荆 is a common surname the loaders read a signatory by, though CC-CEDICT glosses it only as a plant and a state
    s = "表现优异人员共9名，其中救援大队队长荆志豪记嘉奖一次。"
    assert ask("救援大队队长叫什么名字", s) == "荆志豪"
