"""Choosing the refusal model's regularisation, weighting and threshold by leave one set out (used by fit_refusal.py).

A blind set is a whole set of questions no one tuned for, written by someone else on other documents; folds that mix
the questions of one set into training and test (stratified k-fold) reward what is peculiar to the tune halves. So
each choice is scored as a blind set would score it: for each tune half, the model fitted on the other halves decides
its questions; the held-out decisions are summed over the halves, and the choice with the lowest pooled balanced
error wins (the share of answerable questions refused plus the share of near misses answered, over all held-out
questions). Ties: the stronger regularisation, then the threshold nearest ``NEAR``.

Two weightings are tried: every question the same, or every tune half the same (a half of 170 questions weighs as one
of 60, so the fit does not learn the habits of the largest sets' writers).
"""
from __future__ import annotations

from collections.abc import Sequence

C_GRID = (0.1, 0.3, 1.0, 3.0)  # inverse regularisation strengths tried
WEIGHTINGS = ("questions", "sets")
THRESHOLDS = tuple(round(0.15 + 0.01 * i, 2) for i in range(56))  # P(answerable) floors tried, 0.15 .. 0.7
NEAR = 0.31  # the threshold shipped before this choice was made by leave one set out
# every signal says "more of it, more likely answerable" (english only shifts the intercept; an interaction with it
# may weigh either way); a fitted weight of the wrong sign is noise of a small set, so that signal is dropped and the
# rest refit
UNSIGNED = ("english",)


def signed(name: str) -> bool:
    """Whether a model term must weigh for answering (see :data:`UNSIGNED`)."""
    return not any(part in UNSIGNED for part in name.split("*"))


def set_weights(sets: Sequence[str], weighting: str):
    """Sample weights: 1 a question, or each set's questions summing to the same (the mean weight stays 1)."""
    import numpy as np

    sets = np.asarray(sets)
    if weighting == "questions":
        return np.ones(len(sets))
    names, counts = np.unique(sets, return_counts=True)
    per = dict(zip(names, len(sets) / len(names) / counts))
    return np.array([per[s] for s in sets])


def fit_signed(z, y, c: float, weights, names: Sequence[str]):
    """A logistic fit on standardised terms that drops terms whose weight comes out against their meaning."""
    from sklearn.linear_model import LogisticRegression

    keep = [i for i in range(z.shape[1]) if z[:, i].std() > 0]
    while True:
        lr = LogisticRegression(C=c, class_weight="balanced", solver="liblinear").fit(z[:, keep], y,
                                                                                      sample_weight=weights)
        wrong = [i for i, w in zip(keep, lr.coef_[0]) if w < 0 and signed(names[i])]
        if not wrong:
            return lr, keep
        keep.remove(min(wrong, key=lambda i: lr.coef_[0][keep.index(i)]))


def standardise(x):
    import numpy as np

    mean, scale = x.mean(0), x.std(0)
    return mean, np.where(scale > 0, scale, 1.0)


def held_out(x, y, sets, forced, c: float, weighting: str, names: Sequence[str]):
    """P(answerable) of each row from the model fitted on the other sets (forced rows are never fitted on)."""
    import numpy as np

    p = np.zeros(len(y))
    for s in np.unique(sets):
        train = (sets != s) & ~forced
        mean, scale = standardise(x[train])
        lr, keep = fit_signed((x[train] - mean) / scale, y[train], c, set_weights(sets[train], weighting), names)
        test = sets == s
        p[test] = lr.predict_proba(((x[test] - mean) / scale)[:, keep])[:, 1]
    return p


def pooled_error(p, y, forced, threshold: float) -> tuple[float, int, int]:
    """(share of answerable refused + share of near misses answered, answerable refused, near misses refused)."""
    answered = (p >= threshold) & ~forced
    refused = int((~answered & (y == 1)).sum())
    missed = int((~answered & (y == 0)).sum())
    error = refused / max(1, int((y == 1).sum())) + 1 - missed / max(1, int((y == 0).sum()))
    return error, refused, missed


def choose(x, y, sets, forced, names: Sequence[str]) -> dict:
    """The (C, weighting, threshold) with the lowest pooled balanced error over the held-out sets, and its sums."""
    import numpy as np

    best = None
    for c in C_GRID:
        for weighting in WEIGHTINGS:
            p = held_out(x, y, sets, forced, c, weighting, names)
            for t in THRESHOLDS:
                error, refused, missed = pooled_error(p, y, forced, t)
                key = (round(error, 5), c, abs(t - NEAR))
                if best is None or key < best[0]:
                    best = (key, c, weighting, t, refused, missed)
    (error, _, _), c, weighting, t, refused, missed = best
    return {"C": c, "weighting": weighting, "threshold": t, "held_out_balanced_error": error,
            "held_out_answerable_refused": refused, "held_out_near_misses_refused": missed,
            "answerable": int((y == 1).sum()), "near_misses": int((y == 0).sum()), "sets": len(np.unique(sets)),
            "grid": {"C": list(C_GRID), "weighting": list(WEIGHTINGS), "threshold": [THRESHOLDS[0], THRESHOLDS[-1]]}}
