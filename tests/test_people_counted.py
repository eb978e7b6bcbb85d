"""An English count of things is not answered with a Chinese count of people (index/answering/people_counted.py):
"how many fire extinguishers were inspected" over a relief depot's report that gives the volunteers of its
inspection (参加检查的志愿者1420名) and no extinguishers is refused; its twin asking the volunteers is answered 1420名.
Nouns that name people (donors, staff, cardiac arrest patients, sales people) and nouns the dictionary lacks (AEDs)
keep their answers. Made-up documents only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.people_counted import counts_a_thing, heads_not_things
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse

REPORT = """# 临江市红十字会2025年工作简报
## 一、备灾仓库
临江市红十字备灾仓库年内完成消防安全检查，参加检查的志愿者1420名，整改隐患36处。
## 二、救护培训
全年开展应急救护普及培训，培训群众2.3万人次，持证救护员4100名。
## 三、人道救助
全年发放救助款物合计86万元。
""".encode()


def _span(sentence: str, answer: str) -> Span:
    at = sentence.find(answer)
    return Span(answer, at, at + len(answer), "clause")


def test_a_counted_noun_that_names_a_thing():
    assert counts_a_thing("how many fire extinguishers were inspected at the linjiang relief depot")
    assert counts_a_thing("how many cardiac arrests did linjiang volunteers save in 2025")
    assert counts_a_thing("how many township-level red cross branches are there")
    assert counts_a_thing("how many county-level red cross branches in linjiang set up party groups")  # in: no one
    assert not counts_a_thing("how many blood donors registered")  # 献血者: a person
    assert not counts_a_thing("how many staff work at the linjiang office")
    assert not counts_a_thing("how many cardiac arrest patients were saved in linjiang")  # patients name people
    assert not counts_a_thing("how many sales people did the company have")  # a person noun after the head
    assert not counts_a_thing("how many folks from linjiang were named good people")  # 乡下人: country folk
    assert not counts_a_thing("how many AEDs are in linjiang")  # a word the dictionary lacks: either
    assert not counts_a_thing("how many members does the team have")  # a unit noun: the unit checks'


def test_a_count_of_heads_answers_no_count_of_things():
    sentence = "临江市红十字备灾仓库年内完成消防安全检查，参加检查的志愿者1420名，整改隐患36处。"
    members = _span(sentence, "1420名")
    extinguishers = analyse("how many fire extinguishers were inspected at the linjiang relief depot")
    assert not heads_not_things(extinguishers, sentence, members)
    assert heads_not_things(analyse("how many members took part in the linjiang depot inspection"), sentence, members)
    assert heads_not_things(analyse("how many volunteers took part in the linjiang depot inspection"), sentence,
                            members)
    times = _span("全年无偿献血8.7万人次。", "8.7万人次")
    question = analyse("how many platelet doses were collected in linjiang")
    assert not heads_not_things(question, "全年无偿献血8.7万人次。", times)
    assert heads_not_things(analyse("how many blood donations (person times) in linjiang"), "全年无偿献血8.7万人次。",
                            times)  # the question names person-times
    assert heads_not_things(analyse("临江备灾仓库检查了多少个灭火器"), sentence, members)  # Chinese: counted_said's


@pytest.fixture(scope="module")
def linjiang(library_with):
    service, _ = library_with("people-counted", {"linjiang_relief_depot.md": REPORT})
    return service


def test_a_count_of_extinguishers_the_report_does_not_give_is_refused_and_the_volunteers_answered(linjiang):
    near = answer_json(linjiang.ask("how many fire extinguishers were inspected at the linjiang relief depot"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(linjiang.ask("how many volunteers took part in the linjiang relief depot inspection"))
    assert not twin["abstained"] and "1420" in twin["answer"]
