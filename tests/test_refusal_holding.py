"""tools/refusal_holding.py: which tune halves are finding sets and which holding ones, and the threshold alone
chosen over fixed weights on made-up rows."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from refusal_holding import finding, outcome, threshold_alone  # noqa: E402
from reportbot.index.answering.refusal import Model  # noqa: E402
from reportbot.index.answering.signals import FEATURES, Signals  # noqa: E402


def test_odd_numbered_halves_from_three_are_finding_sets_the_rest_holding():
    assert [finding(s) for s in ("library_tune3.jsonl", "library_tune47.jsonl", "seed_tune9.jsonl")] == [True] * 3
    assert [finding(s) for s in ("library_tune.jsonl", "library_tune2.jsonl", "seed_tune.jsonl",
                                 "seed_tune8.jsonl", "library_tune46.jsonl")] == [False] * 5
    with pytest.raises(ValueError):
        finding("library_check3.jsonl")


def _coverage_only(threshold: float) -> Model:
    n = len(FEATURES)
    weights = tuple(4.0 if f == "coverage" else 0.0 for f in FEATURES)
    return Model(FEATURES, weights, 0.0, threshold, (0.5,) + (0.0,) * (n - 1), (1.0,) * n)


def _row(coverage: float, answerable: bool, right: bool = True) -> dict:
    x = Signals(coverage=coverage, coverage_en=0.0, dense=0.9, alignment=0.8, constraints=1.0, typed=1.0, known=1.0,
                english=0.0, document=1.0).vector()
    return {"set": "library_tune3.jsonl", "x": x, "y": int(answerable), "forced": False, "header": False,
            "hit1": answerable, "right": right}


def test_the_threshold_alone_parts_answerable_rows_from_near_misses_and_is_scored_with_the_gates():
    rows = [_row(c, True) for c in (0.6, 0.7, 0.8, 0.9)] + [_row(c, False) for c in (0.1, 0.2, 0.3, 0.45)]
    model = _coverage_only(0.9)  # refuses every row at its own threshold
    t = threshold_alone(rows, model)
    assert 0.45 < t <= 0.6  # P(0.45) = 0.45, P(0.6) = 0.60: between, nearest the model's own
    assert outcome(rows, model) == [4, 0, 4, 4, 4, 4]
    from dataclasses import replace
    assert outcome(rows, replace(model, threshold=t)) == [4, 4, 0, 4, 4, 4]
