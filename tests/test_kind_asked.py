"""The answer is the kind of thing asked (index/answering/kind_asked.py): a role's holder asked by name is answered
by someone, not a quoted term; a person's job title by a role; a day asked by a day, not a year alone. Their twins,
asking what the answer is, are answered. Made-up sentences only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.kind_asked import (
    asks_person_by_role,
    person_given,
    place_given,
    role_noun_en,
    someone_not_street,
    time_not_phone,
)
from reportbot.index.answering.spans import Span
from reportbot.index.answering.time_said import day_given
from reportbot.index.retrieval.query import analyse

NOTICE = """# 青山区红十字会2025年工作要点

## 会员大会
青山区红十字会第三次会员代表大会将于2026年召开，届时选举产生新一届理事会。

## 宣讲活动
全年开展“一核两翼”主题宣讲42场，覆盖社区居民1.2万人次。
""".encode()


def _span(sentence: str, answer: str) -> Span:
    at = sentence.find(answer)
    return Span(answer, at, at + len(answer), "clause")


def test_role_nouns_are_read_from_the_dictionary():
    assert role_noun_en("president") and role_noun_en("secretaries") and role_noun_en("director")
    assert not role_noun_en("campaign") and not role_noun_en("platform") and not role_noun_en("newsletter")
    assert asks_person_by_role(analyse("what's the name of the branch president"))
    assert asks_person_by_role(analyse("what is the party secretary's name"))
    assert asks_person_by_role(analyse("青山区红十字会会长叫什么名字"))
    assert asks_person_by_role(analyse("李明华的职务是什么"))
    assert not asks_person_by_role(analyse("what's the name of the outreach campaign"))
    assert not asks_person_by_role(analyse("那个宣讲活动叫什么名字"))


def test_a_quoted_term_names_no_role_holder():
    sentence = "青山区红十字会深入开展“一核两翼”主题宣讲，会长带头讲党课。"
    quoted = _span(sentence, "“一核两翼”")
    assert not person_given(analyse("what's the name of the qingshan red cross president"), sentence, quoted)
    assert not person_given(analyse("李明华的职务是什么"), sentence, quoted)
    # the campaign's name is a quoted term; a person's name or a role answers the role's holder
    assert person_given(analyse("what's the name of the qingshan outreach campaign"), sentence, quoted)
    named = "青山区红十字会会长李明华带头讲党课。"
    assert person_given(analyse("青山区红十字会会长叫什么名字"), named, _span(named, "李明华"))
    assert person_given(analyse("李明华的职务是什么"), named, _span(named, "会长"))


def test_a_year_is_no_day():
    sentence = "第三次会员代表大会将于2026年召开。"
    year = _span(sentence, "2026年")
    assert not day_given(analyse("第三次会员代表大会哪天开"), sentence, year)
    assert not day_given(analyse("on what date will the third congress open"), sentence, year)
    assert day_given(analyse("第三次会员代表大会哪一年开"), sentence, year)
    assert day_given(analyse("第三次会员代表大会什么时候开"), sentence, year)  # when: a year may answer
    day = "第三次会员代表大会定于2026年3月16日召开。"
    assert day_given(analyse("第三次会员代表大会哪天开"), day, _span(day, "2026年3月16日"))


@pytest.fixture(scope="module")
def qingshan(library_with):
    service, _ = library_with("kind-asked", {"qingshan_plan.md": NOTICE})
    return service


def test_a_day_asked_of_a_year_is_refused_and_the_year_answered(qingshan):
    near = answer_json(qingshan.ask("青山区红十字会第三次会员代表大会哪天开"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(qingshan.ask("青山区红十字会第三次会员代表大会哪一年召开"))
    assert not twin["abstained"] and "2026" in twin["answer"]


def test_an_amount_is_no_place():
    row = "电瓶车在楼道内充电 — 罚款（元）：200；扣分：—"
    assert not place_given(analyse("电瓶车充电棚在哪"), row, _span(row, row))
    fee = "学员每人缴纳教材费60元，由所在单位列支"
    assert not place_given(analyse("青山诊所在哪里"), fee, _span(fee, fee))
    hall = "培训地点为青山区社区服务中心三楼。"
    assert place_given(analyse("青山培训在哪里上课"), hall, _span(hall, "青山区社区服务中心三楼"))
    assert place_given(analyse("青山培训多少钱"), fee, _span(fee, "60元"))  # not a where-question


def test_a_phone_number_is_no_time():
    line = "Volunteer Office: (415) 555-0123"
    assert not time_not_phone(analyse("volunteer office opening hours"), line, _span(line, line))
    phone = "0571-8765 4321"
    assert not time_not_phone(analyse("青山服务站开放时间"), f"服务站电话：{phone}", _span(phone, phone))
    hours = "Volunteer Office: Monday to Friday, 9:00 to 17:00; (415) 555-0123"
    assert time_not_phone(analyse("volunteer office opening hours"), hours, _span(hours, hours))
    assert time_not_phone(analyse("volunteer office phone number"), line, _span(line, line))  # a phone asked


def test_a_phone_of_two_groups_is_no_time_but_a_range_of_years_is_one():
    line = "Front desk: 555-0190."
    assert not time_not_phone(analyse("front desk opening hours"), line, _span(line, "555-0190"))
    years = "The pilot ran 2024-2025."
    assert time_not_phone(analyse("when did the pilot run"), years, _span(years, "2024-2025"))


def test_a_street_is_no_one():
    line = "The refresher is taught at the Elm Street clinic, 40 Larch Street."
    assert not someone_not_street(analyse("who teaches the refresher"), line, _span(line, "Larch Street"))
    assert someone_not_street(analyse("who teaches the refresher"), "Taught by Dana Reyes.", _span("x", "Dana Reyes"))
    assert someone_not_street(analyse("where is the refresher taught"), line, _span(line, "Larch Street"))
