"""Small readings the bridge's build and matching share: a made-up gloss's head alone, a kind-of-place word
that reaches no name alone, and a question word's stem as CC-CEDICT spells it (split from ``bridge.py``)."""
from __future__ import annotations

import math
from collections import defaultdict

from reportbot.index.retrieval.bridge_weights import BRIDGE
from reportbot.index.retrieval.cedict import _english
from reportbot.index.retrieval.spelling import american
from reportbot.index.retrieval.tokenize import stem


def head_partials(composed: set[tuple[tuple[str, ...], str]], taken) -> dict[str, list[tuple[str, float]]]:
    """A made-up gloss's head alone ("stations" for 救护站, rescue station), where no dictionary gloss or partial
    match is keyed so: a partial match of a made-up gloss, weaker than either (BridgeWeights.partial × .composed)."""
    heads: dict[str, set[str]] = defaultdict(set)
    for key, simp in composed:
        if len(key) >= 2 and key[-1] not in taken:
            heads[key[-1]].add(simp)
    return {k: [(h, round(BRIDGE.partial * BRIDGE.composed / math.sqrt(len(hs)), 4)) for h in sorted(hs)][:6]
            for k, hs in heads.items()}


def generic(sub: str, english: frozenset[str]) -> bool:
    """One common English word alone, a part of a place's or a person's name ("county" of "Yadong county",
    "city" of every city's gloss): it names the kind of place, not the place, so it reaches no name alone."""
    return " " not in sub and sub in english


def gloss_stem(word: str) -> str:
    """A question word's stem as CC-CEDICT's glosses spell it: a British spelling they never use in American
    (programme -> program, centre -> center)."""
    own = stem(word)
    spelt = american(word)
    return own if spelt == word or own in _english() else stem(spelt)
