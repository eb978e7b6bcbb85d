"""tools/answer_rows.py and tools/fit_answer_choice.py (issue 14): the candidates a question's sentence offers, and a
ranker fitted leave one set out that keeps the shipped choice unless it is surer by its margin. Made-up sentences
and rows, no index."""
from __future__ import annotations

import numpy as np
import pytest
from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

from tests.tools_module import load_tool


def test_the_candidates_hold_the_cascades_answer_first_and_each_span_once():
    rows = load_tool("answer_rows")
    q = analyse("how many lifeguards worked at the lake in 2023")
    sentence = "In 2023 the lake had 14 lifeguards on duty, and 3 boats patrolled the shore."
    found = rows.candidates(q, sentence, {})
    assert found[0]["span"].text == extract(q, sentence, {}).text and "cascade" in found[0]["by"]
    spans = [(c["span"].start, c["span"].end) for c in found]
    assert len(spans) == len(set(spans)) and len(found) >= 2  # the best clause is offered beside the figure


def test_a_gold_answer_inside_a_short_answer_is_right_in_either_script():
    rows = load_tool("answer_rows")
    assert rows.gold_in("共14名救生員", ["14名救生员"]) and not rows.gold_in("", ["14"])
    assert not rows.gold_in("x" * 70 + "14", ["14"])  # past 60 characters no answer is short


def _row(set_name: str, right_has_unit: bool) -> dict:
    # the shipped answer is wrong; the right one is the candidate whose unit is the asked one
    cands = [{"x": {"shipped": 1.0, "unit_in": 0.0}, "y": False},
             {"x": {"shipped": 0.0, "unit_in": 1.0}, "y": right_has_unit},
             {"x": {"shipped": 0.0, "unit_in": 0.0}, "y": False}]
    return {"set": set_name, "cands": cands, "refused": False, "evidence_path": True, "shipped_y": False}


def test_a_ranker_fitted_on_other_sets_picks_the_right_candidate_and_a_wide_margin_keeps_the_shipped_one():
    pytest.importorskip("scipy")
    fit = load_tool("fit_answer_choice")
    rows = [_row(f"set{i}", True) for i in range(3) for _ in range(4)]
    keys, xs, ys = fit.design(rows)
    scores = fit.loso_scores(rows, xs, ys, 1.0, "listwise")
    shipped_at = [int(np.argmax(x[:, keys.index("shipped")])) for x in xs]
    assert sum(fit.right_by_set(rows, xs, ys, scores, shipped_at, 0.0).values()) == len(rows)
    assert sum(fit.right_by_set(rows, xs, ys, scores, shipped_at, float("inf")).values()) == 0
