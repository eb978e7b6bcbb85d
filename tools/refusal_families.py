"""Refusal models other than the plain logistic one, each with a small grid, chosen as refusal_select.py chooses.

A family is a way to fit P(answerable) from the signals of some tune halves, with an ordered grid of settings (the
most regularised first, which wins a tie). Its settings and threshold are chosen exactly as ``refusal_select.choose``
chooses the logistic model's: every set of the training halves decided by the family fitted on the others, the
held-out probabilities pooled, and the (setting, threshold) with the lowest balanced error wins (ties: the earlier
setting, then the threshold nearest ``NEAR``). Forced rows are never fitted on and count as refused. Used by
``tools/refusal_models.py``.

Families:
  logistic         the shipped model's fit (standardised signals, liblinear, class-balanced, wrong signs dropped)
  logistic+english the same with every signal's product with ``english`` (an English question weighs it otherwise)
  logistic+pairs   the same with the k products of two signals the training rows favour most (score test at the
                   plain fit: a function of the training rows only, redone inside every fit)
  trees            gradient-boosted shallow trees (HistGradientBoostingClassifier), class-balanced weights
  trees+monotone   the same, every signal but ``english`` constrained to raise P(answerable) (as the logistic
                   model's signs are)
  trees-small      trees+monotone on three settings only (depth 2 x 100 trees, depth 3 x 60, depth 3 x 150; every
                   question weighing the same), a grid small enough to finish nested on the shared machine (fixed
                   in refuse-33 before any of its results were seen)
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations
from typing import NamedTuple

import numpy as np
from refusal_select import NEAR, THRESHOLDS, UNSIGNED, fit_signed, pooled_error, set_weights, signed, standardise
from reportbot.index.answering.refusal import GATES
from reportbot.index.answering.signals import FEATURES

Predictor = Callable[[np.ndarray], np.ndarray]


class Family(NamedTuple):
    """A model family: ``fit(x, y, sets, **setting) -> predictor`` and its grid of settings, most regularised first."""

    name: str
    grid: tuple[dict, ...]
    fit: Callable[..., Predictor]


def term_values(x: np.ndarray, names: Sequence[str], terms: Sequence[str]) -> np.ndarray:
    """The columns of ``terms`` (a signal's name, or ``a*b`` the product of two) from rows of signals ``names``."""
    cols = [np.prod([x[:, names.index(f)] for f in t.split("*")], axis=0) for t in terms]
    return np.column_stack(cols) if cols else np.zeros((len(x), 0))


def balanced(y: np.ndarray) -> np.ndarray:
    """scikit-learn's class_weight="balanced" as sample weights (n / (2 * n_class))."""
    counts = np.bincount(y, minlength=2)
    return len(y) / (2 * np.maximum(counts, 1))[y]


def free(names: Sequence[str]) -> list[str]:
    """The signals a model weighs (the gates refuse on their own and are 1 on every fitted row)."""
    return [f for f in names if f not in GATES]


def ranked_pairs(z: np.ndarray, y: np.ndarray, w: np.ndarray, p: np.ndarray, names: Sequence[str],
                 candidates: Sequence[str]) -> list[str]:
    """Candidate product terms by how much the fitted model ``p`` leaves them unexplained (the score statistic
    sum w (y - p) z / sqrt(sum w p (1 - p) z^2) of each standardised candidate column), best first; a term that must
    weigh for answering (``signed``) counts only when its statistic is positive."""
    cols = term_values(z, names, candidates)
    cols = (cols - cols.mean(0)) / np.where(cols.std(0) > 0, cols.std(0), 1.0)
    u = (w * (y - p)) @ cols
    v = (w * p * (1 - p)) @ cols ** 2
    stat = u / np.sqrt(np.maximum(v, 1e-12))
    scored = [(s if signed(t) else abs(s), t) for s, t in zip(stat, candidates) if np.isfinite(s)]
    return [t for s, t in sorted(scored, key=lambda st: -st[0]) if s > 0]


def fit_logistic(x: np.ndarray, y: np.ndarray, sets: np.ndarray, C: float, weighting: str,
                 extra: str = "", k: int = 0) -> Predictor:
    """The shipped model's fit over the signals plus ``extra`` terms: "english" (every free signal times english)
    or "pairs" (the ``k`` best products of two free signals, :func:`ranked_pairs`)."""
    names = list(FEATURES)
    terms = list(names)
    w = set_weights(sets, weighting)
    if extra == "english":
        terms += [f"english*{f}" for f in free(names) if f not in UNSIGNED]
    elif extra == "pairs":
        mean, scale = standardise(x)
        z = (x - mean) / scale
        lr, keep = fit_signed(z, y, C, w, names)
        p = lr.predict_proba(z[:, keep])[:, 1]
        candidates = [f"{a}*{b}" for a, b in combinations(free(names), 2)]
        terms += ranked_pairs(x, y, w * balanced(y), p, names, candidates)[:k]
    t = term_values(x, names, terms)
    mean, scale = standardise(t)
    lr, keep = fit_signed((t - mean) / scale, y, C, w, terms)

    def predict(rows: np.ndarray) -> np.ndarray:
        return lr.predict_proba(((term_values(rows, names, terms) - mean) / scale)[:, keep])[:, 1]

    predict.terms = [terms[i] for i in keep]
    predict.coef = lr.coef_[0]
    return predict


def fit_trees(x: np.ndarray, y: np.ndarray, sets: np.ndarray, depth: int, trees: int, weighting: str,
              monotone: bool = False, rate: float = 0.1, leaf: int = 20) -> Predictor:
    """Gradient-boosted trees of ``depth`` levels, ``trees`` of them, class-balanced and weighted like the
    logistic fit; ``monotone``: every signal but english may only raise P(answerable)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    cst = [0 if f in UNSIGNED else 1 for f in FEATURES] if monotone else None
    model = HistGradientBoostingClassifier(max_depth=depth, max_iter=trees, learning_rate=rate, min_samples_leaf=leaf,
                                           early_stopping=False, monotonic_cst=cst, random_state=0)
    model.fit(x, y, sample_weight=set_weights(sets, weighting) * balanced(y))

    def predict(rows: np.ndarray) -> np.ndarray:
        return model.predict_proba(rows)[:, 1]

    predict.model = model
    return predict


def _grid(**axes) -> tuple[dict, ...]:
    out: list[dict] = [{}]
    for key, values in axes.items():
        out = [dict(g, **{key: v}) for g in out for v in values]
    return tuple(out)


C_GRID = (0.1, 0.3, 1.0, 3.0)
WEIGHTINGS = ("questions", "sets")
FAMILIES = {
    "logistic": Family("logistic", _grid(C=C_GRID, weighting=WEIGHTINGS), fit_logistic),
    "logistic+english": Family("logistic+english", _grid(C=C_GRID, weighting=WEIGHTINGS, extra=("english",)),
                               fit_logistic),
    "logistic+pairs": Family("logistic+pairs", _grid(k=(2, 5), C=C_GRID, weighting=WEIGHTINGS, extra=("pairs",)),
                             fit_logistic),
    "trees": Family("trees", _grid(depth=(2, 3), trees=(50, 150), weighting=WEIGHTINGS), fit_trees),
    "trees+monotone": Family("trees+monotone", _grid(depth=(2, 3), trees=(50, 150), weighting=WEIGHTINGS,
                                                     monotone=(True,)), fit_trees),
    "trees-small": Family("trees-small", tuple(dict(depth=d, trees=n, weighting="questions", monotone=True)
                                               for d, n in ((2, 100), (3, 60), (3, 150))), fit_trees),
}


def held_out(family: Family, setting: dict, x, y, sets, forced) -> np.ndarray:
    """P(answerable) of each row from the family fitted (with ``setting``) on the other sets' unforced rows."""
    p = np.zeros(len(y))
    for s in np.unique(sets):
        train = (sets != s) & ~forced
        p[sets == s] = family.fit(x[train], y[train], sets[train], **setting)(x[sets == s])
    return p


def choose(family: Family, x, y, sets, forced, inner: Callable[[dict], np.ndarray] | None = None) -> dict:
    """The setting and threshold with the lowest pooled balanced error over the held-out sets (as
    ``refusal_select.choose``; ties: the earlier setting, then the threshold nearest ``NEAR``). ``inner(setting)``
    gives the held-out probabilities when they were computed already (:func:`pair_fits`)."""
    best = None
    for i, setting in enumerate(family.grid):
        p = inner(setting) if inner else held_out(family, setting, x, y, sets, forced)
        for t in THRESHOLDS:
            error, refused, missed = pooled_error(p, y, forced, t)
            key = (round(error, 5), i, abs(t - NEAR))
            if best is None or key < best[0]:
                best = (key, setting, t, refused, missed)
    (error, _, _), setting, t, refused, missed = best
    return {"setting": setting, "threshold": t, "held_out_balanced_error": error,
            "held_out_answerable_refused": refused, "held_out_near_misses_refused": missed}


def pair_fit(family: Family, setting: dict, x, y, sets, forced, pair: tuple[str, str]) -> dict[str, np.ndarray]:
    """The family fitted on every set but the two of ``pair``; its probabilities for each of the two.

    Nested leave one set out fits, for held-out half H and inner held-out G, on every set but H and G: the same fit
    serves H's choice (deciding G) and G's (deciding H), so each pair is fitted once."""
    train = ~np.isin(sets, pair) & ~forced
    predict = family.fit(x[train], y[train], sets[train], **setting)
    return {s: predict(x[sets == s]) for s in pair}
