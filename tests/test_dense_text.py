"""A Chinese question that calls an English document by its English name: the dense side is asked without the name
(dense_text.py), so the passage that answers comes first, not the welcome line that repeats the name."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.dense_text import DocumentNames, dense_text

NAMES = DocumentNames.of(["Member Guide"], ["lakeshore_rescue_guide.md"],
                         ["Welcome to the Lakeshore Youth Rescue Corps (LYRC). Thank you for signing up."])

GUIDE = b"""# Member Guide

Welcome to the Lakeshore Youth Rescue Corps (LYRC). Thank you for signing up. The Lakeshore Youth Rescue Corps trains
young people to keep swimmers safe on the lake.

## Joining

Every new member must pass a swim test: 400 metres without stopping, then treading water for 5 minutes.

## Equipment

Each member receives a red rescue tube and a whistle. Lost equipment is replaced once for free.

## Shifts

Beach shifts run from 9 a.m. to 5 p.m. on weekends between June and September.
"""


def test_the_name_a_chinese_question_quotes_is_left_out():
    assert dense_text("Lakeshore Youth Rescue Corps 的游泳测试要游多少米", NAMES) == "的游泳测试要游多少米"
    assert dense_text("LYRC 周末几点上班", NAMES) == "周末几点上班"
    assert dense_text("lakeshore 救生队 哨子丢了怎么办", NAMES) == "救生队 哨子丢了怎么办"


def test_latin_words_that_name_no_document_stay():
    assert dense_text("LYRC whistle 是什么颜色", NAMES) == "whistle 是什么颜色"
    assert dense_text("救生员要会 CPR 吗", NAMES) == "救生员要会 CPR 吗"


def test_an_english_question_is_embedded_whole():
    text = "how far is the swim test for the Lakeshore Youth Rescue Corps"
    assert dense_text(text, NAMES) == text
    assert dense_text("does the Lakeshore Youth Rescue Corps have a 哨子", NAMES) == \
        "does the Lakeshore Youth Rescue Corps have a 哨子"


@pytest.fixture(scope="module")
def lakeshore(library_with):
    service, ids = library_with("lakeshore", {"lakeshore_rescue_guide.md": GUIDE})
    return service, ids["lakeshore_rescue_guide.md"]


@pytest.mark.parametrize("question, said", [
    ("Lakeshore Youth Rescue Corps 的游泳测试要游多少米", "400 metres"),
    ("LYRC 周末值班几点开始", "9 a.m."),
])
def test_a_chinese_question_finds_the_english_passage_that_answers(lakeshore, question, said):
    service, doc = lakeshore
    out = answer_json(service.ask(question))
    assert out["passages"][0]["doc"] == doc
    assert said in out["passages"][0]["text"]
