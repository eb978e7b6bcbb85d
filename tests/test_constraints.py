"""The places and years a question names, and whether a passage with its context agrees with them."""
from __future__ import annotations

from reportbot.index.retrieval.context import agrees, question_constraints
from reportbot.index.retrieval.heading_years import heading_year_agrees
from reportbot.index.retrieval.place_names import jieba_places
from reportbot.index.retrieval.query import analyse


def constraints(question: str):
    q = analyse(question)
    return question_constraints(q.text, q.groups, jieba_places())


def test_places_and_years_are_named_by_their_short_form():
    got = constraints("江苏省红十字会2023年新增了多少名会员？")
    assert {(c.kind, c.forms) for c in got} == {("year", ("2023",)), ("place", ("江苏", "jiangsu"))}
    # traditional characters and a place no document needs to mention
    assert [c.forms for c in constraints("廣東省紅十字會設立了多少個救護站？")] == [("广东", "guangdong")]


def test_a_chinese_place_agrees_with_an_english_passage_that_writes_its_pinyin():
    got = constraints("青島急救站熱線幾多號")
    assert agrees(got, "qingdao central blood centre. call our donor service line on 0532-8566 1200")
    assert not agrees(got, "harbour city red cross branch")


def test_common_words_jieba_tags_as_places_are_no_constraint():
    assert constraints("全市城市志愿服务普及培训建了多少个站点？") == ()


def test_a_fiscal_year_is_one_constraint():
    got = constraints("What budget did the board approve for FY 2025-26?")
    assert [c.forms[0] for c in got] == ["2025-26"]
    assert not agrees(got, "the board approved a total budget of $4.85 million for fy 2024-25 (to 31 march 2025)")


def test_a_span_of_years_agrees_with_a_passage_that_names_any_year_of_it():
    # a review of 2019—2024 (em dash, as titles write it) answers a question on 2019-2024; a 2021 summary is in the span
    got = constraints("How many volunteers did the Fujian review count over 2019-2024?")
    assert [c.forms for c in got if c.kind == "year"] == [tuple(str(y) for y in range(2019, 2025))]
    assert agrees(got, "福建省红十字会党建工作综述（2019—2024年） 五年来全省注册志愿者达9.1万名")
    assert agrees(got, "2021年工作总结 全年新增志愿者1.2万名")
    assert not agrees(got, "2017年工作总结 全年新增志愿者0.8万名")
    spelled = constraints("2020年至2022年全省共培训多少人？")
    assert [c.forms for c in spelled] == [("2020", "2021", "2022")]
    # two years in a row are one fiscal or school year: that year however a title dashes it, not the year before
    school = constraints("2026-2027学年助学金名额有多少？")
    assert agrees(school, "关于开展2026—2027学年助学金评审工作的通知 全校名额共500个")
    assert not agrees(school, "关于开展2025—2026学年助学金评审工作的通知 全校名额共480个")
    assert agrees(constraints("What was spent in FY 2023-24?"), "operating costs for fy 2023/2024 were $1.2 million")



def test_a_passage_agrees_through_its_context():
    got = constraints("2023年浙江省红十字会培训了多少名应急救护师资？")
    passage = "全省培训应急救护师资860名，师资队伍持续壮大。"
    assert not agrees(got, passage)
    assert agrees(got, "浙江省红十字会2023年度工作进展通报 二、救护培训 " + passage)


def test_a_report_titled_with_its_year_does_not_agree_with_the_year_it_was_published_in():
    from reportbot.corpus.document import Paragraph
    from reportbot.index.retrieval.context import constraint_context

    para = Paragraph("d", 3, "报告期内经营活动产生的现金流量净额为17,925万元。", ("报告期内…",), "三、主要会计数据",
                     ("三、主要会计数据",))
    asked = constraints("2024年经营现金流净额多少？")
    in_2023_report = constraint_context("华信精工2023年年度报告摘要", "2024年4月12日", para)
    assert "2024" not in in_2023_report and not agrees(asked, in_2023_report + para.text)
    # a title that names no year: its date is all that says when
    assert agrees(asked, constraint_context("Volunteer Insurance Policy", "1 April 2024", para).lower())


def test_a_count_of_years_after_a_verb_is_no_year():
    for question in ("连续献血超过10年的志愿者有多少人", "干了20年的老队员叫什么"):
        assert not [c for c in constraints(question) if c.kind == "year"], question
    assert [c.forms for c in constraints("24年营收多少") if c.kind == "year"] == [("2024",)]


def test_a_heading_that_names_another_year_puts_its_passage_under_that_year():
    asked = constraints("2024年社区图书馆办了多少场读书会？")
    plan = ("五、2025年工作安排", "计划举办读书会60场。")
    done = ("二、阅读推广", "全年举办读书会48场。")
    assert not heading_year_agrees(asked, *plan)
    assert heading_year_agrees(asked, *done)  # its heading names no year: the title's year holds
    assert heading_year_agrees(asked, "五、2025年工作安排", "比2024年的48场多12场。")  # the text names the year
    # a question naming both years (the 2024 report's plan for 2025) still finds the plan
    assert heading_year_agrees(constraints("2024年的总结里2025年计划办多少场读书会？"), *plan)
    assert heading_year_agrees(constraints("社区图书馆办了多少场读书会？"), *plan)  # no year asked


def test_a_year_that_only_names_the_report_leaves_a_plan_under_next_years_heading_agreeing():
    asked = constraints("24年报告里计划办多少场读书会？")
    plan = ("五、2025年工作安排", "计划举办读书会60场。")
    assert not heading_year_agrees(asked, *plan)  # read as the figures' year, the plan's heading says otherwise
    assert heading_year_agrees(asked, *plan, documents=frozenset({2024}))  # the year names the report the plan is in
    assert heading_year_agrees(asked, "二、阅读推广", "全年举办读书会48场。", documents=frozenset({2024}))
    two = constraints("24年报告里23年办了多少场读书会？")  # the figures' own year (2023) still holds the heading to it
    assert not heading_year_agrees(two, *plan, documents=frozenset({2024}))


def test_a_half_year_or_the_whole_year_asked_must_agree_with_the_passages_part_of_the_year():
    from reportbot.index.retrieval.periods import period_constraints

    half = period_constraints("2024年上半年全市新增了多少台AED")
    assert agrees(half, "临海市红十字会2024年上半年工作总结 新增配置aed 120台。")
    assert agrees(half, "linhai red cross 2024 mid-year report. 120 aeds were added.")
    assert not agrees(half, "临海市红十字会2024年工作总结 全年新增配置aed 260台。")
    whole = period_constraints("how many AEDs were added in all of 2024")
    assert not agrees(whole, "临海市红十字会2024年上半年工作总结 新增配置aed 120台。")
    assert agrees(whole, "临海市红十字会2024年工作总结 新增配置aed 260台。")
    assert agrees(whole, "上半年新增120台，全年累计新增aed 260台。")
    assert period_constraints("2024年营收多少") == ()


def test_only_a_year_form_in_a_heading_names_a_year_and_a_span_covers_the_years_inside():
    asked = constraints("2023年社区图书馆办了多少场读书会？")
    text = "全年举办读书会48场。"
    assert heading_year_agrees(asked, "三、服务读者1900余人次", text)   # a count, not the year 1900
    assert heading_year_agrees(asked, "二、投入2000万元改造阅览室", text)  # an amount, not the year 2000
    assert heading_year_agrees(asked, "一、2019—2025年阅读推广规划", text)  # 2023 lies inside the span
    assert heading_year_agrees(asked, "2021年至2023年工作回顾", text)
    assert not heading_year_agrees(asked, "一、2024—2026年阅读推广规划", text)  # a span without 2023
    assert not heading_year_agrees(asked, "五、2025年工作安排", text)
    assert not heading_year_agrees(constraints("How many reading clubs met in 2023?"), "FY2025 outlook", "Clubs.")


def test_an_english_heading_writes_its_year_bare():
    asked = constraints("How many reading clubs met in 2023?")
    assert not heading_year_agrees(asked, "Goals for 2025", "Reach 60 reading clubs.")
    assert heading_year_agrees(asked, "Reading clubs 2022-2024", "Clubs met weekly.")  # 2023 inside the span
    assert heading_year_agrees(asked, "Clubs and members", "Clubs met weekly.")


def test_the_first_three_quarters_are_not_the_third_and_a_second_half_is_written_with_any_dash():
    from reportbot.index.retrieval.periods import period_constraints

    third = period_constraints("第三季度募集了多少善款")
    assert not agrees(third, "前三季度共募集善款860万元。")
    assert agrees(third, "第三季度共募集善款310万元。")
    assert agrees(period_constraints("7—12月新增多少台aed"), "7—12月新增配置aed 45台。")
    assert period_constraints("2021-6月的数据") == ()


def test_a_fiscal_year_written_short_asks_no_year_of_its_own_and_a_heading_span_is_bounded():
    from reportbot.index.retrieval.heading_years import heading_years

    asked = question_constraints("2024-25年度招了多少学员", (), frozenset())
    assert len(asked) == 1 and agrees(asked, "2024—2025学年共招收学员320人。")
    assert heading_years("Hotline 2010-8888") == ((2010, 2010),)
    assert heading_years("财年FY2025概览") == ((2025, 2025),)
