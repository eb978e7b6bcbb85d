"""Spans of round 48: a question's figure matched only as a figure of its own, not as a digit inside a sentence's
larger figure. Made-up sentences in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_a_questions_month_span_is_not_a_digit_of_the_answer():
    # 1至11月 asked: the 1 is no term inside 17例, so the count of the asked measure (例) is not lost to 2,860人
    said = "2026年1至11月，全县新增急救志愿者2,860人，成功实施断指再植手术17例，为历年最多。"
    assert extract(analyse("全县2026年1至11月断指再植手术做了几例"), said).text == "17例"
    assert extract(analyse("2026年1到11月全县完成断指再植手术多少例"), said).text == "17例"


def test_a_questions_figure_is_not_read_inside_a_decimal():
    # 1到8月 asked: the 1 of 3.51万 is not the question's 1, so the figure after the asked training is given
    said = "发布1—8月数据：游泳救生培训12.3万人次，救生员考证3.51万人次，新增救生圈210个。"
    assert extract(analyse("城东区1到8月游泳救生培训一共多少人次"), said).text == "12.3万人次"


def test_a_figure_of_its_own_still_counts_as_the_questions_word():
    from reportbot.index.answering.terms import inside_figure, term_positions

    said = "第3期培训班共60人，第13期培训班共45人，1,300人次受益。"
    found = [said[a:b] for a, b, _ in term_positions(analyse("第3期培训班有多少人"), said) if said[a:b] == "3"]
    assert found == ["3"]
    assert inside_figure(said, said.index("13") + 1, said.index("13") + 2)
    assert inside_figure("共1,300人", 2, 3) and inside_figure("2.61万", 2, 3)
    assert not inside_figure("第3期", 1, 2)


_POSTS = "全区现有社区急救站23个、站员640名，其中15个配备除颤仪，党员站员180名。"


def test_the_part_after_qizhong_answers_when_the_question_names_what_only_the_part_says():
    # 除颤仪 is said only after 其中: the question asks the part (15个), not the whole the noun opens (急救站23个)
    assert extract(analyse("全区几个社区急救站配了除颤仪"), _POSTS).text.startswith("15个")
    assert extract(analyse("全区有几个社区急救站配备除颤仪"), _POSTS).text.startswith("15个")
    # the whole asked: the whole's figure; a part in another classifier leaves the whole
    assert extract(analyse("全区有几个社区急救站"), _POSTS).text == "23个"
    women = "全区现有社区急救站23个、站员640名，其中女性站员210名。"
    assert extract(analyse("全区有几个社区急救站"), women).text == "23个"


_FAIR = "灯会期间，全县共派出红十字医疗救护人员260名，在展区设置救护点42个，累计处置伤病1.1万人次。"


def test_a_counted_noun_of_several_words_opens_the_figure_after_its_last_word():
    # 几多个红十字医疗救护人员: the asked noun runs to 人员, so 红十字医疗救护人员260名 is the figure it opens, not
    # the 42个 in the asked classifier of the posts (the noun was read as 红十字 alone, which opens no figure)
    assert extract(analyse("灯会期间全县派出了几多个红十字医疗救护人员"), _FAIR).text == "260名"
    assert extract(analyse("灯会期间展区设置了多少个救护点"), _FAIR).text == "42个"


def test_a_percentage_asked_is_answered_by_a_share():
    # 百分之几 asks what percent: the share 81.1%, not the 18万人次 of the target the question's 目标 stands by
    said = "1—10月开展游泳救生培训14.6万人次，完成全年18万人次目标的81.1%；培训救生员1.92万人。"
    assert extract(analyse("游泳救生培训到10月底达到全年目标的百分之几"), said).text == "81.1%"


def test_cases_of_an_act_asked_are_counted_by_the_act():
    # 再植了几例: 例 counts cases of replanting, and 了 stands between the verb and its question word; the answer's
    # clause (成功再植17例) says the act, so the figure counts what is asked though 断指 is in no clause of it
    from reportbot.index.answering.counted_said import counted_said
    from reportbot.index.answering.counts import cases_counted
    from reportbot.index.answering.spans import Span

    said = "2026年1至10月，全县新增急救志愿者2,860人；成功再植17例，为历年最多。"
    at = said.index("17例")
    assert counted_said(analyse("全县2026年断指成功再植了几例"), said, Span("17例", at, at + 3, "figure")) == 1.0
    # another act's cases (溺水 treated, 断指再植 asked): the verb before the question word (开展) is not the act
    other = "全县开展溺水院前急救12例，创历年新高。"
    at = other.index("12例")
    assert counted_said(analyse("全县断指再植开展了几例"), other, Span("12例", at, at + 3, "figure")) == 0.0
    assert cases_counted("全县断指成功再植了几例") == "再植"
    assert cases_counted("全市新增病例几例") is None


def test_this_year_asked_of_a_row_with_a_column_per_year_takes_the_latest_years():
    # 今年1到9月 names no year: of the two columns its words fit (2024年1—9月, 2025年1—9月), the latest year's
    row = "水上巡逻出勤 — 2024年（核定）：2,650人次；2024年1—9月：1,930人次；2025年1—9月：2,270人次；同比：+17.6%"
    assert extract(analyse("北海今年1到9月水上巡逻出勤多少人次"), row).text == "2,270人次"
    assert extract(analyse("北海2024年1到9月水上巡逻出勤多少人次"), row).text == "1,930人次"
    # the row's reading itself (the answer above is reached otherwise too): the latest year's column
    from reportbot.index.answering.structure import labelled_value
    from reportbot.index.answering.terms import term_positions

    q = analyse("北海今年1到9月水上巡逻出勤多少人次")
    at = labelled_value(q, row, term_positions(q, row))
    assert at is not None and row[at[0]:at[1]] == "2,270人次"
