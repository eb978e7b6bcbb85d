"""A kind the question names by a letter glued to its word (B型, C区) is that kind only: the same word after
another letter (O型, AB型) is another kind, whose figure is not the one asked. Made-up sentences in the documents'
style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_the_lettered_kind_asked_gives_its_own_figure():
    question = "临江献血者中B型占多少"
    sentence = "去年献血者血型以B型最多，占41.2%，O型占27.5%、A型占23.1%、AB型占8.2%。"
    assert extract(analyse(question), sentence).text == "41.2%"


def test_another_letter_before_the_word_is_another_kind():
    from reportbot.index.answering.letter_label import other_label

    question = "c区车位有几个"
    sentence = "A区车位120个，C区车位45个"
    assert other_label(question, sentence, 1, "区") is True
    assert other_label(question, sentence, 10, "区") is False


def test_a_word_with_no_letter_asked_keeps_every_occurrence():
    from reportbot.index.answering.letter_label import other_label

    assert other_label("车位有几个", "A区车位120个", 1, "区") is False
    assert other_label("AED培训几次", "CPR培训20次", 3, "培训") is False  # an acronym, no lettered kind


def test_a_long_run_of_lettered_kinds_is_answered_in_bounded_work():
    from tests.bounded import bounded

    run = "".join(f"{'ABCDEFGH'[i % 8]}区占{i % 90 + 1}%，" for i in range(2_000))[:20_000]
    with bounded(60):
        assert extract(analyse("临江C区占多少"), run) is not None
