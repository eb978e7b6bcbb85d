"""A date a sentence corrects or moves (set-45, from set 40's change log): the date in force answers over the one it
replaces (误写为5月9日，应为5月7日; 由原定2025年10月推迟至2026年3月), unless the question asks the one before.
Made-up questions and sentences in the documents' style: other bodies, dates and places than any question set's."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_a_corrected_date_answers_over_the_date_written_wrongly():
    sentence = "更正：5月20日条目中星海湾救生队成立日期误写为5月9日，应为5月7日。"
    assert extract(analyse("星海湾救生队是哪天成立的"), sentence).text == "5月7日"


def test_a_postponed_meeting_answers_with_the_date_it_moves_to():
    sentence = "第五次理事会由原定2025年10月推迟至2026年3月召开，原因是与省里的会议衔接。"
    assert extract(analyse("第五次理事会推迟到什么时候"), sentence).text == "2026年3月"


def test_the_date_before_a_move_answers_a_question_asking_it():
    sentence = "第五次理事会由原定2025年10月推迟至2026年3月召开，原因是与省里的会议衔接。"
    assert extract(analyse("第五次理事会原定什么时候开"), sentence).text == "2025年10月"

