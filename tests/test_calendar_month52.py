"""A month of the calendar (5月, 1—9月, 1至9月) dates what a sentence reports; it counts nothing, so a count question
takes the figure the sentence counts. A question asking a month (几月份) still takes one. Made-up sentences in the
documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_a_range_of_months_is_no_count_of_an_english_question():
    sentence = "1—9月共发放救助包836份，惠及困难家庭412户。"
    assert extract(analyse("how many relief packages were handed out"), sentence).text == "836份"


def test_a_range_of_months_written_with_zhi_is_no_count():
    sentence = "1至9月发放救助包836份。"
    assert extract(analyse("how many relief packages were handed out"), sentence).text == "836份"


def test_a_month_opening_the_sentence_is_no_count():
    sentence = "5月因汛期演练最少，全年共演练27次。"
    assert extract(analyse("how many rescue drills in the whole year"), sentence).text == "27次"


def test_a_question_asking_the_month_still_takes_it():
    sentence = "5月因汛期演练最少，全年共演练27次。"
    assert "5月" in extract(analyse("几月份演练最少"), sentence).text


def test_months_counted_are_still_a_count():
    sentence = "新队员须经过6个月的见习期，见习期满考核合格后转正。"
    assert extract(analyse("见习期多长"), sentence).text.startswith("6个月")


def test_a_long_run_of_months_is_answered_in_bounded_work():
    from tests.bounded import bounded

    run = "".join(f"{i % 12 + 1}月发放{i % 90 + 3}份，" for i in range(3_000))[:20_000]
    with bounded(60):
        assert extract(analyse("how many packages"), run) is not None
