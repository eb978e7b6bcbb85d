"""Right answers the checks after the model refused, kept: a rare name written right after the role asked names its
holder (队长普华明); a change year on year is the change of the thing before 同比 (总支出同比增长多少), not of a thing
called 同比; an English verb that gives a count says what its figure counts (volunteers now number 63). Their near
misses stay refused. Made-up documents only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json

REVIEW = """# 青山区红十字会2025年工作回顾

## 队伍建设
涌现出全国“最美救护员”李红梅，“最美志愿者”杨建国、和丽娟，昭阳红十字会工作者马永福，青山红十字救援队队长普华明等一大批优秀红十字党员。

## 财务情况
2025年，青山区红十字基金会总收入4,012.5万元；总支出3,526.8万元，较上年增长6.6%。
""".encode()

PANTRY = b"""# Millbrook Pantry Volunteer Update, Autumn 2025

## Volunteers
Active volunteers now number 63; 11 new volunteers joined over the summer.
"""


@pytest.fixture(scope="module")
def qingshan(library_with):
    service, _ = library_with("right-kept32", {"qingshan_review.md": REVIEW, "millbrook_pantry.md": PANTRY})
    return service


def test_a_rare_name_written_after_the_role_asked_is_its_holder(qingshan):
    right = answer_json(qingshan.ask("青山救援队的队长叫啥"))
    assert not right["abstained"] and right["answer"] == "普华明"
    near = answer_json(qingshan.ask("青山救援队的副队长叫啥"))
    assert near["abstained"]


def test_a_change_year_on_year_is_the_change_of_the_thing_before_it(qingshan):
    right = answer_json(qingshan.ask("青山区红十字基金会2025年总支出同比增长多少"))
    assert not right["abstained"] and "6.6%" in right["answer"]


def test_a_count_its_verb_gives_is_answered(qingshan):
    right = answer_json(qingshan.ask("how many volunteers are active at the millbrook pantry now"))
    assert not right["abstained"] and right["answer"].startswith("63")



