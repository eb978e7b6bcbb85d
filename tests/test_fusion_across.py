"""fusion.across_languages: across languages the keyword side votes more, so a hair's cosine lead does not decide."""
from __future__ import annotations

import numpy as np
from reportbot.index.retrieval.fusion import across_languages, fuse
from reportbot.index.retrieval.tuning import DEFAULT


def test_a_passage_in_the_other_language_gets_a_larger_keyword_vote_and_its_own_language_none():
    w = across_languages(0.4, np.array([True, False]), 0.25)
    assert np.allclose(w, [0.55, 0.4])
    assert np.allclose(across_languages(0.4, np.array([True, True]), 0.0), [0.4, 0.4])  # 0: the fusion as before


def test_an_english_question_on_a_chinese_document_gets_the_passage_its_words_match():
    # two passages of one Chinese document: the first e5 likes a hair more, the second holds the question's words
    dense, keyword = np.array([0.872, 0.863, 0.80]), np.array([0.29, 0.56, 0.0])
    plain = fuse(dense, keyword, 0.27, DEFAULT.dense_least_range)
    assert int(np.argmax(plain)) == 0
    share = max(DEFAULT.cross_keyword_share, 0.1)
    across = fuse(dense, keyword, across_languages(0.27, np.ones(3, bool), share), DEFAULT.dense_least_range)
    assert int(np.argmax(across)) == 1
    assert DEFAULT.cross_keyword_share == 0.1  # fitted by tools/fit_across.py (index/retrieval/fitted/across.json)
