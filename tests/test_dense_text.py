"""A Chinese question that calls an English document by its English name: the dense side is asked without the name
(dense_text.py), so the passage that answers comes first, not the welcome line that repeats the name."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.dense_text import DocumentNames, dense_text

# document 0: the lake corps' guide; document 1: a first aid handbook, whose file name holds a common word
NAMES = DocumentNames.of(["Member Guide", "Field Handbook"], ["lakeshore_rescue_guide.md", "cpr_handbook.html"],
                         ["Welcome to the Lakeshore Youth Rescue Corps (LYRC). Thank you for signing up.", ""])
WRITTEN = {"lakeshore": {0}, "youth": {0}, "rescue": {0, 1}, "corps": {0}, "lyrc": {0}, "cpr": {0, 1},
           "whistle": {0}}


def free(text: str) -> str:
    return dense_text(text, NAMES, lambda w: frozenset(WRITTEN.get(w, ())))[0]

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
    assert dense_text("LYRC 周末几点上班", NAMES, lambda w: frozenset(WRITTEN.get(w, ()))) == ("周末几点上班", {0})
    assert free("Lakeshore Youth Rescue Corps 的新队员游泳测试要游多少米呢") == "的新队员游泳测试要游多少米呢"
    assert free("lakeshore 救生队 哨子丢了怎么办") == "救生队 哨子丢了怎么办"


def test_latin_words_that_name_no_document_stay():
    assert free("LYRC whistle 是什么颜色") == "whistle 是什么颜色"
    # a file name's common word, written in other documents too, is what is asked, not a name
    assert free("救生员要会 CPR 吗") == "救生员要会 CPR 吗"


def test_an_english_question_is_embedded_whole():
    text = "how far is the swim test for the Lakeshore Youth Rescue Corps"
    assert free(text) == text
    mixed_in = "does the Lakeshore Youth Rescue Corps have a 哨子"
    assert free(mixed_in) == mixed_in


@pytest.fixture(scope="module")
def lakeshore(library_with):
    service, ids = library_with("lakeshore", {"lakeshore_rescue_guide.md": GUIDE})
    return service, ids["lakeshore_rescue_guide.md"]


@pytest.mark.parametrize("question, said", [
    ("LYRC 丢了装备怎么办", "Lost equipment"),
    ("LYRC 新队员要通过什么测试", "400 metres"),
])
def test_a_chinese_question_finds_the_english_passage_that_answers(lakeshore, question, said):
    service, doc = lakeshore
    out = answer_json(service.ask(question))
    assert out["passages"][0]["doc"] == doc
    assert said in out["passages"][0]["text"]
