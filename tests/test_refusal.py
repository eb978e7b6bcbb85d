"""Refusals decided on the answer: the shipped logistic model over named signals (pure, no index)."""
from __future__ import annotations

import json

from reportbot.index.answering.refusal import MODEL_FILE, answers, load
from reportbot.index.answering.signals import FEATURES, Signals, constraints_found, typed_ok
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse


def signals(**kw) -> Signals:
    base = dict(coverage=0.8, coverage_en=0.0, dense=0.9, alignment=0.8, constraints=1.0, typed=1.0, known=1.0,
                english=0.0)
    return Signals(**{**base, **kw})


def test_a_well_supported_answer_is_given():
    assert answers(signals())


def test_a_count_whose_evidence_holds_no_figure_is_refused():
    q = analyse("去年驰援灾区一共派了多少名队员")
    clause = Span("按总会要求驰援灾区，救援队荣膺提名奖", 0, 18, "clause")
    assert typed_ok(q, clause) == 0.0
    assert not answers(signals(typed=typed_ok(q, clause)))
    assert typed_ok(q, Span("约1500名", 0, 7, "figure")) == 1.0


def test_a_year_or_place_the_evidence_lacks_is_refused():
    q = analyse("2015年募集了多少捐款")
    assert constraints_found(q, "五年来募集社会捐赠款物超5亿元") == 0.0
    assert not answers(signals(constraints=0.0))
    assert constraints_found(analyse("“一核两翼”指的是什么"), "实施“一核（党建引领）两翼”计划") == 1.0


def test_an_answer_that_repeats_the_question_is_no_answer():
    q = analyse("作者李华是啥职务")
    assert typed_ok(q, Span("李华", 0, 2, "header")) == 0.0


def test_model_file_says_what_it_was_fitted_on():
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert data["fitted_on"] and all("tune" in f["file"] for f in data["fitted_on"])
    assert len(load().weights) == len(FEATURES)
