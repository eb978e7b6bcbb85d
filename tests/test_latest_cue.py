"""A question that says it wants the present state (a time word of the present or the newest: 现在, 目前, 今年, now,
latest) is about the latest of one body's dated documents (index/retrieval/editions.py: asks_latest, Editions.newer
over kin)."""
from __future__ import annotations

import numpy as np
import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.editions import Editions, asks_latest


@pytest.mark.parametrize("question", [
    "临江现在有几支救援队",           # a time word: now
    "临江目前登记了多少名志愿者",      # at the present time
    "临江今年新建了几支救援队",        # this year
    "how many rescue teams does linjiang have now",
    "the latest count of volunteers in linjiang",
    "linjiang's current number of blood donors",
])
def test_a_question_wanting_the_present_state_asks_the_latest(question):
    assert asks_latest(question)


@pytest.mark.parametrize("question", [
    "临江2024年有几支救援队",
    "临江五年来修订了多少项制度",      # a verb: what was revised, not the corrected figure
    "how many rescue teams did linjiang have in 2024",
    "what does the nowcast say",       # a word that holds "now" is not the word
    "linjiang's volunteers, not the latest count",  # the state it wants is not the latest
    "临江的献血人数，不是最新的数字",
    # words of order, revision or a span up to now name no moment: the final or cumulative figure is any report's
    "临江的年会最后定在哪天开",        # a localizer: final
    "临江2024年献血人次更正后是多少",  # an adverb: correct
    "临江至今建了多少支救援队",        # so far
    "linjiang's corrected 2024 figure for donations",
    "where is the linjiang final held",
    "how many blood donors has linjiang recruited so far",
])
def test_a_question_naming_no_present_state_does_not(question):
    assert not asks_latest(question)


def test_the_latest_of_one_bodys_documents_is_lifted_only_over_its_kin():
    # a report and its progress update of one body: kin, not one title's editions
    e = Editions(["临江市红十字会2024年工作报告", "临江市红十字会2025年1—9月工作进展"])
    docs = np.array([0, 1, 0])
    assert e.newer(docs, 0).tolist() == [False, False, False]
    assert e.newer(docs, 0, kin=True).tolist() == [False, True, False]
    assert e.newer(docs, 1, kin=True).tolist() == [False, False, False]  # the latest first already


REPORT = """# 临江市红十字会2024年工作报告

## 一、救援队伍建设

截至2024年底，全市红十字救援队累计达到21支，队员1260人，其中18支建立了党支部。

## 二、应急救护

2024年，全市开展应急救护普及培训6.3万人次，新增AED 320台。
""".encode()

UPDATE = """# 临江市红十字会2025年1—9月工作进展

## 一、队伍建设

1—9月，新组建山地、水上应急救援队伍5支，全市救援队伍增至26支，队员1580人。

## 二、应急救护

1—9月，全市开展应急救护普及培训5.1万人次，新增AED 210台。
""".encode()


@pytest.fixture(scope="module")
def report_and_update(library_with):
    return library_with("latest_cue", {"linjiang_2024.md": REPORT, "linjiang_2025_q3.md": UPDATE})


@pytest.mark.parametrize("question", ["临江红十字救援队现在有多少支", "how many rescue teams does linjiang have now"])
def test_a_question_asking_the_present_count_is_answered_by_the_later_update(report_and_update, question):
    # the report words it as the question does (红十字救援队); the update's figure is the present one
    service, ids = report_and_update
    out = answer_json(service.ask(question))
    assert out["passages"][0]["doc"] == ids["linjiang_2025_q3.md"]
    assert "26支" in out["answer"]


def test_a_question_naming_the_reports_year_is_still_answered_by_the_report(report_and_update):
    service, ids = report_and_update
    out = answer_json(service.ask("临江2024年底红十字救援队累计多少支"))
    assert out["passages"][0]["doc"] == ids["linjiang_2024.md"]
    assert "21支" in out["answer"]
