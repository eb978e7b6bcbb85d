"""Small readings the bridge's build and matching share: a made-up gloss's head alone, a kind-of-place word
that reaches no name alone, and a question word's stem as CC-CEDICT spells it (split from ``bridge.py``)."""
from __future__ import annotations

import math
from collections import defaultdict

from reportbot.index.retrieval.bridge_weights import BRIDGE
from reportbot.index.retrieval.cedict import english_vocabulary
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
    return own if spelt == word or own in english_vocabulary() else stem(spelt)


def american_stems(words: list[str], seq: list[str]) -> list[str] | None:
    """The question's stems with each British spelling read the American way where the glosses spell the word both
    ways (organisation: organis and organiz), or None when no word changes: CC-CEDICT glosses mostly in American, so
    the British stem alone reaches only the few entries written so, and weakly."""
    known = english_vocabulary()
    alt = [spelt if (spelt := stem(american(w))) != s and spelt in known else s for w, s in zip(words, seq)]
    return alt if alt != seq else None


def either_spelling(hit, other):
    """Two readings of the same words (British and American spelling) as one: the longer match, or, for the same
    words, each corpus word at the stronger of its two weights."""
    if not other or (hit and hit[0] > other[0]):
        return hit
    if not hit or other[0] > hit[0]:
        return other
    group = dict(hit[1])
    for w, x in other[1].items():
        group[w] = max(group.get(w, 0.0), x)
    return hit[0], group


def one_group_each(groups: list[dict[str, float]]) -> list[dict[str, float]]:
    """Each corpus word in one group only, the one that weighs it most (the first on a tie), unless that would leave
    another group empty: a word two question words both reach (组建, glossed both "organize" and "set up") would
    otherwise count twice for a passage that writes it once, over one that writes each of the two."""
    best: dict[str, int] = {}
    for i, g in enumerate(groups):
        for w, x in g.items():
            if w not in best or x > groups[best[w]][w]:
                best[w] = i
    out = []
    for i, g in enumerate(groups):
        kept = {w: x for w, x in g.items() if best[w] == i}
        out.append(kept or g)
    return out


# endings that make a doer or a role of a verb (lead -> leader, direct -> director, chair -> chairman)
_AGENT_ENDINGS = ("er", "or", "man", "ship")


def with_agents(word_stem: str, hit, phrases: dict, partial: dict, asked: bool):
    """A verb right after "who" asks for its doer or role ("who leads the team": 队长, team leader; who chairs: 主席
    chairman): a one-word match gains the words glossed so, as strong as the verb's own readings (``asked``)."""
    if not asked or len(word_stem) < 3 or (hit and hit[0] != 1):
        return hit
    group = dict(hit[1]) if hit else {}
    top = max(group.values(), default=1.0)  # no stronger than the verb's own best reading
    for end in _AGENT_ENDINGS:
        key = word_stem + end
        for w, x in [*phrases.get(key, ()), *partial.get(key, ())]:
            group[w] = max(group.get(w, 0.0), min(x, top))
    return (1, group) if group else hit
