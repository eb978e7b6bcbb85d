"""A sentence that gives several figures: the question's words point at the figure they stand with, not past another."""
from __future__ import annotations

from dataclasses import replace

from reportbot.index.answering.choose import extract
from reportbot.index.answering.figure_items import own_terms
from reportbot.index.retrieval.query import analyse

VISITS = "春节期间开展“博爱送万家”活动，慰问困难群众3200户，发放慰问款物186万元；"


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
    # the engine bridges the English words to the document's (户 for families, 春节 for the spring festival); 春节
    # opens the sentence, and 3200户 stands between it and the clause that gives the money
    q = analyse("how many poor families did huzhou visit over spring festival")
    q = replace(q, groups=[*q.groups, {"户": 0.7}, {"春节": 0.7}])
    assert extract(q, VISITS, {"户": 4.0, "春节": 8.0}).text == "3200户"


def test_each_item_of_a_list_of_like_figures_answers_for_its_own_words():
    # the words before 412例 say nothing of 296例, and 人体器官 opens the second item, not a word after the first figure
    s = "全年实现遗体捐献412例、人体器官捐献296例、眼角膜捐献150例。"
    assert ask_zh("人体器官捐献有几例", s) == "296例"
    assert ask_zh("眼角膜捐献几例", s) == "150例"
    assert ask_zh("遗体捐献多少例", s) == "412例"


def test_a_bare_figure_between_takes_no_words_from_a_count():
    # a day of a month (3 May) measures nothing: the words before it still point at the count after it
    s = "Garden and Grounds Committee: the spring planting day on 3 May drew 29 volunteers."
    assert extract(analyse("how many volunteers came to the planting day"), s,
                   {"volunt": 8.0, "plant": 11.0, "day": 7.7}).text == "29"


def test_the_two_ends_of_a_change_share_the_words_before_them():
    assert ask_zh("社区服务站点要增加到几个", "今年推动社区服务站点由4个增至9个，覆盖全部街道。").startswith("9")


def ask_zh(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text
