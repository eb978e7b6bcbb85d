"""A who-question whose first passage names no one is answered from the second passage when that one names a person
beside the body asked about (unnamed_first.py, person_beside.py), and still refused when neither does or the
second's person heads something else."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.corpus.document import Paragraph
from reportbot.index.answering.person_beside import beside_asked
from reportbot.index.answering.spans import Span
from reportbot.index.answering.unnamed_first import one_further
from reportbot.index.retrieval.hits import Hit
from reportbot.index.retrieval.query import analyse

# made up: a city's rescue-team rules; an article says which office runs the teams (no person), a list names each
# team's head and the office's
RULES = """临川市红十字应急救援队管理办法

第一条　为规范本市红十字应急救援队的建设和管理，制定本办法。

第三条　救援队实行市红十字会统一管理、分队具体负责的管理体制，救援队的日常管理工作由市红十字会救护培训科负责，\
救护培训科承担队员招募、培训和调度。

第九条　队员每年参加复训不少于16学时。

附件：救援分队及负责人名单

东湖水上救援分队 — 负责人：许文涛；职务：队长；联系电话：0794-8821306
南岭山地搜救分队 — 负责人：余海燕；职务：队长；联系电话：0794-8821307
西津应急救护分队 — 负责人：彭立新；职务：队长；联系电话：0794-8821308
北山蓝天救援分队 — 负责人：邹晓梅；职务：副队长；联系电话：0794-8821309
金溪水上救援分队 — 负责人：付国强；职务：队长；联系电话：0794-8821310
崇仁山地搜救分队 — 负责人：饶春燕；职务：队长；联系电话：0794-8821311
市红十字会救护培训科 — 负责人：严志成；职务：科长；联系电话：0794-8821000
""".encode()


def _hit(row: int, text: str) -> Hit:
    return Hit(row, Paragraph("d", row, text, (text,)), 1.0 - row / 10, 0.8, 0.5, 0.5, [0.5])


def test_a_who_question_whose_first_passage_names_no_one_looks_at_the_second_when_it_names_someone():
    q = analyse("临川市红十字会救护培训科谁负责")
    hits = [_hit(1, "日常工作由市红十字会救护培训科承担。"),
            _hit(2, "市红十字会救护培训科 — 负责人：严志成；职务：科长"), _hit(3, "队员每年参加复训不少于16学时。")]
    assert [h.row for h in one_further(q, hits)] == [2, 1, 3]


def test_no_second_look_when_the_first_names_someone_the_second_no_one_or_the_question_asks_no_person():
    who = analyse("临川市红十字会救护培训科谁负责")
    named = _hit(1, "市红十字会救护培训科科长严志成主持会议。")
    unnamed = _hit(2, "日常工作由市红十字会救护培训科承担。")
    assert one_further(who, [named, _hit(2, "东湖水上救援分队 — 负责人：许文涛")]) is None
    assert one_further(who, [unnamed, _hit(3, "队员每年参加复训不少于16学时。")]) is None
    phone = _hit(3, "负责人：严志成；联系电话：0794-8821000")
    assert one_further(analyse("救护培训科的电话是多少"), [unnamed, phone]) is None


def _named(sentence: str, name: str) -> Span:
    at = sentence.find(name)
    return Span(name, at, at + len(name), "name")


def test_the_person_answered_stands_beside_the_body_asked_about():
    q = analyse("临川市红十字会救护培训科谁负责")
    row = "市红十字会救护培训科 — 负责人：严志成；职务：科长"  # the office and its head in one row
    assert beside_asked(q, row, _named(row, "严志成"))
    other = "东湖水上救援分队 — 负责人：许文涛；职务：队长"  # a team's head: nothing of the office in the row
    assert not beside_asked(q, other, _named(other, "许文涛"))
    roll = "涌现出湖州红十字会工作者吴飞娜，东湖水上救援分队队长许文涛等一批优秀党员"  # a roll call: each name's clause
    assert not beside_asked(q, roll, _named(roll, "吴飞娜"))


def test_an_answer_made_of_the_questions_own_words_names_no_one():
    q = analyse("临川蓝天救援队队长是谁")
    sentence = "涌现出临川蓝天救援队队长程远等一大批优秀党员"
    assert beside_asked(q, sentence, _named(sentence, "程远"))
    assert not beside_asked(q, sentence, _named(sentence, "临川蓝天救援队"))


@pytest.fixture(scope="module")
def linchuan(library_with):
    service, _ = library_with("linchuan", {"linchuan_rescue_team_rules.txt": RULES})
    return service


def test_who_heads_the_office_is_answered_from_the_list_that_names_its_head(linchuan):
    # the article saying what the office does ranks first and names no one; the list naming its head is second
    out = answer_json(linchuan.ask("临川红十字会救护培训科的负责人是谁"))
    assert not out["abstained"]
    assert out["answer"] == "严志成"
    assert "严志成" in out["passages"][0]["text"]


# made up: a community centre's course notice; the department that co-hosts is named in the header line, the person
# in charge below it is the course's director
NOTICE = """临川社区急救课程报名通知

主办：临川社区服务中心　协办：临川红十字会急救培训部　发布日期：2026年6月22日

地址：临川大道38号社区服务中心地下
电话：0794-2852341
负责人：课程主任梁思敏老师
办公时间：星期一至六上午9:00至晚上8:00

课程费用每人120元，含教材及证书费。
""".encode()


@pytest.fixture(scope="module")
def notice(library_with):
    service, _ = library_with("notice", {"linchuan_course_notice.txt": NOTICE})
    return service


def test_a_person_in_the_second_passage_who_heads_something_else_does_not_answer(notice):
    # the header naming the department ranks first and names no one; the contact block second names the course's
    # director (负责人：课程主任梁思敏), whose clause says nothing of the department asked about
    out = answer_json(notice.ask("临川红十字会急救培训部主任是谁"))
    assert out["abstained"]
    assert out["answer"] == ""
