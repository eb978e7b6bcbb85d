"""Spans of round 48: a question's figure matched only as a figure of its own, not as a digit inside a sentence's
larger figure. Made-up sentences in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_a_questions_month_span_is_not_a_digit_of_the_answer():
    # 1至11月 asked: the 1 is no term inside 17例, so the count of the asked measure (例) is not lost to 人份
    said = "2025年1至11月，全市新增造血干细胞血样入库2,860人份，实现捐献17例，为历年最多。"
    assert extract(analyse("全市2025年1至11月造血干细胞捐献了几例"), said).text == "17例"
    assert extract(analyse("2025年1到11月全市捐献造血干细胞多少例"), said).text == "17例"


def test_a_questions_figure_is_not_read_inside_a_decimal():
    # 1到8月 asked: the 1 of 3.51万 is not the question's 1, so the figure after the asked training is given
    said = "发布1—8月数据：普及培训12.3万人次，持证救护员3.51万人次，新增AED 210台。"
    assert extract(analyse("城东区2025年1到8月普及培训多少"), said).text == "12.3万人次"


def test_a_figure_of_its_own_still_counts_as_the_questions_word():
    from reportbot.index.answering.terms import inside_figure, term_positions

    said = "第3期培训班共60人，第13期培训班共45人，1,300人次受益。"
    found = [said[a:b] for a, b, _ in term_positions(analyse("第3期培训班有多少人"), said) if said[a:b] == "3"]
    assert found == ["3"]
    assert inside_figure(said, said.index("13") + 1, said.index("13") + 2)
    assert inside_figure("共1,300人", 2, 3) and inside_figure("2.61万", 2, 3)
    assert not inside_figure("第3期", 1, 2)


_TEAMS = "全区现有应急救护队23支、队员640名，其中15支建立党支部，党员队员180名。"


def test_the_part_after_qizhong_answers_when_the_question_names_what_only_the_part_says():
    # 党支部 is said only after 其中: the question asks the part (15支), not the whole the noun opens (救护队23支)
    assert extract(analyse("全区几支救护队建了党支部"), _TEAMS).text.startswith("15支")
    assert extract(analyse("全区有几支救护队建立党支部"), _TEAMS).text.startswith("15支")
    # the whole asked: the whole's figure; a part in another classifier leaves the whole
    assert extract(analyse("全区有几支救护队"), _TEAMS).text == "23支"
    women = "全区现有应急救护队23支、队员640名，其中女性队员210名。"
    assert extract(analyse("全区有几支应急救护队"), women).text == "23支"


_GAMES = "运动会期间，全市共派出红十字救护志愿者2600名，在比赛场馆设置救护站点142个，累计处置伤病1.1万人次。"


def test_a_counted_noun_of_several_words_opens_the_figure_after_its_last_word():
    # 几多个红十字救护志愿者: the asked noun runs to 志愿者, so 红十字救护志愿者2600名 is the figure it opens, not the
    # 142个 in the asked classifier of the posts (the noun was read as 红十字 alone, which opens no figure)
    assert extract(analyse("运动会期间全市派出了几多个红十字救护志愿者"), _GAMES).text == "2600名"
    assert extract(analyse("运动会期间全市设了几个救护站点"), _GAMES).text == "142个"


def test_a_percentage_asked_is_answered_by_a_share():
    # 百分之几 asks what percent: the share 81.1%, not the 18万人次 of the target the question's 目标 stands by
    said = "1—10月开展应急救护普及培训14.6万人次，完成全年18万人次目标的81.1%；培训持证救护员1.92万人。"
    assert extract(analyse("1-10月培训完成全年目标的百分之几"), said).text == "81.1%"


def test_cases_of_an_act_asked_are_counted_by_the_act():
    # 捐献了几例: 例 counts cases of donating, and 了 stands between the verb and its question word; the answer's
    # clause (实现捐献17例) says the act, so the figure counts what is asked though 干细胞 is in the clause before
    from reportbot.index.answering.counted_said import counted_said
    from reportbot.index.answering.counts import cases_counted
    from reportbot.index.answering.spans import Span

    said = "2025年1至10月，全市新增造血干细胞血样入库2,860人份；实现捐献17例，为历年最多。"
    at = said.index("17例")
    assert counted_said(analyse("全市2025年造血干细胞捐献了几例"), said, Span("17例", at, at + 3, "figure")) == 1.0
    # another act's cases (造血干细胞 donated, 器官 asked): the verb before the question word (实现) is not the act
    other = "全市实现造血干细胞捐献12例，创历年新高。"
    at = other.index("12例")
    assert counted_said(analyse("全市器官捐献实现了几例"), other, Span("12例", at, at + 3, "figure")) == 0.0
    assert cases_counted("全市造血干细胞捐献了几例") == "捐献"
    assert cases_counted("全市新增病例几例") is None


def test_this_year_asked_of_a_row_with_a_column_per_year_takes_the_latest_years():
    # 今年1到9月 names no year: of the two columns its words fit (2024年1—9月, 2025年1—9月), the latest year's
    row = "接收捐赠款物 — 2024年（核定）：2,650万元；2024年1—9月：1,930万元；2025年1—9月：2,270万元；同比：+17.6%"
    assert extract(analyse("北海今年1到9月接收捐赠多少钱"), row).text == "2,270万元"
    assert extract(analyse("北海2024年1到9月接收捐赠多少钱"), row).text == "1,930万元"
