"""A later update's look back at the year before (index/retrieval/look_back.py): a question that names the year, and
asks for no corrected, latest or planned figure, is answered by that year's own report."""
from __future__ import annotations

import numpy as np
import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.look_back import looking_back

STATED = [((2024, 2024),), ((2025, 2025),), (), ((2025, 2025),)]
KIN = np.array([0, 0, -1, -1])  # documents 0 and 1: one body's report and its update; 3: another body's


def test_only_a_later_document_of_the_body_whose_report_of_the_year_agrees_is_marked():
    docs, ok = np.array([1, 0, 2, 3, 1]), np.ones(5, bool)
    assert looking_back({2024}, STATED, KIN, docs, ok).tolist() == [True, False, False, False, True]
    # the report's candidate disagrees with the question: nothing to prefer
    assert not looking_back({2024}, STATED, KIN, docs, np.array([True, False, True, True, True])).any()
    # a year the update states, or none: not a look back
    assert not looking_back({2025}, STATED, KIN, docs, ok).any()
    assert not looking_back(set(), STATED, KIN, docs, ok).any()


REPORT = """# 松溪县红十字会2024年度工作报告

2025年1月18日

## 一、救护培训

全年培训持证救护员2100人，普及培训3.2万人次。

## 二、组织建设

全县新建博爱家园6个，累计建成博爱家园41个，覆盖全部乡镇。

## 三、2025年工作打算

2025年力争新建博爱家园8个。
""".encode()

UPDATE = """# 松溪县红十字会2025年上半年工作进展

2025年7月8日

## 一、2024年数据说明

经年度统计核定，2024年全县累计建成博爱家园39个，培训持证救护员2050人。

## 二、组织建设

上半年新建博爱家园3个，累计建成博爱家园42个。
""".encode()


@pytest.fixture(scope="module")
def songxi_library(library_with):
    return library_with("look_back", {"songxi_2024_report.md": REPORT, "songxi_2025_h1.md": UPDATE})


def test_a_year_named_without_a_revision_is_answered_by_that_years_report(songxi_library):
    service, ids = songxi_library
    out = answer_json(service.ask("松溪2024年累计建成博爱家园多少个"))
    assert out["passages"][0]["doc"] == ids["songxi_2024_report.md"]
    assert "41" in out["answer"]


def test_a_question_asking_the_corrected_figure_still_reads_the_update(songxi_library):
    service, ids = songxi_library
    out = answer_json(service.ask("松溪2024年累计建成博爱家园更正后是多少个"))
    assert out["passages"][0]["doc"] == ids["songxi_2025_h1.md"]


def test_a_question_asking_the_checked_figure_reads_the_update_over_the_years_report(songxi_library):
    # a check's state after it (核定以后) is a revision: the look back is what the question asks, not another period's
    service, ids = songxi_library
    out = answer_json(service.ask("松溪2024年累计建成博爱家园核定以后是多少个"))
    assert out["passages"][0]["doc"] == ids["songxi_2025_h1.md"]
