"""An English word whose every CC-CEDICT headword the corpus lacks, read through the corpus words that spell part
of one of those headwords: "charity" glosses 公益事业 (public welfare undertaking) and 慈善机构, never a word the
text writes, and the text writes 公益 (公益项目); "FAQ" glosses 常见问题. The word's own headwords say what it means
in Chinese; the corpus's words inside them are the nearest the documents come to saying it.

Made per index with the rest of the bridge (``Bridge.build``), kept in ``bridge.json`` as ``spelt``; read only for a
question word that matches nothing else (``Bridge._match_at``).
"""
from __future__ import annotations

import functools
import math
import re
from collections import defaultdict

from reportbot.index.retrieval.bridge_weights import BRIDGE
from reportbot.index.retrieval.cedict import _cedict_entries, common_keys_of

_CHINESE = re.compile(r"[\u4e00-\u9fff]{2,}")


@functools.lru_cache(maxsize=1)
def _long_headwords() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each headword of three characters or more with its common gloss keys (words joined by a space)."""
    out = []
    for simp in _cedict_entries():
        if len(simp) >= 3 and _CHINESE.fullmatch(simp):
            keys = tuple(sorted({" ".join(k) for k in common_keys_of(simp)}))
            if keys:
                out.append((simp, keys))
    return tuple(out)


def _parts(simp: str, vocabulary: set[str]) -> list[str]:
    """The corpus words of two characters or more inside ``simp`` (not ``simp`` itself), none inside another."""
    found = {simp[i:j] for i in range(len(simp)) for j in range(i + 2, len(simp) + 1)
             if (i, j) != (0, len(simp)) and simp[i:j] in vocabulary}
    return sorted(w for w in found if not any(w != o and w in o for o in found))


def spelt_phrases(vocabulary, taken, weight: float | None = None) -> dict[str, list[tuple[str, float]]]:
    """Gloss key -> the corpus words inside the headwords it glosses that the corpus lacks, for the keys no corpus word
    is glossed by (``taken``), each at ``weight`` (``BridgeWeights.spelt``) shared among them; the six first kept.
    None at all with a weight of 0."""
    weight = BRIDGE.spelt if weight is None else weight
    if weight <= 0:
        return {}
    words = {w for w in vocabulary if _CHINESE.fullmatch(w)}
    reach: dict[str, set[str]] = defaultdict(set)
    for simp, keys in _long_headwords():
        if simp in words:
            continue
        free = [k for k in keys if k not in taken]
        parts = _parts(simp, words) if free else []
        for k in free if parts else ():
            reach[k].update(parts)
    return {k: [(w, round(weight / math.sqrt(len(ws)), 4)) for w in sorted(ws)][:6] for k, ws in reach.items()}


def spelt_at(spelt: dict[str, list[tuple[str, float]]], seq: list[str], i: int, longest: int):
    """The longest phrase at word ``i`` that :func:`spelt_phrases` reaches (n words, group), or None."""
    for n in range(min(longest, len(seq) - i), 0, -1):
        found = spelt.get(" ".join(seq[i:i + n]))
        if found:
            return n, dict(found)
    return None
