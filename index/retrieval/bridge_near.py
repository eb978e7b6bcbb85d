"""English words near in meaning, read through CC-CEDICT itself: two glosses are near when one Chinese headword
glosses both ("send out" and "dispatch" are both glosses of 发出; "total" and "accumulate" of 累计), so a question's
everyday word reaches, weaker, the corpus words its neighbours gloss (send -> dispatch -> 出动, put out -> issue ->
发布), where the corpus's own word is glossed in words the question does not use.

Made per index with the rest of the bridge (``Bridge.build``), kept in ``bridge.json`` as ``near``.
"""
from __future__ import annotations

import functools
import math
from collections import defaultdict

from reportbot.index.retrieval.bridge_weights import BRIDGE
from reportbot.index.retrieval.cedict import _cedict_entries, common_keys_of


@functools.lru_cache(maxsize=1)
def _sense_sets() -> tuple[tuple[str, ...], ...]:
    """Each headword's common gloss keys (words joined by a space), for the headwords of two characters or more
    glossed in at least two and at most ``BridgeWeights.near_senses`` ways: a word of many senses joins
    glosses that mean different things."""
    out = []
    for simp in _cedict_entries():
        if len(simp) >= 2:
            keys = tuple(sorted({" ".join(k) for k in common_keys_of(simp)}))
            if 2 <= len(keys) <= BRIDGE.near_senses:
                out.append(keys)
    return tuple(out)


def near_phrases(phrases: dict[str, list[tuple[str, float]]], weight: float | None = None
                 ) -> dict[str, list[tuple[str, float]]]:
    """Stemmed gloss key -> the corpus words its neighbours' glosses reach (``phrases``: the bridge's dictionary
    matches), each at ``weight`` (``BridgeWeights.near``) times its weight there, shared among the words reached;
    the six strongest kept. A key's own matches are not repeated here. None at all with a weight of 0."""
    weight = BRIDGE.near if weight is None else weight
    if weight <= 0:
        return {}
    reach: dict[str, dict[str, float]] = defaultdict(dict)
    for keys in _sense_sets():
        found = [k for k in keys if k in phrases]
        if not found:
            continue
        for a in keys:
            own = {w for w, _ in phrases.get(a, ())}
            for b in found:
                if b == a:
                    continue
                for w, x in phrases[b]:
                    if w not in own and x > reach[a].get(w, 0.0):
                        reach[a][w] = x
    out = {}
    for a, found in reach.items():
        if found:
            spread = weight / math.sqrt(len(found))
            best = sorted(found.items(), key=lambda t: (-t[1], t[0]))[:6]
            out[a] = [(w, round(spread * x, 4)) for w, x in best]
    return out


def with_near(near: dict[str, list[tuple[str, float]]], seq: list[str], i: int, hit, longest: int):
    """The match at word ``i`` with its words' neighbours' corpus words added (each only where the match does not
    already hold it); a neighbour phrase longer than the match ("put out" over "put") takes its words, the match's
    own words kept beside it; where nothing matched, the longest phrase with neighbours matches alone."""
    for n in range(min(longest, len(seq) - i), 0, -1):
        found = near.get(" ".join(seq[i:i + n]))
        if found and (not hit or n >= hit[0]):
            group = dict(hit[1]) if hit else {}
            for w, x in found:
                group.setdefault(w, x)
            return n, group
    return hit
