"""The search-side refusal signals: read off the search's own scores for the evidence. Made-up sentences."""
from __future__ import annotations

from reportbot.index.answering.search_side import search_side

SENTENCES = ("临江市红十字会成立于1952年。", "全年培训救护员900名。")


def test_the_evidence_sentence_takes_its_own_search_score():
    s = search_side(0.88, 0.88, SENTENCES, [0.61, 0.83], SENTENCES[1])
    assert s["sentence_score"] == 0.83
    assert s["own_dense"] == 1.0  # the top passage is also e5's best


def test_a_top_passage_e5_ranks_below_another_loses_agreement():
    s = search_side(0.80, 0.88, SENTENCES, [0.61, 0.83], SENTENCES[1])
    assert s["own_dense"] < 1.0


def test_a_sentence_from_outside_the_passage_takes_the_passage_best():
    s = search_side(0.88, 0.88, SENTENCES, [0.61, 0.83], "问：如何报名？答：拨打电话。")
    assert s["sentence_score"] == 0.83
    assert set(s) == {"own_dense", "sentence_score"}  # the two signals the model weighs, nothing unused


def test_the_shipped_model_answers_a_sentence_the_search_ranks_high_and_refuses_a_weak_one():
    from reportbot.index.answering.refusal import answers
    from reportbot.index.answering.signals import Signals

    middling = dict(coverage=0.5, coverage_en=0.0, dense=0.9, alignment=0.6, constraints=1.0, typed=1.0, known=1.0,
                    english=0.0, document=1.0)
    assert answers(Signals(**middling, sentence_score=0.95, own_dense=1.0))
    assert not answers(Signals(**middling, sentence_score=0.35, own_dense=0.95))  # e5 prefers another passage
