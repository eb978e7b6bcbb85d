"""A word of the question that names a document (a body, a place) said nowhere in the answer's document: the question
is about another body, and is refused (index/answering/held.py, ``naming_said``). Made-up documents only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.held import naming_said
from reportbot.index.retrieval.query import analyse

QINGSHAN = """# 青山区志愿者协会服务手册

## 培训
新志愿者须参加核心培训，培训费每人120元，由协会统一收取。培训合格后发放志愿者证，有效期三年。
""".encode()
HOSPITAL = """# 青山区人民医院志愿服务指南

## 服务时间
医院志愿服务站每周六上午开放，志愿者每月至少服务4小时。
""".encode()


def test_a_name_of_another_document_said_nowhere_in_the_answers_document_fails():
    names = {"湖畔", "湖畔社区", "青山区", "青山"}.__contains__
    doc = QINGSHAN.decode()
    assert not naming_said(analyse("湖畔社区志愿者核心培训多少钱"), doc, frozenset(), True, names)
    assert naming_said(analyse("青山区志愿者核心培训多少钱"), doc, frozenset(), True, names)
    assert naming_said(analyse("志愿者核心培训多少钱"), doc, frozenset(), True, names)  # no document named
    english = "Lakeshore Volunteer Guide\nThe core training costs $40 per volunteer."
    stems = frozenset({"lakeshor", "volunt", "guid", "the", "core", "train", "cost", "per"})
    en_names = {"lakeshor", "northgat"}.__contains__
    assert not naming_said(analyse("how much is the northgate core training"), english, stems, False, en_names)
    assert naming_said(analyse("how much is the lakeshore core training"), english, stems, False, en_names)


NORTHGATE = b"""# Northgate Volunteer Handbook

## Training
Every new volunteer attends the core training. The core training fee is $40 per volunteer, paid at sign-up.
"""
EASTBROOK = b"""# Eastbrook Hospital Volunteer Guide

## Shifts
Volunteers at Eastbrook Hospital serve one four-hour shift a week on the wards.
"""


@pytest.fixture(scope="module")
def two_bodies(library_with):
    service, _ = library_with("naming-said", {"qingshan_handbook.md": QINGSHAN, "hospital_guide.md": HOSPITAL,
                                              "northgate_handbook.md": NORTHGATE, "eastbrook_guide.md": EASTBROOK})
    return service


def test_another_bodys_fee_is_refused_and_the_bodys_own_answered(two_bodies):
    near = answer_json(two_bodies.ask("青山区人民医院的志愿者核心培训费多少钱"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(two_bodies.ask("青山区志愿者协会的核心培训费多少钱"))
    assert not twin["abstained"] and "120" in twin["answer"]


def test_another_bodys_fee_in_english_is_refused_and_the_bodys_own_answered(two_bodies):
    near = answer_json(two_bodies.ask("how much is the core training fee at eastbrook"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(two_bodies.ask("how much is the core training fee at northgate"))
    assert not twin["abstained"] and "40" in twin["answer"]
