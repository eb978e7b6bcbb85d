"""tools/refusal_models.py and refusal_families.py: other refusal models judged held out as the logistic one is.
Made-up rows, no index."""
from __future__ import annotations

import numpy as np
from reportbot.index.answering.signals import FEATURES

from tests.tools_module import load_tool

COV, ALIGN, DENSE = (FEATURES.index(f) for f in ("coverage", "alignment", "dense"))


def _rows(seed: int = 0, n: int = 60) -> list[dict]:
    """Three sets where a question is answerable when coverage and alignment are both high (neither alone tells)."""
    rng = np.random.default_rng(seed)
    rows = []
    for name in ("a", "b", "c"):
        for i in range(n):
            x = [1.0] * len(FEATURES)
            x[COV], x[ALIGN], x[DENSE] = rng.uniform(0, 1), rng.uniform(0, 1), rng.uniform(0.8, 0.95)
            y = int(x[COV] * x[ALIGN] > 0.25)
            rows.append({"set": name, "x": x, "y": y, "forced": False, "header": False, "right": bool(y),
                         "id": f"{name}{i}", "question": "", "answer": ""})
    return rows


def test_a_term_of_two_signals_is_their_product():
    families = load_tool("refusal_families")
    x = np.array([[0.5, 2.0, 3.0], [1.0, 0.0, 4.0]])
    t = families.term_values(x, ["a", "b", "c"], ["c", "a*b"])
    assert t.tolist() == [[3.0, 1.0], [4.0, 0.0]]


def test_balanced_weights_give_each_class_half_the_weight():
    families = load_tool("refusal_families")
    w = families.balanced(np.array([1, 1, 1, 0]))
    assert w[:3].sum() == w[3] and w.sum() == 4


def test_the_product_the_answers_follow_ranks_first():
    families = load_tool("refusal_families")
    rows = _rows()
    x, y = np.array([r["x"] for r in rows]), np.array([r["y"] for r in rows])
    p = np.full(len(y), y.mean())  # a model that knows nothing
    ranked = families.ranked_pairs(x, y, np.ones(len(y)), p, list(FEATURES),
                                   ["coverage*alignment", "coverage*dense", "near*placed"])
    assert ranked[0] == "coverage*alignment" and "near*placed" not in ranked  # constant: nothing to say


def test_pairs_are_chosen_from_the_training_rows_and_help_held_out():
    families = load_tool("refusal_families")
    rows = _rows()
    x, y = np.array([r["x"] for r in rows]), np.array([r["y"] for r in rows])
    sets = np.array([r["set"] for r in rows])
    plain = families.fit_logistic(x, y, sets, C=1.0, weighting="questions")
    paired = families.fit_logistic(x, y, sets, C=1.0, weighting="questions", extra="pairs", k=1)
    assert "coverage*alignment" in paired.terms and not any("*" in t for t in plain.terms)
    test = np.array([r["x"] for r in _rows(seed=1)])
    truth = np.array([r["y"] for r in _rows(seed=1)])
    accuracy = [((f(test) >= 0.5) == truth).mean() for f in (plain, paired)]
    assert accuracy[1] > accuracy[0]


def test_monotone_trees_never_lower_the_probability_as_a_signal_rises():
    families = load_tool("refusal_families")
    rows = _rows()
    x, y = np.array([r["x"] for r in rows]), np.array([r["y"] for r in rows])
    sets = np.array([r["set"] for r in rows])
    predict = families.fit_trees(x, y, sets, depth=2, trees=30, weighting="sets", monotone=True)
    grid = np.array([x[0]] * 11)
    grid[:, COV] = np.linspace(0, 1, 11)
    assert np.all(np.diff(predict(grid)) >= 0) and predict(grid)[-1] > predict(grid)[0]


def test_each_half_is_decided_by_a_choice_and_fit_that_never_saw_it():
    models = load_tool("refusal_models")
    rows = _rows()
    flipped = [dict(r, y=1 - r["y"]) if r["set"] == "b" else r for r in rows]  # set b's labels told otherwise
    first, second = (models.one_held_out("trees", rs, "b") for rs in (rows, flipped))
    assert first["p"] == second["p"] and first["chosen"] == second["chosen"]
    assert set(first["p"]) == {r["id"] for r in rows if r["set"] == "b"}
    third = models.one_held_out("trees", flipped, "a")
    assert third["p"] != models.one_held_out("trees", rows, "a")["p"]


def test_gates_forced_refusals_and_header_cards_decide_as_the_engine_does():
    models = load_tool("refusal_models")
    x = [1.0] * len(FEATURES)
    gate = list(x)
    gate[FEATURES.index("shape")] = 0.0
    row = {"set": "a", "id": "q", "x": x, "y": 1, "forced": False, "header": False}
    assert models.decide(row, {("a", "q"): (0.6, 0.5)})
    assert not models.decide(row, {("a", "q"): (0.4, 0.5)})
    assert not models.decide(dict(row, forced=True), {("a", "q"): (0.9, 0.5)})
    assert not models.decide(dict(row, x=gate), {("a", "q"): (0.9, 0.5)})
    assert models.decide(dict(row, header=True), {("a", "q"): (0.1, 0.5)})  # a header card of the asked kind
    assert models.decide(dict(row, x=None), {})  # no signals and not forced: answered


def test_the_table_sums_each_model_and_compares_it_with_the_first():
    models = load_tool("refusal_models")
    rows = [{"set": s, "id": f"{s}{i}", "x": [1.0] * len(FEATURES), "y": y, "forced": False, "header": False,
             "right": bool(y)} for s in ("a", "b") for i, y in enumerate((1, 1, 0, 0))]
    everything = {(r["set"], r["id"]): (0.9, 0.5) for r in rows}
    sharper = {(r["set"], r["id"]): (0.9 if r["y"] else 0.1, 0.5) for r in rows}
    text = models.table(rows, {"logistic": everything, "trees": sharper})
    last = text.splitlines()[-2:]
    assert last[0].split()[1:] == ["0/0/4", "(4)", "4/0/4", "(8)"]
    assert last[1].split()[-2:] == ["+4/+0/+0", "(+4)"]


def test_the_shared_nested_fits_choose_and_decide_as_each_half_alone_would():
    models = load_tool("refusal_models")
    rows = _rows(n=30) + [dict(r, set="d", id=f"d{r['id']}") for r in _rows(seed=3, n=30) if r["set"] == "a"]
    shared = models.run(["trees"], rows, 1)
    alone = [models.one_held_out("trees", rows, s) for s in ("a", "b", "c", "d")]
    assert [(r["chosen"], r["p"]) for r in shared] == [(r["chosen"], r["p"]) for r in alone]
