"""A question naming the first three quarters (前三季度, 1至9月, jan-sep) is about the progress report to September
that names them in its title, not about the annual report of the year before, whose figures it may restate
(index/retrieval/periods.py)."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.context import agrees
from reportbot.index.retrieval.periods import period_constraints

REPORT = """# 临江市红十字会2024年度工作报告

2025年1月20日

## 一、组织建设

截至2024年底，全市共有红十字救援队14支。全年新建博爱家园12个，累计达到80个。

## 二、人道救助

全年走访慰问困难群众3200户，发放救助款物折合186万元。
""".encode()

PROGRESS = """# 临江市红十字会2025年前三季度重点工作进展情况

2025年10月14日

## 一、组织建设

经复核，2024年底全市红十字救援队为15支。新建博爱家园9个，累计达到89个。

## 二、人道救助

走访慰问困难群众2100户，发放救助款物折合120万元。
""".encode()


def test_the_first_three_quarters_are_one_part_of_the_year_written_in_several_ways():
    for question in ("前三季度通报里说2024年底有几支救援队", "临江1至9月新建博爱家园多少个",
                     "how many homes were built jan-sep 2025", "figures for the first three quarters"):
        asked = period_constraints(question)
        assert agrees(asked, "临江市红十字会2025年前三季度重点工作进展情况 新建博爱家园9个。"), question
        assert agrees(asked, "绵阳市红十字会2025年1—9月重点工作进展情况 新建博爱家园9个。"), question
        assert not agrees(asked, "临江市红十字会2024年度工作报告 全年新建博爱家园12个。"), question
    assert not agrees(period_constraints("第三季度新建博爱家园多少个"), "前三季度新建博爱家园9个。")


@pytest.fixture(scope="module")
def quarters_library(library_with):
    return library_with("quarters", {"linjiang_2024_report.md": REPORT, "linjiang_2025_q3.md": PROGRESS})


def test_the_progress_reports_restated_year_end_figure_is_its_own(quarters_library):
    service, ids = quarters_library
    out = answer_json(service.ask("前三季度通报里说2024年底临江救援队有几支"))
    assert out["passages"][0]["doc"] == ids["linjiang_2025_q3.md"]
    assert "15" in out["answer"]


def test_a_months_span_names_the_progress_report(quarters_library):
    service, ids = quarters_library
    out = answer_json(service.ask("临江1至9月走访慰问困难群众多少户"))
    assert out["passages"][0]["doc"] == ids["linjiang_2025_q3.md"]
    assert "2100" in out["answer"]
