"""tools/refusal_select.py: the refusal model's settings chosen as a blind set would score them (each set held out
whole), and the model's terms; made-up signals, no index."""
from __future__ import annotations

import numpy as np
from reportbot.index.answering.refusal import Model, answers
from reportbot.index.answering.signals import FEATURES, Signals

from tests.tools_module import load_tool


def _made_up_sets(seed: int = 0):
    """Three sets where one signal separates answerable questions everywhere, and a second one only in the largest
    set (its writer's habit: in the other sets it says nothing)."""
    rng = np.random.default_rng(seed)
    rows = []
    for name, n, habit in (("a", 120, True), ("b", 40, False), ("c", 40, False)):
        y = np.arange(n) % 3 != 0
        general = np.where(y, 0.7, 0.3) + rng.normal(0, 0.15, n)
        peculiar = np.where(y, 0.9, 0.1) if habit else rng.uniform(0, 1, n)
        rows += [(name, int(t), g, p) for t, g, p in zip(y, general, peculiar)]
    sets = np.array([r[0] for r in rows])
    y = np.array([r[1] for r in rows])
    x = np.array([[r[2], r[3]] for r in rows])
    return x, y, sets


def test_each_set_is_decided_by_a_model_that_never_saw_it():
    select = load_tool("refusal_select")
    x, y, sets = _made_up_sets()
    forced = np.zeros(len(y), bool)
    names = ("general", "peculiar")
    p = select.held_out(x, y, sets, forced, 1.0, "questions", names)
    flipped = np.where(sets == "b", 1 - y, y)  # set b's answers told otherwise: its own decisions cannot move
    q = select.held_out(x, flipped, sets, forced, 1.0, "questions", names)
    assert np.allclose(p[sets == "b"], q[sets == "b"]) and not np.allclose(p[sets == "a"], q[sets == "a"])
    chosen = select.choose(x, y, sets, forced, names)
    assert chosen["sets"] == 3 and chosen["C"] in select.C_GRID and chosen["weighting"] in select.WEIGHTINGS
    assert chosen["held_out_answerable_refused"] <= chosen["answerable"]


def test_every_set_weighs_the_same_when_weighted_by_sets():
    select = load_tool("refusal_select")
    w = select.set_weights(["a", "a", "a", "b"], "sets")
    assert w[:3].sum() == w[3] and w.mean() == 1.0
    assert list(select.set_weights(["a", "b"], "questions")) == [1.0, 1.0]


def test_a_term_of_two_signals_weighs_their_product():
    base = Signals(coverage=0.8, coverage_en=0.0, dense=0.9, alignment=0.3, constraints=1.0, typed=1.0, known=1.0,
                   english=0.0, document=1.0)
    # a made-up model: weak alignment is doubted only in an English question
    model = Model(("english*alignment", "english"), (4.0, -2.0), 0.5, 0.5, (0.0, 0.0), (1.0, 1.0))
    assert answers(base, model)
    assert not answers(Signals(**{**base.__dict__, "english": 1.0}), model)
    assert answers(Signals(**{**base.__dict__, "english": 1.0, "alignment": 0.9}), model)
    assert set(FEATURES) >= {"english", "alignment"}
