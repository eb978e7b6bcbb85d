"""A question the documents write only in part (a colloquial question) still gets a keyword side that tells one
passage of a document from the next: the share of the keyword weight that scales with the words matched is fitted
(``tools/fit_matched_share.py``; 1, the weight as before, until a fit adopts another), the rest is whole once
anything matched, so below 1 the passage that writes what the question asks comes first over one e5 finds a little
closer (made-up documents; an embedder whose cosines the test sets)."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.fusion import keyword_weight, matched_vote
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.tuning import DEFAULT
from reportbot.testing.fakes import HashEmbedder, first_text

REPORT = """星海市登山协会2025年工作总结

全年新建登山救援队6支，开展山地救援演练40次。

协会会员发展到820名，会员活动丰富多彩，全年组织登山活动120次。

协会办公室设在星海市体育中心三楼。
"""
QUESTION = "俺们那嘎达星海登山救援队今年都整了啥山地演练嘞"


class Pinned(HashEmbedder):
    """The question on one axis; the members' passage a little closer to it than the rescue teams' passage, the rest
    a little further (e5's cosines within one document lie that close)."""

    def _one(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, np.float32)
        if text.startswith("俺们"):
            v[0] = 1
        elif "会员" in text:
            v[0], v[1] = 0.95, (1 - 0.95 ** 2) ** 0.5
        elif "救援队" in text:
            v[0], v[2] = 0.88, (1 - 0.88 ** 2) ** 0.5
        else:
            v[0], v[3] = 0.87, (1 - 0.87 ** 2) ** 0.5
        return v


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    docs = [parse_text(REPORT, "report.txt")]
    emb = Pinned()
    return PassageIndex.build(docs, emb, tmp_path_factory.mktemp("matched") / "ix"), emb, docs


def _first(built, tuning) -> str:
    index, emb, docs = built
    return first_text(index, emb, tuning, QUESTION, docs[0].doc_id)


def test_a_question_written_in_part_is_answered_from_the_passage_saying_the_words_it_matches(built):
    assert "救援队6支" in _first(built, replace(DEFAULT, matched_share=0.5))
    # with the whole weight scaled by the words matched (the shipped 1: no fit has adopted a share yet), e5's little
    # closer neighbour comes first
    assert "会员发展到820名" in _first(built, replace(DEFAULT, matched_share=1.0))


def test_the_share_scales_part_of_the_weight_and_nothing_matched_still_gives_no_vote():
    assert matched_vote(0.4, 1.0) == pytest.approx(0.4)
    assert matched_vote(0.4, 0.5) == pytest.approx(0.7)
    assert matched_vote(0.4, 0.0) == pytest.approx(1.0)
    assert matched_vote(0.0, 0.0) == 0.0
    assert keyword_weight(matched_vote(1.3, 0.5), 1.0, 0.9, 0.25) == pytest.approx(0.9)
