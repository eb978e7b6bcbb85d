"""What a question names that the evidence lacks, weighed by rarity (lacking.py). Made-up questions and texts in the
documents' style (none of the question sets' words or documents), with made-up idf tables."""
from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest
from reportbot.index.retrieval.query import analyse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from lacking import lacking, rarity, words  # noqa: E402

N = 1000  # passages the made-up idf was counted over
TOP = math.log(1 + (N + 0.5) / 0.5)
IDF = {"救援": 1.0, "出动": 2.0, "船": 6.0, "车辆": 5.5, "临江": 4.0, "次": 0.5}


def _idf(term: str) -> float:
    return IDF.get(term, 0.0)


def test_a_single_character_noun_is_a_word_of_the_question():
    found = [set(g) for g in words(analyse("这次救援出动了几艘船"))]
    assert {"船"} in found                                # jieba tags it a noun: weighed, not dropped
    assert not any("几艘" in g for g in found)            # the question word is none of its words


def test_a_rare_word_held_nowhere_lowers_both_values():
    q = analyse("临江救援出动了几艘船")
    lacks = lacking(q, "临江救援队出动了30人", _idf, N)
    assert lacks[0] == pytest.approx(1 - 6.0 / TOP)       # 船, the rarest word, is missing
    assert lacks[1] == pytest.approx(7.0 / 13.0)          # 临江, 救援, 出动 of 临江, 救援, 出动, 船 by idf
    assert lacking(q, "临江救援队出动了3艘船", _idf, N) == (1.0, 1.0)
    assert rarity({"船": 1.0}, _idf, TOP) == pytest.approx(6.0 / TOP)


def test_a_common_word_missing_weighs_less_than_a_rare_one():
    q = analyse("临江救援出动了几次车辆")
    common = lacking(q, "临江救援车辆出动", _idf, N, used_only=True)    # 次 missing
    rare = lacking(q, "临江救援出动了几次", _idf, N, used_only=True)     # 车辆 missing
    assert common[0] > rare[0] and common[1] > rare[1]


def test_a_word_no_passage_uses_counts_only_when_asked_to():
    q = analyse("临江救援出动了几艘气垫船")
    assert lacking(q, "临江救援出动", _idf, N)[0] == 0.0               # 气垫船: used nowhere, rarest possible
    assert lacking(q, "临江救援出动", _idf, N, used_only=True)[0] > 0.0  # left to the known signal


def test_an_english_word_is_held_in_english_text_by_its_stem():
    q = analyse("How many ships joined the rescue?")
    held = lacking(q, "Three ships joined the rescue effort.", lambda t: 3.0, N)
    assert held == (1.0, 1.0)
    assert lacking(q, "Three trucks joined the rescue effort.", lambda t: 3.0, N)[0] == pytest.approx(1 - 3.0 / TOP)


def test_a_question_without_words_lacks_nothing():
    assert lacking(analyse("多少"), "任何文字", _idf, N) == (1.0, 1.0)


def test_nouns_only_leaves_a_questions_colloquial_words_out():
    q = analyse("临江救援队现在一共有几艘船")
    assert any("现在" in g for g in words(q))                    # rare in documents, yet no thing named
    kept = [set(g) for g in words(q, nouns_only=True)]
    assert not any("现在" in g or "一共" in g for g in kept)
    assert {"船"} in kept and any("救援队" in g for g in kept)
    assert lacking(q, "临江救援队有船3艘", lambda t: 5.0, N, nouns_only=True) == (1.0, 1.0)
