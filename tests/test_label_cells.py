"""A table row's cell asked by its label in the question's own words: the value of the best-aligned label.

Sentences are made up in the style of the library's tables, read as "row — label: value; label: value".
"""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_an_english_label_of_several_words_is_a_cell_and_answers():
    s = "Marine Rescue — Hours: 20 hours (3 days); Fee: $260; Certificate valid for: 2 years"
    assert ask("marine rescue cert good for how long", s) == "2 years"


def test_a_value_the_question_states_names_the_row_and_another_cell_answers():
    s = "7 — 小组名称：东湖“守护者”服务队；组长：林晓松；成员：42人；成立年份：2018年"
    assert ask("林晓松带的是哪个队", s) == "东湖“守护者”服务队"


def test_of_two_cells_the_one_the_question_does_not_state_is_asked():
    s = "南港救援队 — 称号：“最美志愿团队”；颁发单位：省文明办"
    assert ask("南港救援队最美志愿团队称号哪来的", s) == "省文明办"


def test_a_value_that_measures_is_asked_about_not_stated():
    # the question's words in a notes cell that gives a figure point at that figure, not at another cell
    s = "Harbour boat trip add-on — Walk-up price: $9; Notes: Minimum age 8 years"
    assert ask("min age for the harbour boat trip", s) != "$9"


def test_a_shared_word_of_the_question_does_not_make_a_cell_stated():
    # 南湖 names the team and is also part of the task's value: the task is still what is asked
    s = "10月 — 出勤次数：9；参与队员（人次）：120；主要任务：南湖龙舟赛救护保障"
    assert ask("南湖救援队10月份主要做什么", s) == "南湖龙舟赛救护保障"
