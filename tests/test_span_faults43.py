"""Spans of round 43: an English count whose noun CC-CEDICT writes as a compound headed by a figure's measure word
(case: 案件, so 件 counts cases). Made-up sentences in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.counted_across import classifier_asked
from reportbot.index.retrieval.query import analyse


def test_a_measure_word_heading_the_counted_nouns_compound_answers_an_english_count():
    # case is 案件 in CC-CEDICT, a compound whose last character 件 measures 3万余件; 12个 counts the services
    sentence = "12个便民事项在政务服务网上线，办件量3万余件，办结率98%。"
    assert extract(analyse("how many cases went through the online services"), sentence).text == "3万余件"


def test_a_compound_heads_the_count_only_for_a_measure_word_and_its_own_noun():
    assert classifier_asked(analyse("how many cases were handled online"), "件")  # 案件: case
    assert not classifier_asked(analyse("how many cases were handled online"), "个")  # no word for case ends in 个
    assert not classifier_asked(analyse("how many units were bought"), "元")  # 单元 is a unit, 元 no measure word


def test_a_clause_numbers_last_part_is_no_figure():
    # 3.1.4 numbers the clause: its last 4 (and the word after it) counts nothing; the range answers the age asked
    sentence = "3.1.4 Community responders must be 16 to 70 years old and must finish the induction within 2 months."
    assert extract(analyse("age range for community responders"), sentence).text == "16 to 70 years"


def test_a_name_keeps_the_abbreviated_word_that_opens_it():
    # St. opens the name: its dot is the abbreviation's, not a sentence's end
    sentence = "St. Mary's Hospital Group remained the largest customer at 38% of units issued."
    assert extract(analyse("who is the biggest hospital customer"), sentence).text == "St. Mary's Hospital Group"


def test_the_counted_nouns_measure_word_answers_over_a_figure_the_questions_other_words_crowd():
    # online and services stand right after 12个 (they bridge to 上线, 服务): 件 counts the cases asked all the same
    from reportbot.index.retrieval.bridge import Bridge
    bridge = Bridge.build({"服务": 2.0, "上线": 2.0, "政务": 1.0, "便民": 1.0},
                          to_english={"服务": [("service", 1.0)], "上线": [("online", 1.0)]})
    sentence = "12个便民事项在政务服务网上线，办件量3万余件，办结率98%。"
    idf = {"服务": 3.0, "上线": 5.0, "政务": 3.0}
    q = analyse("how many cases went through the online services", bridge)
    assert extract(q, sentence, idf).text == "3万余件"


def test_a_which_question_answered_by_a_number_keeps_the_noun_it_asks_by():
    sentence = "We already know that two of the radios at Gate 7 on Harbour Road kept cutting out during the drill."
    assert extract(analyse("which gate had the radio problems"), sentence).text == "Gate 7"


def test_a_number_the_asked_noun_does_not_label_stays_bare():
    from reportbot.index.answering.labelled_number import with_asked_noun
    from reportbot.index.answering.spans import Span
    sentence = "Volunteers at Post 4 reported problems with 3 radios."
    span = Span("3", 44, 45, "figure")
    assert with_asked_noun(analyse("which radios failed"), sentence, span) is span  # "with 3": no noun before it
