"""A month in one form across languages (issue 13: the right document in either language): a question about June
finds the row written 6月, one about 八月 the line written "August". Made-up rows in the documents' styles, none from
the question sets."""
from __future__ import annotations

from types import SimpleNamespace

from reportbot.index.answering.evidence import rank_features, sentence_features
from reportbot.index.retrieval.months import months_asked, months_in
from reportbot.index.retrieval.query import analyse

ROWS = ["3月 — 出勤次数：9；参与队员（人次）：61；主要任务：山地搜救",
        "6月 — 出勤次数：21；参与队员（人次）：133；主要任务：防汛抗洪救援",
        "10月 — 出勤次数：7；参与队员（人次）：40；主要任务：赛事保障"]


def first(question: str, said: list[str], scores: list[float]) -> str:
    hit = SimpleNamespace(paragraph=SimpleNamespace(sentences=said, path=""), sentence_scores=scores)
    return said[rank_features(sentence_features(SimpleNamespace(query=analyse(question)), hit))[0][1]]


def test_an_english_month_finds_the_row_written_with_digits():
    assert first("rescue team call outs in june", ROWS, [0.6, 0.58, 0.57]).startswith("6月")
    assert first("what was done in june", ROWS, [0.6, 0.58, 0.57]).startswith("6月")


def test_a_chinese_month_finds_the_english_line_and_its_own_rows():
    said = ["In July the pantry served 380 households.", "In August the pantry served 402 households."]
    assert first("食物银行八月服务了多少户", said, [0.6, 0.58]).startswith("In August")
    assert first("队伍十月出了几次", ROWS, [0.6, 0.6, 0.58]).startswith("10月")
    assert first("队伍10月出了几次", ROWS, [0.6, 0.6, 0.58]).startswith("10月")


def test_a_date_reads_its_month_in_either_language():
    assert [m for _, _, m in months_in("截止2025年6月30日")] == [6]
    assert [m for _, _, m in months_in("closing on 30 June 2025")] == [6]


def test_may_the_verb_and_a_count_of_months_are_no_month():
    assert months_asked("may i give blood after a tattoo") == frozenset()
    assert months_asked("献血后3个月内") == frozenset()
    assert months_asked("what happens in may") == frozenset({5})


def test_lower_case_may_and_march_in_a_document_are_words_unless_dated():
    # review-30: "This may take a week", "we march on" had been read as May and March
    assert months_in("This may take a week.") == []
    assert months_in("We march on to the town hall every year.") == []
    assert [m for _, _, m in months_in("The review may last until May 2025.")] == [5]
    assert [m for _, _, m in months_in("opened on 3 may 2025, closed march 12")] == [5, 3]
    assert [m for _, _, m in months_in("from may 2025")] == [5]


def test_a_duration_question_over_a_may_of_the_verb_gets_no_month():
    assert months_asked("How long will the march take?") == frozenset()
    assert months_asked("how long may the repairs take") == frozenset()
    assert months_asked("what happens in march") == frozenset({3})  # a question typed in lower case
    # a question about the month finds the sentence that writes it as a month, not the verb
    said = ["Booking this may take a week.", "The fair opens in May."]
    assert first("What happens in May?", said, [0.6, 0.6]).startswith("The fair")
