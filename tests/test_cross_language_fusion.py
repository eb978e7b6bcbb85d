"""A passage not in the question's language gets the keyword weight fitted for that language pair
(``tools/fit_fusion.py --cross``): across languages e5 tells a document's passages apart by less than the keyword
side does, so an English question over a Chinese report is answered from the passage that says what it asks (made-up
documents; an embedder whose cosines the test sets)."""
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

协会会员发展到820名，会员活动丰富多彩，全年组织登山活动120次。
"""
HANDBOOK = """# Volunteer Handbook

## Joining

Volunteers sign up online and attend one training day before their first shift.
"""
QUESTION = "How many mountain rescue teams were set up?"


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


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    docs = [parse_text(REPORT, "report.txt"), parse_text(HANDBOOK, "handbook.md")]
    emb = Pinned()
    return PassageIndex.build(docs, emb, tmp_path_factory.mktemp("cross") / "ix"), emb, docs


def _first(built, tuning) -> str:
    index, emb, docs = built
    return first_text(index, emb, tuning, QUESTION, docs[0].doc_id)


def test_an_english_question_over_a_chinese_report_is_answered_from_the_passage_saying_its_words(built):
    assert "救援队6支" in _first(built, DEFAULT)
    # with the question's own weight for every candidate, e5's far closer neighbour came first
    assert "会员发展到820名" in _first(built, replace(DEFAULT, keyword_weight_en_zh=None))


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
