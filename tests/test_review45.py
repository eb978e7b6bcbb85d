"""Review of round 45: an English count whose figure is shaped like a year before the noun counted (the 2000 people),
and a Chinese count question with 几乎 (almost) before its question word. Made-up questions and sentences."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.counted_zh_en import counted_zh
from reportbot.index.retrieval.query import analyse


def test_a_year_shaped_figure_before_the_noun_a_question_counts_stays_a_count():
    # "the 2000 people": a count of the people asked, not a year naming them (as "the 2024 conference" is)
    sentence = "The fair drew the 2000 people it had planned for."
    assert extract(analyse("how many people came to the fair"), sentence).text == "2000 people"
    sentence = "Nurses vaccinated the 1950 children on the school roll."
    assert extract(analyse("how many children were vaccinated"), sentence).text == "1950 children"


def test_almost_before_the_question_word_is_no_question_word():
    # 几乎 ("almost") opens no count: the noun counted is the one after 多少
    assert counted_zh("几乎每个站点送了多少份餐") == frozenset({"餐"})
    assert counted_zh("几何课开了几节") == frozenset({"节"})
