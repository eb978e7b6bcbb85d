"""A count of people asked (有几人报名) is not answered by a count of cases (完成角膜捐献2例): the unit after the
figure has CC-CEDICT's sense "case" (index/answering/dimension_said.py). Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.dimension_said import answered_cases
from reportbot.index.answering.spans import Span

PROGRESS = """临江县红十字会2031年1—9月工作进展

一、“三献”工作
1—9月无偿献血2.7万人次；造血干细胞入库860人份，实现捐献5例；实现角膜捐献6例、遗体捐献2例。

二、人道救助
1—9月募集社会捐赠款物1,130万元。
""".encode()


@pytest.fixture(scope="module")
def progress(library_with):
    return library_with("casespeople", {"linjiang_redcross_2031_progress.txt": PROGRESS})


def test_people_who_signed_up_asked_of_cases_is_refused(progress):
    service, _ = progress
    out = answer_json(service.ask("临江县2031年有几个人登记了遗体捐献"))
    assert out["abstained"], out["answer"]


def test_the_cases_asked_are_answered(progress):
    service, _ = progress
    out = answer_json(service.ask("临江县的角膜捐献2031年完成了几例"))
    assert not out["abstained"] and "6例" in out["answer"], out["answer"]


def test_a_count_of_cases_by_its_unit():
    line = "实现角膜捐献6例、遗体捐献2例"
    at = line.index("6例")
    assert answered_cases(Span("6例", at, at + 2, "figure"))
    assert answered_cases(Span("3宗", 0, 2, "figure"))  # 宗: "classifier for … cases (medical or legal)"
    assert not answered_cases(Span("860人份", 0, 5, "figure")) and not answered_cases(Span("2.7万人次", 0, 6, "figure"))
