"""The evidence-agreement signals: a year the sentence gives otherwise, a counted noun the sentence does not say,
an English question's names the passage does not say. Made-up questions and sentences."""
from __future__ import annotations

from reportbot.index.answering.agree import focus_held, names_held, sentence_held, years_agree
from reportbot.index.retrieval.query import analyse


def test_a_sentence_of_another_year_disagrees_and_one_of_the_asked_year_agrees():
    q = analyse("2021年临江市培训了多少名救护员？")
    assert years_agree(q, "2020年，临江市培训救护员800名。", "") == 0.0
    assert years_agree(q, "2021年，临江市培训救护员900名。", "") == 1.0
    assert years_agree(q, "临江市培训救护员900名。", "临江市2021年工作报告") == 1.0
    assert years_agree(q, "临江市培训救护员900名。", "临江市2019年工作报告") == 0.0
    assert years_agree(analyse("临江市培训了多少名救护员？"), "2020年培训800名。", "") == 1.0


def test_a_figure_of_another_counted_noun_leaves_the_focus_unsaid():
    q = analyse("临江市建成了多少个驿站？")
    assert focus_held(q, "临江市建成博爱驿站320个。") == 1.0
    assert focus_held(q, "临江市培训救护员900名。") == 0.0


def test_the_sentence_alone_holds_a_share_of_the_question():
    q = analyse("临江市建成了多少个驿站？")
    assert sentence_held(q, "临江市建成博爱驿站320个。") > sentence_held(q, "培训救护员900名。")


def test_an_english_name_the_passage_never_says_is_not_held():
    q = analyse("How many stations did the Lakeside Rescue Team build?")
    assert names_held(q, "the lakeside rescue team built 40 stations") == 1.0
    assert names_held(q, "the city built 40 stations") == 0.0
    assert names_held(analyse("临江市建成了多少个驿站？"), "") == 1.0
