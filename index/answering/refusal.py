"""Deciding whether the documents answer a question: a logistic model over named signals.

Dense similarity alone does not separate answerable from out-of-scope questions (FINDINGS:
answerable e5 cosines start at 0.78, out-of-scope ones reach 0.88), nor does coverage alone
see a year, a place or a counted thing the documents do not have. The signals of
:mod:`.signals` (coverage, dense score, alignment of the evidence sentence, constraint words
found, the answer being of the asked kind) are weighed by a logistic regression that
``tools/fit_refusal.py`` fits with scikit-learn on the tune halves of the question sets and
writes to ``refusal_model.json`` with what it was fitted on; a signal added later can be fitted beside the
shipped model's logit by ``tools/refusal_over.py`` (the file stays one linear model). Here it is applied with plain
arithmetic: no scikit-learn at run time.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportbot.index.answering.signals import FEATURES, Signals

MODEL_FILE = Path(__file__).with_name("refusal_model.json")


@dataclass(frozen=True)
class Model:
    """A fitted logistic model: answer when P(answerable) >= threshold."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    mean: tuple[float, ...]    # the fitted standardisation
    scale: tuple[float, ...]

    def terms(self, s: Signals) -> dict[str, float]:
        """Each model term's pull on the logit: its weight times its standardised value."""
        values = dict(zip(FEATURES, s.vector()))
        return {f: w * (term(values, f) - m) / sc for f, w, m, sc in
                zip(self.features, self.weights, self.mean, self.scale)}

    def probability(self, s: Signals) -> float:
        z = self.bias + sum(self.terms(s).values())
        return 1 / (1 + math.exp(-z))

    def answers(self, s: Signals) -> bool:
        return self.probability(s) >= self.threshold


def term(values: dict[str, float], name: str) -> float:
    """A model term's value: a signal by its name, or the product of signals named ``a*b`` (an interaction: a
    signal that weighs otherwise for an English question is ``english*dense``)."""
    return math.prod(values[f] for f in name.split("*"))


def load(path: Path = MODEL_FILE) -> Model:
    """Read a model file written by ``tools/fit_refusal.py``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(tuple(data["features"]), tuple(data["weights"]), data["bias"], data["threshold"],
                 tuple(data["mean"]), tuple(data["scale"]))


@lru_cache(maxsize=1)
def default_model() -> Model:
    return load()


# signals whose 0 is a contradiction, not a degree: a qualifier stated otherwise (一级 where 二级 was asked),
# a figure of another measure than asked, a page named of a document without pages, a phone number, e-mail, price
# or date asked and none given. Refused whatever the model says (measured on all tune halves: no answer that was
# right is refused by them), so the fit leaves such questions out like other forced refusals.
GATES = ("measure", "structure", "qualifier", "shape")


def contradicted(s: Signals) -> bool:
    """The answer contradicts the question: one of :data:`GATES` is 0."""
    return any(getattr(s, g) == 0 for g in GATES)


def header_answers(s: Signals, model: Model | None = None) -> bool:
    """A document's title or author asked for and read from its header card answers as a section's title does,
    without the model, when it is of the asked kind and nothing the question names is missing or contradicted
    (the model, fitted on passages' sentences, weighs a header card's few words as weak alignment); or when the
    model answers it anyway (a title word of the question the card does not hold in its language is no contradiction
    the model has not weighed)."""
    return s.typed == 1.0 and s.constraints == 1.0 and s.document == 1.0 and not contradicted(s) or answers(s, model)


def answers(s: Signals, model: Model | None = None) -> bool:
    """True when the signals say the documents answer the question."""
    return not contradicted(s) and (model or default_model()).answers(s)
