"""tools/heading_field.py: the heading path scored as a field of its own, replayed over made-up candidate rows."""
from __future__ import annotations

import numpy as np

from tests.tools_module import load_tool


def test_a_heading_that_names_the_asked_thing_lifts_its_passage_over_a_neighbour_heading():
    tool = load_tool("heading_field")
    groups = [{"培训": 1.0}, {"人次": 1.0}, {"季度": 0.5}]
    idf = {"培训": 2.0, "人次": 1.0, "季度": 4.0}.get
    under = tool.field_score(groups, {"培训", "工作"}, idf)
    assert abs(under - 2.0 / 5.0) < 1e-9  # 培训 found (2.0) of the ideal 2.0 + 1.0 + 0.5 * 4.0
    assert tool.field_score(groups, {"党建"}, idf) == 0.0
    # two passages of one document nearly tied; the second's heading names the question's word
    final, right = np.array([1.00, 0.99, 0.40]), np.array([False, True, False])
    extra = np.array([0.0, under, 0.0])
    assert not tool.replay(final, right, extra, 0.0)
    assert tool.replay(final, right, extra, 0.05)


def test_only_the_first_documents_passages_move_under_firstdoc():
    tool = load_tool("heading_field")
    final, right = np.array([1.00, 0.99, 0.98]), np.array([False, False, True])
    extra = np.array([0.0, 0.0, 1.0])
    assert tool.replay(final, right, extra, 0.1)
    assert not tool.replay(final, right, extra, 0.1, firstdoc=np.array([1.0, 1.0, 0.0]))


def test_a_neighbour_counts_only_within_its_document_and_among_the_candidates():
    tool = load_tool("heading_field")
    got = tool.neighbour_keyword(np.array([4, 5, 9]), ["a.md", "b.md", "a.md"], np.array([0.3, 0.8, 0.5]))
    assert got.tolist() == [0.0, 0.0, 0.0]  # rows 4 and 5 are neighbours, but of two documents
    got = tool.neighbour_keyword(np.array([4, 5, 9]), ["a.md", "a.md", "a.md"], np.array([0.3, 0.8, 0.5]))
    assert got.tolist() == [0.8, 0.3, 0.0]
