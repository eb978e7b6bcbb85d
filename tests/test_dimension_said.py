"""A figure that measures another dimension than the question asks is no answer (index/answering/dimension_said.py):
a weight answered in litres, points in yuan, a duration in times; its twin, asking the measure given, is answered.
Made-up sentences only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.dimension_said import answered_dimension, asked_measure, dimension_said, unit_named
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse

RULES = """# 青山花园停车管理办法

## 违规处理
在消防通道停车的，罚款200元，并暂停月卡一个月。

## 应急物资
每户应急包建议备3公升饮用水，每半年检查一次。
""".encode()


def _said(question: str, sentence: str, answer: str) -> bool:
    at = sentence.find(answer)
    return dimension_said(analyse(question), sentence, Span(answer, at, at + len(answer), "figure"))


def test_the_dimension_asked_and_the_dimension_given_are_read():
    assert asked_measure(analyse("应急包多重比较合适")) == "weight"
    assert asked_measure(analyse("消防通道停车扣几分")) == "points"
    assert asked_measure(analyse("献血后要隔多久才能再献")) == "time"
    assert asked_measure(analyse("how heavy should the emergency bag be")) == "weight"
    assert asked_measure(analyse("消防通道停车扣几分钟")) != "points"  # minutes, not points
    assert answered_dimension("3公升") == "volume"
    assert answered_dimension("200元") == "money"
    assert answered_dimension("up to 8 hours") == "time"
    assert answered_dimension("$45") == "money"
    assert answered_dimension("每半年") is None  # no figure: nothing to weigh


def test_a_figure_in_another_dimension_is_no_answer():
    fine = "在消防通道停车的，罚款200元，并暂停月卡一个月。"
    assert not _said("消防通道停车扣几分", fine, "200元")
    assert _said("消防通道停车罚多少钱", fine, "200元")
    water = "每户应急包建议备3公升饮用水，每半年检查一次。"
    assert not _said("应急包多重比较合适", water, "3公升")
    assert _said("应急包要备多少公升水", water, "3公升")
    assert not _said("应急包多久检查一次", "每年检查3次。", "3次")
    # a unit named after "in" is the one the figure is asked in
    drive = "全年采集全血8,200单位，合计3.1吨，新增骨髓捐献志愿者入库1,940人份。"
    assert not _said("kelmore blood collected in 2030 in litres", drive, "1,940人份")
    assert _said("kelmore blood collected in 2030 in tonnes", drive, "3.1吨")
    # dimensions read as one: people in person-times, points as a share; a measure not named is not weighed
    assert _said("how many people did the drive reach", "全年服务群众2万人次。", "2万人次")
    assert _said("技能考试几分及格", "考试成绩达80%为合格。", "80%")
    assert _said("停车场有多少车位", "停车场设有120个车位。", "120个")
    assert _said("急救平均响应时间缩短到多久", "平均响应时间缩短至3分40秒。", "3分40秒")  # 分: a minute too


def _named(question: str, sentence: str, answer: str, source: str = "figure") -> bool:
    at = sentence.find(answer)
    return unit_named(analyse(question), sentence, Span(answer, at, at + len(answer), source))


def test_a_bare_figure_nothing_measures_does_not_answer_a_count_that_names_its_measure():
    hotline = "答：义工热线：3456 7890（星期一至五上午9时至下午6时）。"
    assert not _named("青山义工队有多少名义工", hotline, "3456")  # a phone number's first group
    assert not _named("复训课程要多少小时", "附件：1. 课程大纲 2. 考核评分表", "2")  # a list's numbering
    assert not _named("基金会投资回报率是多少", "投资收益 — 2025年（万元）：86.4", "86.4")  # the label gives money
    # the figure's unit or thing follows it, the label gives the asked measure, a table cell, no measure named
    assert _named("how many volunteers came to the cleanup", "The cleanup on 4 May drew 31 volunteers.", "31")
    assert _named("how many hours is the first responder course", "Attend a 12-hour first responder course.", "12")
    assert _named("捐赠收入多少元", "捐赠收入 — 2025年（元）：5,200", "5,200")
    assert _named("青山义工队有多少名义工", "义工人数：412", "412", "cell")
    assert _named("热线是多少", hotline, "3456")
    assert _named("这个通知被浏览了多少次", "发布时间：2025年3月1日　浏览次数：1875", "1875")  # the label names it


@pytest.fixture(scope="module")
def parking(library_with):
    service, _ = library_with("dimension-said", {"qingshan_parking.md": RULES})
    return service


def test_points_asked_of_a_fine_are_refused_and_the_fine_answered(parking):
    near = answer_json(parking.ask("青山花园在消防通道停车扣几分"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(parking.ask("青山花园在消防通道停车罚款多少钱"))
    assert not twin["abstained"] and "200" in twin["answer"]
