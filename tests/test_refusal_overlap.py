"""tools/refusal_overlap.py: the refusal model's decided rows sorted into right answers refused, near misses answered
and the rest, and the signal that pulls a row furthest below the model's mean, on made-up rows."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from refusal_overlap import group, means, pull  # noqa: E402
from reportbot.index.answering.refusal import Model  # noqa: E402
from reportbot.index.answering.signals import FEATURES, Signals  # noqa: E402


def _model() -> Model:
    """Coverage and typed weigh 2 each around a mean of 0.5; the rest nothing."""
    n = len(FEATURES)
    weights = tuple(2.0 if f in ("coverage", "typed") else 0.0 for f in FEATURES)
    return Model(FEATURES, weights, 0.0, 0.5, (0.5,) * n, (1.0,) * n)


def _row(coverage: float, typed: float, answerable: bool, right: bool = True, lang: str = "zh",
         forced: bool = False) -> dict:
    x = Signals(coverage=coverage, coverage_en=0.0, dense=0.9, alignment=0.8, constraints=1.0, typed=typed, known=1.0,
                english=float(lang == "en"), document=1.0).vector()
    return {"set": "library_tune3.jsonl", "id": "x1", "x": x, "y": int(answerable), "forced": forced,
            "header": False, "right": right, "lang": lang}


def test_rows_are_sorted_by_what_the_model_does_with_them():
    m = _model()
    assert group(_row(0.1, 0.2, True), m) == "RR"         # right answer, refused by the model
    assert group(_row(0.1, 0.2, True, right=False), m) == "RW"
    assert group(_row(0.9, 0.9, True), m) == "RK"
    assert group(_row(0.9, 0.9, False), m) == "NA"        # near miss answered
    assert group(_row(0.1, 0.2, False), m) == "NR"
    assert group(_row(0.9, 0.9, True, forced=True), m) is None  # refused whatever the model says


def test_the_pulling_signal_is_the_one_furthest_below_the_models_mean():
    m = _model()
    assert pull(_row(0.4, 0.0, True), m) == "typed"
    assert pull(_row(0.0, 0.4, True), m) == "coverage"


def test_an_english_questions_coverage_which_is_zero_by_construction_never_pulls():
    m = _model()
    assert pull(_row(0.0, 0.4, True, lang="en"), m) == "typed"


def test_means_are_taken_per_group():
    m = _model()
    rows = [_row(0.1, 0.2, True), _row(0.3, 0.2, True), _row(0.9, 0.9, False)]
    table = means(rows, m)
    assert abs(table["RR"]["coverage"] - 0.2) < 1e-9
    assert abs(table["NA"]["typed"] - 0.9) < 1e-9
    assert table["RR"]["n"] == 2
