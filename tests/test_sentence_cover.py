"""A passage that says several of a question's words in one sentence is preferred to one that repeats one of them
across sentences (index/retrieval/sentence_cover.py, ``SearchTuning.sentence_cover``)."""
from __future__ import annotations

import numpy as np
from reportbot.index.retrieval.sentence_cover import best_sentence, lift
from reportbot.index.retrieval.tuning import DEFAULT

from tests.fake_postings import Postings as _Postings


class _Index:
    """Three passages: the first says "volunteer" in both its sentences, the second "volunteer" and "training" in
    one sentence, the third has no sentence."""

    def __init__(self):
        self.sent_bm25 = _Postings([{"volunteer"}, {"volunteer", "meeting"}, {"volunteer", "train"}, {"weather"}])
        self.sent_start, self.sent_count = np.array([0, 2, 4]), np.array([2, 2, 0])


MASSES = [{"志愿者": 1.0, "volunteer": 1.0}, {"培训": 2.0, "train": 2.0}]  # a Chinese question read through the bridge


def test_the_sentence_saying_more_of_the_question_together_scores_more():
    best, groups = best_sentence(_Index(), MASSES, 3.0, np.array([0, 1, 2]))
    assert np.allclose(best, [1 / 3, 1.0, 0.0])
    assert groups == [[0], [0, 1], []]


def test_the_lift_is_the_weight_times_the_best_sentence_share():
    rows = np.array([1, 0, 2])
    assert np.allclose(lift(_Index(), 0.01, MASSES, 3.0, rows), [0.01, 0.01 / 3, 0.0])
    assert lift(_Index(), 0.0, MASSES, 3.0, rows) == 0.0  # off
    assert lift(_Index(), 0.01, MASSES, 0.0, rows) == 0.0  # no group the corpus writes


def test_the_shipped_search_prefers_the_words_said_together():
    got = lift(_Index(), DEFAULT.sentence_cover, MASSES, 3.0, np.array([0, 1]))
    assert got[1] > got[0]
