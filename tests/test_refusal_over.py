"""tools/refusal_over.py: a signal fitted beside the shipped model's logit, judged with each set held out whole.
Made-up rows and a made-up base model, no index."""
from __future__ import annotations

import numpy as np
from reportbot.index.answering.refusal import Model
from reportbot.index.answering.signals import FEATURES

from tests.tools_module import load_tool


def _rows(seed: int = 0) -> list[dict]:
    """Three sets: coverage separates some near misses; sentence_score separates the rest, which coverage cannot
    see (a signal the base model does not weigh)."""
    rng = np.random.default_rng(seed)
    cov, held = FEATURES.index("coverage"), FEATURES.index("sentence_score")
    rows = []
    for name in ("a", "b", "c"):
        for i in range(90):
            y = int(i % 3 != 0)
            x = [1.0] * len(FEATURES)
            x[cov] = float(np.clip((0.7 if y else 0.5) + rng.normal(0, 0.15), 0, 1))
            x[held] = float(np.clip((0.9 if y else 0.3) + rng.normal(0, 0.1), 0, 1))
            rows.append({"set": name, "x": x, "y": y, "forced": False, "header": False, "right": bool(y),
                         "id": f"{name}{i}", "question": "", "answer": ""})
    return rows


def _base() -> Model:
    n = len(FEATURES)
    weights = tuple(3.0 if f == "coverage" else 0.0 for f in FEATURES)
    return Model(FEATURES, weights, 0.0, 0.5, (0.6,) * n, (0.2,) * n)


def test_a_signal_the_base_cannot_see_is_weighed_and_refuses_near_misses_held_out():
    over = load_tool("refusal_over")
    loso = load_tool("refusal_loso")
    rows, base = _rows(), _base()
    model, coefficient = over.over(base, rows, ["sentence_score"])
    assert coefficient > 0 and model.weights[-1] > 0 and model.features[-1] == "sentence_score"
    models = over.held_out(base, rows, ["sentence_score"])
    before = over.sums(loso.tally(rows, lambda r: loso.answered(r, base)))
    after = over.sums(loso.tally(rows, lambda r: loso.answered(r, models[r["set"]])))
    assert after["near_misses_refused"] > before["near_misses_refused"]
    assert after["right_kept_plus_near_misses_refused"] > before["right_kept_plus_near_misses_refused"]


def test_each_set_is_decided_by_a_fit_that_never_saw_it():
    over = load_tool("refusal_over")
    rows, base = _rows(), _base()
    flipped = [dict(r, y=1 - r["y"]) if r["set"] == "b" else r for r in rows]  # set b's labels told otherwise
    first, second = over.held_out(base, rows, ["sentence_score"]), over.held_out(base, flipped, ["sentence_score"])
    assert first["b"] == second["b"] and first["a"] != second["a"]
