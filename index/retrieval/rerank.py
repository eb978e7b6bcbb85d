"""A learned second look at the search's first passage: each of the next candidates challenges it, and the most
likely challenger takes its place when a logistic model over their differences (:mod:`.rerank_features`) says it
holds the answer where the first does not with probability above a threshold. Fitted by ``tools/fit_rerank.py``
(leave one set out over the tune halves) and shipped as ``fitted/rerank.json``.

Fusion ranks by one sum of scores; it cannot learn that a heading or an intro line is worth less than the item
under it that says the asked thing, or a table less than the prose stating its figure. Only the first
:attr:`Reranker.depth` candidates take part, and only the first place changes: the rest keep today's order.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.rerank_features import FEATURES, Scores, features

__all__ = ["FEATURES", "MODEL_FILE", "Reranker", "Scores", "fitted", "load"]

MODEL_FILE = Path(__file__).with_name("fitted") / "rerank.json"


@dataclass(frozen=True)
class Reranker:
    """A logistic model of "this candidate holds the answer and the first does not" over their feature differences.

    Attributes:
        features: the feature names, in the order of the weights (must be :data:`FEATURES`).
        weights: one per feature, over differences divided by ``scale``.
        bias: the intercept.
        scale: the standardisation fitted with the weights.
        threshold: the probability a challenger must pass to take the first place.
        depth: how many of the first candidates take part.
    """

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    scale: tuple[float, ...]
    threshold: float
    depth: int

    def challenges(self, x: np.ndarray) -> np.ndarray:
        """For rows 1.. of ``x`` (rows of :data:`FEATURES`, today's order), the probability each beats row 0."""
        z = ((x[1:] - x[0]) / np.asarray(self.scale)) @ np.asarray(self.weights) + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def order(self, x: np.ndarray) -> np.ndarray:
        """Positions of the rows of ``x``: today's order, or the likeliest challenger first when it passes."""
        out = np.arange(len(x))
        if len(x) < 2:
            return out
        p = self.challenges(x)
        j = int(np.argmax(p)) + 1
        return np.concatenate([[j], np.delete(out, j)]) if p[j - 1] > self.threshold else out

    def reorder(self, index: PassageIndex, q: Query, scores: Scores, head: np.ndarray, sizes: np.ndarray
                ) -> np.ndarray:
        """The search's first candidates ``head`` (positions, best first) in this reranker's order; ``sizes``: each
        document's number of passages."""
        return head[self.order(features(index, q, scores, head, sizes))]


def load(path: Path = MODEL_FILE) -> Reranker | None:
    """The fitted reranker, or None when the file is missing or its fit was not adopted (the search keeps its
    order). A file fitted on other features is an error: refit it with ``tools/fit_rerank.py``."""
    if not path.exists():
        return None
    record = json.loads(path.read_text(encoding="utf-8"))
    if not record.get("adopted", False):
        return None
    if tuple(record["features"]) != FEATURES:
        raise ValueError(f"{path} was fitted on other features; run tools/fit_rerank.py")
    return Reranker(tuple(record["features"]), tuple(record["weights"]), float(record["bias"]),
                    tuple(record["scale"]), float(record["threshold"]), int(record["depth"]))


@functools.cache
def fitted() -> Reranker | None:
    """The shipped reranker (read once)."""
    return load()
