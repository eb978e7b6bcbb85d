"""The keyword weight of a passage not in the question's language, as refitted on the finding sets
(``tools/fit_fusion.py --cross``, fitted/cross.json): when e5 puts the passage that says what an English question asks
below every other candidate of a Chinese report, the question is still answered from it, not from the passage e5
prefers that says fewer of its words (made-up report; an embedder whose cosines the test sets)."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from reportbot.corpus.split import parse_text
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


class Farther(HashEmbedder):
    """The question on one axis; the members' passage close to it, the rescue teams' passage turned away from it
    (below the handbook's unrelated passage), everything else orthogonal."""

    def _one(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, np.float32)
        if text.startswith("How"):
            v[0] = 1
        elif "会员" in text:
            v[0], v[1] = 0.9, (1 - 0.9 ** 2) ** 0.5
        elif "救援队" in text:
            v[0], v[2] = -0.2, (1 - 0.2 ** 2) ** 0.5
        else:
            v[3] = 1
        return v


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    docs = [parse_text(REPORT, "report.txt"), parse_text(HANDBOOK, "handbook.md")]
    emb = Farther()
    return PassageIndex.build(docs, emb, tmp_path_factory.mktemp("far") / "ix"), emb, docs


def _first(built, tuning) -> str:
    index, emb, docs = built
    return first_text(index, emb, tuning, QUESTION, docs[0].doc_id)


def test_an_english_question_keeps_the_chinese_passage_saying_its_words_when_e5_turns_away_from_it(built):
    assert "救援队6支" in _first(built, DEFAULT)
    # at the weight fitted before (0.9) e5's closer neighbour came first
    assert "注册会员820名" in _first(built, replace(DEFAULT, keyword_weight_en_zh=0.9))
