"""The period a document states (index/retrieval/doc_periods.py): a question naming a year is answered by the document
of that year, not by a later update of the same organisation that restates the year's figures."""
from __future__ import annotations

import numpy as np
import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.doc_periods import Periods, named_document_years, stated_period


def test_a_title_states_its_year_span_or_republic_year_and_else_the_date_does():
    assert stated_period("湖北省红十字会2024年度工作报告", "2025年1月22日") == ((2024, 2024),)
    assert stated_period("Annual Review 2023-24", None) == ((2023, 2024),)
    assert stated_period("新竹市红十字会民國113年度防災社區成果報告", None) == ((2024, 2024),)
    assert stated_period("St. John Ambulance Winnipeg Branch - Board Minutes", "12 March 2025") == ((2025, 2025),)
    assert stated_period("志愿者常见问题解答", None) == ()


def test_only_another_period_is_marked_and_only_when_a_candidate_of_the_asked_one_agrees():
    periods = Periods([((2024, 2024),), ((2025, 2025),), ()], [1, 0, 2, 1], [None, None, None, "六、2024年工作回顾"])
    rows, ok = np.arange(4), np.ones(4, bool)
    assert periods.other_period({2024}, rows, ok).tolist() == [True, False, False, False]
    assert not periods.other_period({2024}, rows, np.array([True, False, True, False])).any()
    assert not periods.other_period(set(), rows, ok).any()


def test_a_year_right_before_a_word_for_a_report_names_the_document():
    assert named_document_years("湖北24年工作报告里说AED全省累计多少台") == {2024}
    assert named_document_years("what revenue target for 2024 did the 2023 report set") == {2023}
    assert named_document_years("2024年报名人数多少") == set()  # 报名: signing up
    assert named_document_years("how many were trained in 2024") == set()


REPORT = """# 临江市红十字会2024年度工作报告

2025年1月20日

## 一、“三献”工作

全年实现遗体捐献15例，器官捐献38例，新增造血干细胞捐献志愿者入库1260人份。

## 二、组织建设

全市新建博爱家园12个，累计达到80个。

## 三、2025年工作打算

2025年力争新建博爱家园15个，新增持证救护员3000人。
""".encode()

UPDATE = """# 临江市红十字会2025年上半年工作进展

2025年7月10日

## 一、“三献”工作

说明：2024年遗体捐献数按年度核定口径调整为17例。2025年上半年实现遗体捐献9例，器官捐献20例。

## 二、组织建设

上半年新建博爱家园5个，累计达到85个。

2024年工作报告提出2025年力争新建博爱家园15个，年中调整为力争新建博爱家园20个。
""".encode()


@pytest.fixture(scope="module")
def periods_library(library_with):
    return library_with("periods", {"linjiang_2024_report.md": REPORT, "linjiang_2025_h1.md": UPDATE})


def test_a_year_the_question_names_is_answered_by_the_document_of_that_year(periods_library):
    service, ids = periods_library
    out = answer_json(service.ask("临江2024年遗体捐献多少例"))
    assert out["passages"][0]["doc"] == ids["linjiang_2024_report.md"]
    assert "15" in out["answer"]


def test_a_question_naming_no_year_is_not_moved(periods_library):
    service, ids = periods_library
    out = answer_json(service.ask("临江上半年遗体捐献多少例"))
    assert out["passages"][0]["doc"] == ids["linjiang_2025_h1.md"]


def test_a_year_that_names_the_report_holds_the_report_not_a_later_update_naming_the_plans_year(periods_library):
    service, ids = periods_library
    out = answer_json(service.ask("临江2024年报告说2025年力争新建博爱家园多少个"))
    assert out["passages"][0]["doc"] == ids["linjiang_2024_report.md"]
    assert "15" in out["answer"]


def test_a_year_written_only_as_the_reports_name_is_no_year_the_figures_count():
    from reportbot.index.retrieval.doc_periods import document_only_years

    assert document_only_years("绵阳第六次会代会 24年报告里计划啥时候开") == {2024}
    assert document_only_years("2024年的总结里2025年计划办多少场读书会") == {2024}
    assert document_only_years("what target did the 2023 report set") == {2023}
    assert document_only_years("2024年报告里2024年培训了多少人") == set()  # 2024 is also the figure's year
    assert document_only_years("2024年培训了多少人") == set()


def test_a_plan_under_next_years_heading_answers_a_question_naming_its_reports_year(periods_library):
    service, ids = periods_library
    out = answer_json(service.ask("临江24年报告里计划新增持证救护员多少人"))
    assert not out["abstained"]
    assert out["passages"][0]["doc"] == ids["linjiang_2024_report.md"]
    assert "3000" in out["answer"]
    # a year asked as the figures' own year still keeps the plan out: 2024's count is not 2025's target
    assert "3000" not in answer_json(service.ask("临江2024年新增持证救护员多少人"))["answer"]
