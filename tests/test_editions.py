"""Editions of one document (index/retrieval/editions.py): a year the question names picks the edition titled for it
over an older one that only plans for that year, and a question that names no year is answered by the latest."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.context import question_constraints
from reportbot.index.retrieval.editions import Editions, one_body, same_title
from reportbot.index.retrieval.query import analyse


def test_titles_that_differ_only_in_their_year_and_wording_around_it_are_one_series():
    assert same_title("明远电气2023年年度报告摘要", "江苏明远电气股份有限公司2024年年度报告（摘要）")
    assert same_title("Lakeside Food Bank Impact Report 2023", "Lakeside Food Bank Impact Report 2024")
    assert not same_title("华瑞康医疗2023年年度报告", "明远电气2024年年度报告")


def test_an_older_edition_is_off_a_later_year_and_a_later_edition_is_not_off_an_earlier_one():
    e = Editions(["明远电气2023年年度报告", "明远电气2024年年度报告", "明远电气2025年年度报告", "社区通知"])
    assert e.off_year({"2024"}).tolist() == [True, False, False, False]
    # the 2025 report states the end of 2024's figures beside its own: it still agrees with a question about 2024
    assert e.off_year({"2023"}).tolist() == [False, False, False, False]
    assert e.off_year({"2019"}).tolist() == [False, False, False, False]  # no edition is titled for it


def test_titles_that_name_no_year_are_editions_dated_by_the_years_their_passages_name():
    import numpy as np

    titles = ["青山省红十字会“九大”以来工作综述", "见证初心——青山省红十字会“十二大”以来工作综述", "青山省志愿者手册"]
    texts = ["2016年至2021年，新建博爱家园300个。", "2019年至2024年，新建博爱家园520个。", "2024年版，问答十则。"]
    e = Editions(titles, texts, [0, 1, 2])
    assert e.any() and e.group[0] == e.group[1] >= 0 and e.group[2] < 0  # the handbook is no review
    # a question naming no year that finds the older review first: the later one is the edition it means
    assert e.newer(np.array([0, 1, 2]), 0).tolist() == [False, True, False]
    assert e.off_year({"2024"}).tolist() == [False, False, False]  # no title names a year: nothing is off
    assert not Editions(titles).any()  # without their passages, undated titles are no one's editions
    # a title that names its year and one that names none are not one series (two cities' FAQs)
    assert not Editions(["青山市志愿者问答（2024年版）", "志愿者问答"], texts[:2], [0, 1]).any()


def years(question: str) -> list[str]:
    q = analyse(question)
    return [c.forms[0] for c in question_constraints(q.text, q.groups, frozenset()) if c.kind == "year"]


def test_a_year_written_with_two_figures_is_a_year_and_a_number_of_years_is_not():
    assert years("明远24年营收多少") == ["2024"]
    assert years("23年度分红方案是什么") == ["2023"]
    assert years("员工服务满10年有什么奖励") == []
    assert years("近20年来累计捐款多少") == []


OLDER = """# 明远电气2023年年度报告

## 一、经营情况

2023年，公司实现营业收入9.8亿元，同比增长6.1%。

公司注册地址为江苏省常州市新北区通江路88号。

## 二、2024年经营计划

力争2024年营业收入突破12亿元，研发投入占营业收入比例达到5%左右。
""".encode()

NEWER = """# 江苏明远电气股份有限公司2024年年度报告

## 一、经营情况

2024年，公司实现营业收入11.6亿元，同比增长18.4%。

公司注册地址为江苏省常州市新北区通江路88号。

## 二、2025年经营计划

力争2025年营业收入突破14亿元。
""".encode()


@pytest.fixture(scope="module")
def reports(library_with):
    return library_with("editions", {"mingyuan_2023.md": OLDER, "mingyuan_2024.md": NEWER})


def test_a_year_the_question_names_is_answered_by_its_edition_not_by_the_older_ones_plan(reports):
    service, ids = reports
    out = answer_json(service.ask("明远电气24年营收多少"))
    assert out["passages"][0]["doc"] == ids["mingyuan_2024.md"]
    assert "11.6亿" in out["answer"]


def test_a_question_naming_no_year_is_answered_by_the_latest_edition(reports):
    service, ids = reports
    out = answer_json(service.ask("明远电气的注册地址在哪里"))
    assert out["passages"][0]["doc"] == ids["mingyuan_2024.md"]
    assert "通江路88号" in out["answer"]


def test_two_undated_titles_pair_only_when_one_but_for_numerals():
    assert same_title("临江市红十字会“五大”以来工作综述", "临江市红十字会“六大”以来工作综述")
    assert not same_title("急救手册", "社区CPR急救培训手册")  # a short title inside a longer one: another body's
    assert not same_title("志愿者问答", "青山市志愿者常见问答")


def test_a_question_asking_a_plan_for_a_year_agrees_with_the_edition_of_the_year_before():
    e = Editions(["青山省红十字会2023年工作报告", "青山省红十字会2024年工作报告", "青山省红十字会2025年上半年工作报告"])
    assert e.off_year({"2025"}).tolist() == [True, True, False]
    # the 2024 report's plan section sets 2025's target; the 2023 report's cannot
    assert e.off_year({"2025"}, plan=True).tolist() == [True, False, False]


PLANNED = """# 青山省红十字会2024年工作报告

## 一、2024年工作回顾

2024年，全省开展应急救护普及培训52万人次，新增持证救护员3.1万人。

## 二、2025年工作打算

2025年工作目标：力争全年开展应急救护普及培训60万人次，新建博爱家园40个。
""".encode()

PROGRESS = """# 青山省红十字会2025年上半年工作报告

## 一、应急救护

2025年上半年，全省开展应急救护普及培训27万人次，同比增长8%。

## 二、博爱家园

2025年上半年新建博爱家园15个。
""".encode()


@pytest.fixture(scope="module")
def plan_reports(library_with):
    return library_with("editions_plan", {"qingshan_2024.md": PLANNED, "qingshan_2025_h1.md": PROGRESS})


def test_a_target_for_a_year_is_answered_by_the_year_before_reports_plan(plan_reports):
    service, ids = plan_reports
    out = answer_json(service.ask("青山2025年普及培训目标定的多少"))
    assert out["passages"][0]["doc"] == ids["qingshan_2024.md"]
    assert "60万" in out["answer"]


def test_a_figure_for_a_year_is_still_answered_by_the_edition_titled_for_it(plan_reports):
    service, ids = plan_reports
    out = answer_json(service.ask("青山2025年上半年普及培训了多少人次"))
    assert out["passages"][0]["doc"] == ids["qingshan_2025_h1.md"]
    assert "27万" in out["answer"]


def test_one_bodys_report_and_its_progress_update_are_editions_whatever_each_is_called():
    e = Editions(["临江市红十字会2024年工作报告", "临江市红十字会2025年1—9月工作进展情况通报", "社区通知"])
    assert e.kin[0] == e.kin[1] >= 0 and e.kin[2] < 0
    assert e.off_year({"2025"}).tolist() == [True, False, False]  # the report can only plan for 2025
    # a kicker before the body, the body written shorter (上海红十字 / 上海市红十字会)
    assert one_body("守护生命——临江市红十字会2024年工作综述", "临江市红十字会2025年上半年工作进展")
    assert one_body("上海红十字 | 2025年上半年工作亮点速览", "上海市红十字会2024年工作报告")


def test_titles_whose_words_before_the_year_name_no_one_body_are_not_paired():
    # an event's notices, not its organiser's: the words before the year end in a verb
    assert not one_body("关于举办2024年春季救护员培训班的通知", "关于举办2025年师资培训班的通知")
    assert not one_body("临江市红十字会2024年工作报告", "青山市红十字会2025年工作进展")
    # 市红十字会 fits two cities' bodies alike: it is paired with neither
    titles = ["临江市红十字会2024年工作报告", "青山市红十字会2024年工作报告", "市红十字会2025年前三季度工作进展"]
    assert not Editions(titles).any()
    assert Editions(titles[::2]).any()  # with one city's report alone, it is that city's


def test_the_latest_tie_break_stays_within_one_titles_editions():
    import numpy as np

    # a progress update does not restate its report (an address, a party group's count): no lift to it
    e = Editions(["临江市红十字会2024年工作报告", "临江市红十字会2025年上半年工作进展"])
    assert e.newer(np.array([0, 1]), 0).tolist() == [False, False]


REPORT = """# 临江市红十字会2024年工作报告

## 一、2024年工作回顾

2024年，全市新建红十字救援队4支，累计达到21支。

## 二、2025年工作打算

2025年，全市新建红十字救援队3支。
""".encode()

UPDATE = """# 临江市红十字会2025年1—9月工作进展情况通报

## 一、救援队伍

2025年1—9月，全市组建应急救援队伍5支，队员总数达到860人。

## 二、应急救护

1—9月，全市开展应急救护普及培训8.2万人次。
""".encode()


@pytest.fixture(scope="module")
def body_reports(library_with):
    return library_with("editions_body", {"linjiang_2024.md": REPORT, "linjiang_2025_q3.md": UPDATE})


def test_the_reports_own_year_is_still_answered_by_the_report(body_reports):
    service, ids = body_reports
    out = answer_json(service.ask("临江2024年新建了几支红十字救援队"))
    assert out["passages"][0]["doc"] == ids["linjiang_2024.md"]
    assert "4支" in out["answer"]
