"""A summary table with a column per year and the prose that states the asked year's figure: the prose answers.

The table's other column (next year's target) gives its figure in the measure the question names (230场次 for a
question on 场次); that alone does not make its figure asked, so the prose that states this year's figure goes first.
"""
from __future__ import annotations

import pytest

DOC = """# 青溪县应急志愿服务队2025年工作总结

## 一、水上救援

2025年，青溪县应急志愿服务队全年开展水上救援培训212场次，培训队员3680人次，均创历史新高。全年出动救援任务46次，转移群众1300余人。

## 二、社区宣讲

服务队深入全县18个乡镇开展防溺水宣讲，覆盖中小学生4.2万人次，发放宣传资料6万余份。

## 三、主要指标

| 指标 | 2025年完成 | 2026年目标 |
| --- | --- | --- |
| 水上救援培训（场次） | 212场次 | 230场次 |
| 培训队员（人次） | 3680人次 | 4000人次 |
| 防溺水宣讲覆盖（人次） | 4.2万人次 | 5万人次 |
"""


@pytest.fixture(scope="module")
def library(library_with):
    svc, _ = library_with("table_columns", {"qingxi.md": DOC.encode()})
    return svc


@pytest.mark.parametrize("question, figure, other", [("青溪2025年水上救援培训多少场次", "212", "230"),
                                                     ("青溪25年防溺水宣讲覆盖多少人次", "4.2万", "5万")])
def test_the_prose_stating_the_asked_years_figure_goes_before_the_table(library, question, figure, other):
    answer = library.ask(question)
    first = answer.hits[0].paragraph
    assert first.kind == "text" and figure in first.text
    assert not answer.abstained and figure in answer.answer and other not in answer.answer
