"""A passage not in the question's language gets the keyword weight fitted for that language pair
(``tools/fit_fusion.py --cross``): across languages e5 tells a document's passages apart by less than the keyword
side does, so an English question over a Chinese report is answered from the passage that says what it asks (made-up
documents; an embedder whose cosines the test sets). The weight refitted on the finding sets (0.975, rank-53) keeps
that passage first even where e5 puts it below every other candidate of the report."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.fusion import cross_weights
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.tuning import DEFAULT
from reportbot.testing.fakes import HashEmbedder, first_text

REPORT = """星海市登山协会2025年工作总结

全年新建登山救援队6支，开展山地救援演练40次。

协会现有注册会员820名，会员活动丰富多彩，全年组织登山活动120次。
"""
HANDBOOK = """# Volunteer Handbook

## Joining

Volunteers sign up online and attend one training day before their first shift.
"""
QUESTION = "How many teams for mountain rescue were set up?"


class Pinned(HashEmbedder):
    """The question on one axis; the members' passage close to it, the rescue teams' passage far (e5 across
    languages can be that wrong), everything else orthogonal."""

    def _one(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, np.float32)
        if text.startswith("How"):
            v[0] = 1
        elif "会员" in text:
            v[0], v[1] = 0.9, (1 - 0.9 ** 2) ** 0.5
        elif "救援队" in text:
            v[0], v[2] = 0.1, (1 - 0.1 ** 2) ** 0.5
        else:
            v[3] = 1
        return v


class Farther(Pinned):
    """As ``Pinned``, but the rescue teams' passage turned away from the question, below the handbook's unrelated
    passage."""

    def _one(self, text: str) -> np.ndarray:
        v = super()._one(text)
        if "救援队" in text and not text.startswith("How"):
            v[:] = 0
            v[0], v[2] = -0.2, (1 - 0.2 ** 2) ** 0.5
        return v


def _built(tmp_path_factory, emb):
    docs = [parse_text(REPORT, "report.txt"), parse_text(HANDBOOK, "handbook.md")]
    return PassageIndex.build(docs, emb, tmp_path_factory.mktemp("cross") / "ix"), emb, docs


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return _built(tmp_path_factory, Pinned())


@pytest.fixture(scope="module")
def built_far(tmp_path_factory):
    return _built(tmp_path_factory, Farther())


def _first(built, tuning) -> str:
    index, emb, docs = built
    return first_text(index, emb, tuning, QUESTION, docs[0].doc_id)


def test_an_english_question_over_a_chinese_report_is_answered_from_the_passage_saying_its_words(built):
    assert "救援队6支" in _first(built, DEFAULT)
    # with the question's own weight for every candidate, e5's far closer neighbour came first
    assert "注册会员820名" in _first(built, replace(DEFAULT, keyword_weight_en_zh=None))


def test_an_english_question_keeps_the_chinese_passage_saying_its_words_when_e5_turns_away_from_it(built_far):
    assert "救援队6支" in _first(built_far, DEFAULT)
    # at the weight fitted before (0.9) e5's closer neighbour came first
    assert "注册会员820名" in _first(built_far, replace(DEFAULT, keyword_weight_en_zh=0.9))


def test_each_language_pair_has_its_weight_and_the_second_opinions_pair_keeps_its_own():
    t = replace(DEFAULT, keyword_weight_en_zh=0.9, keyword_weight_zh_en=0.95)
    assert t.cross_keyword_weight("en", False) == 0.9
    assert t.cross_keyword_weight("zh", False) == 0.95
    # beside the second opinion every candidate is Chinese and the English weights were fitted for that pair
    assert t.cross_keyword_weight("en", True) is None


def test_only_candidates_in_the_other_language_get_the_pairs_weight():
    cross = np.array([False, True, True])
    assert cross_weights(cross, 0.4, 1.0, 1.0, 0.9, 0.25).tolist() == pytest.approx([0.4, 0.9, 0.9])
    assert cross_weights(cross, 0.4, 0.5, 1.0, 0.9, 0.25).tolist() == pytest.approx([0.4, 0.45, 0.45])
    assert cross_weights(cross, 0.4, 1.0, 1.0, None, 0.25).tolist() == pytest.approx([0.4, 0.4, 0.4])
    assert not cross_weights(cross, 0.0, 0.0, 1.0, 0.9, 0.25)[1:].any()  # the keyword side matched nothing
