"""A question that says it wants a figure as corrected or finally set (更正后, 调整为, 最终; corrected, revised, final)
is about the later of one body's dated documents: a class of its own (index/retrieval/revision.py), apart from the
time words of the latest cue, with its own weight (``SearchTuning.revision_cue``, tools/fit_revision_cue.py)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from reportbot.index.retrieval.editions import asks_latest
from reportbot.index.retrieval.revision import asks_revised
from reportbot.index.retrieval.tuning import DEFAULT


@pytest.mark.parametrize("question", [
    "临江2024年AED配置数经更正后为多少台",   # a verb of revision, then 后: the state after it
    "临江的年度预算调整为多少",            # a verb of revision, then 为
    "临江的志愿者大会最终定在哪天",        # an adverb of finality
    "临江的年会最后改到几号开",            # a localizer of finality, not before a numeral
    "what is linjiang's corrected count of AEDs",
    "the revised budget for the linjiang shelter",
    "when was the linjiang assembly finally held",
])
def test_a_question_wanting_the_revised_figure_asks_the_later_document(question):
    assert asks_revised(question)


@pytest.mark.parametrize("question", [
    "临江2024年配置了多少台AED",
    "临江现在有几支救援队",                # a time word: the latest cue's, not this class
    "临江的条例最后一条讲什么",            # the last of a list: order, not revision
    "临江的AED到底放在哪里",               # 到底: a question's emphasis ("after all"), not a revision
    "临江修订了哪些制度",                  # what was revised, not the figure after it
    "临江的预算，不是最终的数字",          # negated
    "how many AEDs does linjiang have",
    "not the final figure, the first estimate",
])
def test_a_question_naming_no_revision_does_not(question):
    assert not asks_revised(question)


@pytest.mark.parametrize("question", [
    "临江2023年献血量复核后为多少",          # a check, then the state after it: the figure it left
    "临江去年救护培训人数审计以后是多少",    # a localizer of "after" (以后), not only 后
    "临江2023年募捐款物经核定的数额",        # a check that settled the figure ("audit and determine"), alone
    "临江红会决算里的募捐收入多少",          # the account as finally set ("final account")
    "临江年报的献血人数为什么和简报不符",    # a figure that disagrees with another: the later document says why
    "linjiang blood units after the verification",
    "is there a discrepancy in linjiang's shelter count",
    "linjiang's shelter figures don't match",
])
def test_a_question_wanting_the_checked_figure_asks_the_later_document(question):
    assert asks_revised(question)


@pytest.mark.parametrize("question", [
    "临江的年报由哪家会计师事务所审计",      # a check alone: who checked, not a figure it changed
    "临江志愿者报名多久审核通过",
    "临江2023年献血量，不是核定的数",        # negated
    "who audited linjiang's accounts",
    "when do linjiang teams check in",
])
def test_a_question_naming_a_check_alone_does_not(question):
    assert not asks_revised(question)


def test_the_classes_are_apart():
    assert not asks_latest("临江2024年AED配置数经更正后为多少台")
    assert not asks_revised("临江现在有几支救援队")


REPORT = """# 临江市红十字会2024年工作报告

## 一、应急救护

2024年，全市新增配置AED 320台，累计培训应急救护员1.2万名。

## 二、救援队伍

截至2024年底，全市红十字救援队累计达到21支，队员1260人。
""".encode()

BULLETIN = """# 临江市红十字会2025年工作简报

## 一、数据说明

经复核，2024年全市新增配置AED数由原报的320台更正为296台，差异系部分设备重复登记。

## 二、近期工作

2025年上半年，全市开展救护员培训4800人次。
""".encode()


@pytest.fixture(scope="module")
def report_and_bulletin(library_with):
    return library_with("revision_cue", {"linjiang_2024.md": REPORT, "linjiang_2025_bulletin.md": BULLETIN})


def _first_doc(pair, question: str, cue: float) -> str:
    from reportbot.index.library.registry import SEED
    from reportbot.index.retrieval.search import Searcher

    service, _ = pair
    primary = frozenset(r.id for r in service.library.documents() if r.added_by == SEED)
    s = Searcher(service.engine.index, service.embedder, replace(DEFAULT, revision_cue=cue), primary=primary)
    top = s.search(question, 1).top
    assert top is not None
    return top.paragraph.doc_id


@pytest.mark.parametrize("question", ["临江2024年新增AED调整后为多少台",
                                      "linjiang's revised number of new AEDs in 2024"])
def test_a_question_asking_the_revised_figure_is_answered_from_the_later_bulletin(report_and_bulletin, question):
    _, ids = report_and_bulletin
    assert _first_doc(report_and_bulletin, question, 0.3) == ids["linjiang_2025_bulletin.md"]
    # without the class's weight (as before it): the report, whose sentence says the question's words
    assert _first_doc(report_and_bulletin, question, 0.0) == ids["linjiang_2024.md"]
    # the same question without the revision's weight: the report's figure, written as the question words it
    assert _first_doc(report_and_bulletin, question.replace("调整后", "").replace("revised ", ""), 0.3) \
        == ids["linjiang_2024.md"]
