"""A count's figure must count what the question counts, a person the question names must stand with the answer, a
when-question's answer must say a time (index/answering/counted_said.py, near.persons_placed, label_figure.py,
time_said.py): each near miss refused, its answerable twin still answered. Made-up sentences only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.counted_said import (
    counted_not_measured,
    counted_said,
    counted_word_zh,
    heads_counted,
)
from reportbot.index.answering.label_figure import label_checked
from reportbot.index.answering.near import persons_placed, role_placed
from reportbot.index.answering.spans import Span
from reportbot.index.answering.time_said import time_said
from reportbot.index.retrieval.counted import counted_unit
from reportbot.index.retrieval.query import analyse

REPORT = """丽水市红十字会2023年工作总结

一、救援队伍
全市红十字救援队全年出动约860次，调派队员紧急出勤超过3.2万人次，受益群众18万人次。

二、救护站点
全市新增配置AED 420台，累计配置达1350台。
""".encode()

TURNOUTS = "全市红十字救援队全年出动约860次，调派队员紧急出勤超过3.2万人次，受益群众18万人次。"
PEOPLE = "涌现出“最美救护员”叶春华，“最美志愿者”林晓、方明远，缙云红十字会工作者周海燕等一批先进典型。"


def span_of(sentence: str, text: str, source: str = "count") -> Span:
    start = sentence.index(text)
    return Span(text, start, start + len(text), source)


@pytest.fixture(scope="module")
def lishui(library_with):
    service, _ = library_with("counted", {"lishui_2023.txt": REPORT})
    return service


def test_a_count_of_a_thing_no_clause_counts_is_refused_and_its_twin_answered(lishui):
    # the sentence gives turnouts and beneficiaries in person-times, no blood donations
    near = answer_json(lishui.ask("丽水全市无偿献血多少人次"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(lishui.ask("丽水救援队受益群众多少人次"))
    assert not twin["abstained"] and "18万" in twin["answer"]


def test_a_total_clause_counts_what_the_clause_before_it_counts(lishui):
    # 累计配置达1350台 names no thing: it continues 新增配置AED 420台
    out = answer_json(lishui.ask("丽水累计配置AED多少台"))
    assert not out["abstained"] and "1350" in out["answer"]


def test_the_counted_thing_is_read_after_or_before_the_question_word():
    assert counted_word_zh("救援队一共有多少名队员") == "队员"
    assert counted_word_zh("基层组织建了多少个") == "基层组织"
    assert counted_word_zh("比例是多少") is None  # an attribute's value, no count of things


def test_the_figure_must_stand_with_the_counted_thing():
    q = analyse("丽水全市无偿献血多少人次")
    assert counted_said(q, TURNOUTS, span_of(TURNOUTS, "18万人次")) == 0.0
    twin = analyse("丽水救援队受益群众多少人次")
    assert counted_said(twin, TURNOUTS, span_of(TURNOUTS, "18万人次")) == 1.0


def test_members_counted_by_head_are_not_person_times():
    span = span_of(TURNOUTS, "超过3.2万人次")
    assert heads_counted(analyse("丽水救援队一共有多少名队员"), TURNOUTS, span) == 0.0
    assert heads_counted(analyse("丽水救援队党员队员有多少"), TURNOUTS, span) == 0.0
    # members asked with 多少人 are heads too; 多少人 of a crowd is counted either way
    assert heads_counted(analyse("丽水救援队队员一共多少人"), TURNOUTS, span) == 0.0
    assert heads_counted(analyse("丽水救援惠及多少人"), TURNOUTS, span) == 1.0
    assert heads_counted(analyse("调派队员紧急出勤超过多少人次"), TURNOUTS, span) == 1.0
    # a crowd is counted in visits: 多少人 said of beneficiaries is no contradiction
    assert heads_counted(analyse("惠及多少困难群众"), TURNOUTS, span_of(TURNOUTS, "18万人次")) == 1.0


def test_the_next_persons_place_does_not_answer_for_this_one():
    where = PEOPLE.index("缙云")
    assert persons_placed(analyse("林晓是哪个县的"), PEOPLE, where, where + 2) == 0.0
    assert persons_placed(analyse("周海燕是哪个县的红十字会工作者"), PEOPLE, where, where + 2) == 1.0


def test_a_byline_names_no_role_of_its_author():
    line = "砥砺前行谱新篇——丽水市红十字会“五大”以来工作综述 ■ 吴志成"
    at = line.index("“五大”")
    assert persons_placed(analyse("吴志成是什么职务"), line, at, at + 4) == 0.0


def test_a_number_that_names_something_counts_nothing():
    q = analyse("how many instructors does the course have")
    line = "Published by the Lakeview Training Centre, Edition 3, May 2024."
    assert label_checked(q, line, span_of(line, "3")) == 0.0
    address = "Contact: Lakeview Chapter, 42 Mill Street."
    assert label_checked(q, address, span_of(address, "42 Mill")) == 0.0
    counted = "The course has 3 instructors and 40 places."
    assert label_checked(q, counted, span_of(counted, "3")) == 1.0


def test_a_when_question_is_answered_by_a_time():
    q = analyse("what year was the old pier built")
    line = "The old pier can be visited from 9:00 AM to 5:00 PM."
    assert time_said(q, line, span_of(line, "9:00 AM to 5:00 PM")) == 0.0
    built = "The old pier was built in 1911."
    assert time_said(q, built, span_of(built, "1911")) == 1.0


def test_a_count_of_things_is_no_volume():
    line = "全年采血量4.2万升，献血人数达9.6万人次。"
    assert counted_not_measured(analyse("how many units of plasma were collected"), line,
                                span_of(line, "4.2万升")) == 0.0
    assert counted_not_measured(analyse("how many litres of blood were collected"), line,
                                span_of(line, "4.2万升")) == 1.0


def test_hours_are_a_counted_unit():
    assert counted_unit("how many volunteer hours were logged") == "小时"


def test_a_role_asked_by_name_stands_with_the_answer():
    team = "丽水红十字山地救援队全年执行搜救任务41次，队长王建国获评“最美救援人”。"
    where = team.index("全年执行搜救任务41次")
    assert role_placed(analyse("丽水山地救援队队长叫啥"), team, where, where + 10) == 0.0
    name = team.index("王建国")
    assert role_placed(analyse("丽水山地救援队队长叫啥"), team, name, name + 3) == 1.0


def test_a_house_number_is_no_time():
    q = analyse("临江医院的现场踏勘什么时候")
    line = "交货地点：临江市第一医院（临江市新华路27号）指定地点。"
    assert time_said(q, line, span_of(line, line.rstrip("。"))) == 0.0
    dated = "现场踏勘定于5月27号上午在临江市新华路27号进行。"
    assert time_said(q, dated, span_of(dated, "5月27号上午")) == 1.0
    english = "Deliveries go to 27 Harbour Front Road, gate B."
    assert time_said(analyse("when is the delivery"), english, span_of(english, "27 Harbour Front Road")) == 0.0


def test_a_day_after_a_word_ending_in_a_road_character_is_still_a_time():
    q = analyse("学生们什么时候回学校")
    # 里 inside a time or a place, 道 of a verb: a day
    for said in ("寒假里15号", "村里8号", "大家都知道12号", "通知上写道12号"):
        assert time_said(q, said, span_of(said, said)) == 1.0, said
    for address in ("幸福里3号", "人民大道8号", "王家村12号"):  # a lane's, a road's, a village's house number
        assert time_said(q, address, span_of(address, address)) == 0.0, address
