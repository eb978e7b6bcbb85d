"""A sentence that gives several figures: the question's words point at the figure they stand with, not past another."""
from __future__ import annotations

from dataclasses import replace

from reportbot.index.answering.choose import extract
from reportbot.index.answering.figure_items import own_terms
from reportbot.index.retrieval.query import analyse

VISITS = "国庆期间开展“爱心进万家”活动，走访独居老人2100户，发放慰问物资95万元；"


def test_words_before_a_figure_of_the_same_measure_belong_to_it():
    s = "Total income rose to £96.2 million and total costs to £94.9 million."
    terms = [(6, 12, 2.0)]  # income
    first, second = (21, 34, "money"), (54, 67, "money")
    assert own_terms(s, first, terms, [second]) == terms
    assert own_terms(s, second, terms, [first]) == []


def test_a_figure_of_another_measure_in_the_same_clause_shares_the_words_before_it():
    s = "First aid courses ran 42 times in 2024 and cost £18,500."
    terms = [(10, 17, 2.0)]  # courses
    assert own_terms(s, (48, 55, "money"), terms, [(22, 30, "time")]) == terms


def test_a_word_that_opens_the_next_figures_clause_is_that_figures():
    s = "答：每班次一般4小时，每月至少服务1次；连续服务不超过8小时。"
    month = (s.index("每月"), s.index("每月") + 2, 3.0)
    four, once = (7, 10, "小时"), (s.index("1次"), s.index("1次") + 2, "次")
    assert own_terms(s, four, [month], [once]) == []
    assert own_terms(s, once, [month], [four]) == [month]


def test_a_count_asked_in_english_over_chinese_takes_the_figure_its_bridged_words_stand_with():
    # the engine bridges the English words to the document's (户 for households, 国庆 for the holiday); 国庆 opens
    # the sentence, and 2100户 stands between it and the clause that gives the money
    q = analyse("how many households were called on over the national day holiday")
    q = replace(q, groups=[*q.groups, {"户": 0.7}, {"国庆": 0.7}])
    assert extract(q, VISITS, {"户": 4.0, "国庆": 8.0}).text == "2100户"


def test_each_item_of_a_list_of_like_figures_answers_for_its_own_words():
    # the words before 412例 say nothing of 296例, and 人体器官 opens the second item, not a word after the first figure
    s = "本年度完成造血干细胞采集58例、脐带血入库230例、骨髓配型复查17例。"
    assert ask_zh("脐带血入库有几例", s) == "230例"
    assert ask_zh("骨髓配型复查几例", s) == "17例"
    assert ask_zh("造血干细胞采集多少例", s) == "58例"


def test_a_bare_figure_between_takes_no_words_from_a_count():
    # a day of a month (3 May) measures nothing: the words before it still point at the count after it
    s = "Parks Committee (Ann Lee): the autumn planting day on 9 May drew 41 volunteers."
    assert extract(analyse("how many volunteers came to the planting day"), s,
                   {"volunt": 8.0, "plant": 11.0, "day": 7.7}).text.startswith("41")


def test_the_two_ends_of_a_change_share_the_words_before_them():
    assert ask_zh("应急物资储备点要增加到几个", "今年推动应急物资储备点由5个增至12个，覆盖全部乡镇。").startswith("12")


def ask_zh(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_the_units_inside_the_parts_do_not_pull_a_total_towards_a_part():
    # 学时 inside 理论4学时 and 实践8学时 is a unit, no word around a figure: neither part takes it from the total
    s = "课程共12学时（理论4学时、实践8学时），由持证讲师授课。"
    assert ask_zh("这门课总共几个学时", s).endswith("12学时")


def test_words_after_a_range_are_said_of_both_its_ends():
    # 应检附…同意书 follows the whole range: the lower bound asked is answered, not the upper one
    s = "十四岁以上未满十六岁者，应检附监护人同意书，始得报名。"
    assert ask_zh("要监护人同意书的最低年龄是几岁", s).startswith("十四")
