"""tools/fit_sentence_cover.py: the end-to-end fit over per-question rows, the tune halves as folds."""
from __future__ import annotations

from tests.tools_module import load_tool


def _row(s: str, i: str, hit: bool, ok: bool, refused: bool = False, answerable: bool = True) -> dict:
    return {"set": s, "id": i, "answerable": answerable, "hit1": hit, "ok": ok, "refused": refused}


START = [_row("a", "1", False, False, True), _row("b", "2", False, False, True), _row("c", "3", True, True),
         _row("c", "4", False, False, True, answerable=False)]
LANG = {("a", "1"): "en", ("b", "2"): "zh", ("c", "3"): "zh", ("c", "4"): "zh"}
GAINED = [_row("a", "1", True, True), _row("b", "2", True, True)]


def test_a_weight_that_gains_answers_and_loses_none_is_kept():
    tool = load_tool("fit_sentence_cover")
    record = tool.fit_runs({0.0: START, 0.01: GAINED + START[2:]}, LANG)
    assert record["weight"] == 0.01 and record["folds"] == {"won": 2, "lost": 0, "tied": 1}
    assert record["totals"]["0.01"]["en"]["right"] == 1 and record["totals"]["0.01"]["zh"]["right"] == 2


def test_a_weight_that_loses_an_answer_right_is_not_allowed_though_it_gains_more_hits():
    tool = load_tool("fit_sentence_cover")
    rows = [_row("a", "1", True, False), _row("b", "2", True, False), _row("c", "3", True, False), START[3]]
    assert tool.fit_runs({0.0: START, 0.01: rows}, LANG)["weight"] == 0.0


def test_a_weight_that_answers_a_near_miss_it_refused_is_not_allowed():
    tool = load_tool("fit_sentence_cover")
    rows = GAINED + [START[2], _row("c", "4", False, False, False, answerable=False)]
    assert tool.fit_runs({0.0: START, 0.01: rows}, LANG)["weight"] == 0.0
