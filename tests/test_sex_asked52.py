"""Two figures of one sentence told apart by sex (男性…、女性…): a question that names one sex asks that sex's
figure, whether it writes the sex in Chinese or in English. Made-up sentences in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

_WEIGHT = "答：年满18周岁、体重男性不低于55公斤、女性不低于48公斤的健康公民均可报名。"
_GAP = "献血间隔：男性捐全血后须相隔最少10星期、女性须相隔最少14星期；捐血小板须相隔最少3星期。"


def test_a_chinese_question_naming_women_takes_the_womens_figure():
    assert extract(analyse("女性体重最低要多少"), _WEIGHT).text == "48公斤"


def test_an_english_question_naming_women_takes_the_womens_figure():
    assert extract(analyse("lowest weight for women to sign up"), _WEIGHT).text == "48公斤"


def test_an_english_question_naming_men_takes_the_mens_figure():
    assert extract(analyse("how long must men wait between whole blood donations"), _GAP).text == "10星期"


def test_the_sex_of_english_words_is_read_from_the_dictionary():
    from reportbot.index.answering.sex_asked import english_sex

    assert english_sex("ladies") == "女" and english_sex("males") == "男" and english_sex("women") == "女"
    assert english_sex("children") is None and english_sex("donors") is None


def test_a_question_naming_no_sex_or_both_keeps_every_figure():
    from reportbot.index.answering.sex_asked import asked_segments

    assert asked_segments(analyse("体重最低要多少"), _WEIGHT) == []
    assert asked_segments(analyse("男女体重最低要多少"), _WEIGHT) == []
    assert asked_segments(analyse("子女几个"), _WEIGHT) == []


def test_a_long_run_of_sexed_figures_is_answered_in_bounded_work():
    from tests.bounded import bounded

    run = "".join(f"男性{i % 90 + 1}公斤、女性{i % 80 + 2}公斤；" for i in range(2_000))[:20_000]
    with bounded(60):
        assert extract(analyse("女性体重多少公斤"), run) is not None
