"""A list item's label at the start of a stored line ("1.队员…", "2) Bring …") numbers the item and never answers a
count: a PDF keeps its numbered lines as they were printed, with the label in the sentence."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_a_chinese_item_label_is_no_count():
    plan = "1.队伍规模扩大到310名，党员比例不低于40%；"
    assert "310" in ask("队伍规模要扩大到多少人", plan)
    assert "310" in ask("队伍2026年想扩到几多个队员", plan)
    assert "5" in ask("每组几个人", "（2）每组5人，轮流值守；")


def test_an_english_step_label_is_no_count():
    step = "2) Bring 3 forms of ID to the front desk."
    assert ask("How many forms of ID should I bring?", step).startswith("3")


def test_a_decimal_at_a_line_start_is_still_a_figure():
    assert "1.5万" in ask("培训了多少人", "1.5万人次参加了培训。")
