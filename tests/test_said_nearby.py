"""A question may name its thing by another word than its passage's (a word of the passage that shares a character
with it and means the same); a near miss names a thing its passage says only a part of. Made-up words and vectors
(the engine's embedder is not asked here)."""
from __future__ import annotations

import numpy as np
import pytest
from reportbot.index.answering.unsaid import other_form_candidates, said_nearby

# made-up unit vectors: 山火 and 林火 close (cos .96), 山火 and 山区 apart
VECTORS = {"山火": (1.0, 0.0, 0.0), "林火": (0.96, 0.28, 0.0), "山区": (0.0, 1.0, 0.0), "冰雹": (0.0, 0.0, 1.0)}


def _vectors(calls: list):
    def encode(words: list[str]) -> np.ndarray:
        calls.append(list(words))
        return np.array([VECTORS[w] for w in words], np.float32)
    return encode


def test_the_candidates_share_a_character_and_are_no_part_of_the_word():
    words = ["林火", "山区", "消防", "火", "火灾", "森林"]
    assert other_form_candidates("山火", words) == ["林火", "山区", "火灾"]  # not 消防 (no character), 火 (one)
    # 林火, 火灾, 森林 are parts of it (a part lacks what a near miss names); 山火 is another form
    assert other_form_candidates("森林火灾", [*words, "山火"]) == ["山火"]


def test_a_word_is_said_nearby_when_a_candidate_is_close_enough_in_one_call():
    calls: list = []
    assert said_nearby(["山火"], ["林火", "山区"], _vectors(calls), least=0.9)
    assert len(calls) == 1 and calls[0][0] == "山火"
    assert not said_nearby(["山火"], ["山区"], _vectors([]), least=0.9)     # a neighbour, not the thing
    assert not said_nearby(["山火", "冰雹"], ["林火"], _vectors([]), least=0.9)  # every unsaid word must be found
    calls = []
    assert not said_nearby(["冰雹"], ["林火", "山区"], _vectors(calls), least=0.9)
    assert calls == []                                                       # no candidate: nothing embedded


REPORT = """临江市青年驿站2025年运营简报

2025年，青年驿站为来临江求职的高校毕业生提供免费住宿，全年接待1860人次。

驿站夏季开放时间为每日8:00至22:00，节假日照常开放。

驿站周边合租公寓的租金为每月900元，其中一半由驿站补贴。
"""


@pytest.fixture(scope="module")
def library(library_with):
    svc, _ = library_with("nearby", {"qingnian.txt": REPORT.encode()})
    return svc


def test_a_thing_named_by_the_passages_other_word_is_answered_and_a_neighbour_refused(library):
    # 房租: the report writes 租金 (one character shared, close in the embedder): the thing asked, said otherwise
    assert library.ask("临江青年驿站周边公寓的房租是多少").answer == "900元"
    # 押金: the deposit, which the report never gives; 租金 shares a character but is another payment
    assert library.ask("临江青年驿站周边公寓的押金是多少").abstained
