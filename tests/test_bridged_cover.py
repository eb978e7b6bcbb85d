"""tools/bridged_cover.py: the question's groups a passage's best sentence holds, over a made-up index."""
from __future__ import annotations

import numpy as np

from tests.fake_postings import Postings as _Postings
from tests.tools_module import load_tool


class _Index:
    """Two passages: the first says one translated word twice over two sentences, the second says two in one."""

    def __init__(self):
        sentences = [{"志愿者"}, {"志愿者", "会议"}, {"志愿者", "培训"}, {"天气"}]
        self.sent_bm25 = _Postings(sentences)
        self.para_bm25 = _Postings([{"志愿者", "会议"}, {"志愿者", "培训", "天气"}])
        self.sent_start, self.sent_count = np.array([0, 2]), np.array([2, 2])


def test_the_sentence_saying_more_of_the_question_together_scores_more():
    tool = load_tool("bridged_cover")
    masses = [{"volunteer": 1.0, "志愿者": 1.0}, {"training": 2.0, "培训": 2.0}]
    best, groups = tool.sentence_cover(_Index(), masses, 3.0, np.array([0, 1]))
    assert np.allclose(best, [1.0 / 3.0, 1.0])
    assert groups == [[0], [0, 1]]


def test_the_cross_family_lifts_only_a_passage_in_the_other_language():
    tool = load_tool("bridged_cover")
    r = {"sentcover": [0.2, 1.0, 1.0], "same": [1, 0, 1], "final": [1.0, 0.9, 0.5], "doc": ["a", "a", "b"]}
    assert tool.extra_of(r, "crosssent").tolist() == [0.0, 1.0, 0.0]
    assert tool.extra_of(r, "firstsent").tolist() == [0.2, 1.0, 0.0]


def test_a_cross_language_miss_in_the_right_document_is_listed_with_both_passages_groups():
    tool = load_tool("bridged_cover")
    r = {"set": "s", "id": "q1", "lang": "en", "final": [1.0, 0.9, 0.5], "right": [0, 1, 0], "same": [1, 0, 0],
         "doc": ["a", "a", "b"], "rows": [3, 4, 9], "dense": [0.8, 0.7, 0.1], "keyword": [0.6, 0.4, 0.0],
         "bgroups": [[0], [0, 1], []], "sgroups": [[0], [0, 1], []], "groups": [["volunteer"], ["training"]]}
    found, tally = tool.misses([r])
    assert [m["id"] for m in found] == ["q1"]
    assert found[0]["right"]["body"] == [0, 1] and found[0]["first"]["body"] == [0]
    assert tally["en: body groups right more"] == 1
    assert tool.misses([dict(r, same=[1, 1, 0])])[0] == []  # the right passage in the question's language
