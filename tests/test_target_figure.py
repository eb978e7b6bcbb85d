"""A figure the question's asked noun follows as its own (…65万人次的年度目标) is that noun's figure, though another
figure nearer the question's other words counts what was done (index/answering/figure_nouns.py: head_after_figure)."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

DONE_AND_TARGET = "全年开展应急救护普及培训48.3万人次，超额完成45万人次的年度目标；培训持证救护员6.1万人次。"
RAISED_TO = "全年募集款物2.2亿元，完成1.8亿元的全年任务。"
HOURS_OF = "全年普及培训8.2万人次，新队员均完成40学时的岗前培训。"


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_a_target_asked_is_the_figure_the_target_follows():
    assert ask("临江2025年普及培训目标定的多少", DONE_AND_TARGET) == "45万人次"
    assert ask("临江全年募集款物任务是多少", RAISED_TO) == "1.8亿元"


def test_what_was_done_is_still_the_figure_its_words_stand_before():
    assert ask("临江2025年普及培训了多少人次", DONE_AND_TARGET) == "48.3万人次"
    assert ask("临江培训持证救护员多少", DONE_AND_TARGET) == "6.1万人次"
    assert ask("临江全年募集款物多少", RAISED_TO) == "2.2亿元"


def test_a_measure_asked_is_read_by_the_measure_not_by_the_noun_after_a_figure():
    assert ask("临江普及培训了多少万人次", HOURS_OF) == "8.2万人次"
