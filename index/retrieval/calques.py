"""English names a Chinese question translates by meaning, character by character (the bridge's zh -> en side).

A Chinese reader of an English document names its places and bodies by their parts' sense: Southport is 南港
(south + port), Eastgate 东门 (east + gate), Harbour City 港城 (harbour + city). CC-CEDICT holds none of these
two-character words, and a lone character's glosses are never read alone, so the question reached no English word
the document writes. Built with the bridge from the words the English text writes:

- a word no CC-CEDICT gloss uses that is two characters' one-word glosses joined (southport = south + port) is
  reached from those two characters written together (:func:`joined_names`);
- two capitalised words in a row (Harbour City) are reached from a character glossing the first followed by one
  glossing the second, each as a word of a two-word gloss is (:func:`phrase_names`).

Only a two-character word CC-CEDICT lacks is read so (南港 is in it, as Taipei's Nankang, and is still read: its only
entry is a name elsewhere); each character by the first glosses of its common senses, as a reader takes them.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from reportbot.index.retrieval.bridge_weights import BRIDGE
from reportbot.index.retrieval.cedict import _cedict_entries, english_vocabulary
from reportbot.index.retrieval.spelling import american
from reportbot.index.retrieval.tokenize import STOPWORDS_EN, stem

SENSES = 3     # a character's first glosses of each common (not a name's) entry read; set by hand
MIN_PART = 3   # letters of each part of a joined name (east + gate); "in", "on" join everything
COMMON = 6     # CC-CEDICT words a character is part of, at least: a rarer one (闳 gate, 赍 harbor) is not written for
#                the sense; set by hand (枫, maple, is in 7)
_ONE_WORD = re.compile(r"^[a-z]+$")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_CAPITALISED_PAIR = re.compile(r"\b(?=([A-Z][a-z]{2,})\s+([A-Z][a-z]{2,})\b)")


@functools.lru_cache(maxsize=1)
def characters_by_gloss() -> dict[str, tuple[str, ...]]:
    """A one-word gloss (American spelling, lower case) -> the characters glossed so among their first senses."""
    used = Counter(c for w in _cedict_entries() if len(w) > 1 for c in set(w))
    out: dict[str, list[str]] = defaultdict(list)
    for simp, entries in _cedict_entries().items():
        if len(simp) != 1 or used[simp] < COMMON:
            continue
        for is_name, defs in entries:
            if is_name:
                continue
            for item in _PAREN.sub(" ", defs).split("/")[:SENSES]:
                word = re.sub(r"^(to|a|an|the)\s+", "", item.strip().lower())
                if _ONE_WORD.match(word) and word not in STOPWORDS_EN and simp not in out[word]:
                    out[word].append(simp)
    return {w: tuple(cs) for w, cs in out.items()}


def _lacks(pair: str) -> bool:
    """Whether CC-CEDICT gives ``pair`` no common sense of its own (absent, or only a name elsewhere: 南港)."""
    return all(is_name for is_name, _ in _cedict_entries().get(pair, ()))


def _pairs(first: str, second: str) -> list[str]:
    chars = characters_by_gloss()
    return [a + b for a in chars.get(american(first), ()) for b in chars.get(american(second), ())
            if _lacks(a + b)]


def joined_names(words: Iterable[str]) -> dict[str, list[tuple[str, float]]]:
    """Two characters -> the corpus stem of the word no gloss uses that their glosses spell joined (南港 ->
    southport), at a one-word gloss's weight."""
    known = english_vocabulary()
    out: dict[str, list[tuple[str, float]]] = {}
    for word in words:
        if len(word) < 2 * MIN_PART or stem(word) in known or stem(american(word)) in known:
            continue
        for i in range(MIN_PART, len(word) - MIN_PART + 1):
            for pair in _pairs(word[:i], word[i:]):
                out.setdefault(pair, [])
                if (stem(word), 1.0) not in out[pair]:
                    out[pair].append((stem(word), 1.0))
    return out


def capitalised_pairs(texts: Iterable[str]) -> frozenset[str]:
    """Each two capitalised words in a row the texts write ("harbour city"), lower case, stopwords left out."""
    return frozenset(f"{a.lower()} {b.lower()}" for t in texts for a, b in _CAPITALISED_PAIR.findall(t)
                     if a.lower() not in STOPWORDS_EN and b.lower() not in STOPWORDS_EN)


def phrase_names(pairs: Iterable[str]) -> dict[str, list[tuple[str, float]]]:
    """Two characters -> the stems of two capitalised words in a row their glosses spell in order (港城 -> harbour,
    city), each at a two-word gloss's part's weight (``BridgeWeights.gloss_part``)."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for phrase in pairs:
        first, second = phrase.split(" ")
        for pair in _pairs(first, second):
            for w in (first, second):
                out[pair][stem(w)] = BRIDGE.gloss_part
    return {k: sorted(v.items()) for k, v in out.items()}


def calques(words: Iterable[str], pairs: Iterable[str]) -> dict[str, list[tuple[str, float]]]:
    """Both readings, a joined name first where a pair of characters has both."""
    out = phrase_names(pairs)
    for pair, found in joined_names(words).items():
        out[pair] = found + [x for x in out.get(pair, []) if x[0] not in {w for w, _ in found}]
    return out


def calque_forms(word: str, reached: Iterable[str], written: Iterable[str]) -> tuple[str, ...]:
    """The English names the documents write that a place a Chinese question names is read as by meaning (南港 ->
    southport, 港城 -> harbour city): how the place constraint finds it written in an English passage.

    Args:
        word: the question's place word (two characters, as :func:`calques` reads).
        reached: the corpus stems the bridge gives ``word`` (``Bridge.to_english``).
        written: the documents' English words and capitalised pairs, lower case (``Bridge.written``).
    """
    stems = set(reached)
    if len(word) != 2 or not stems:
        return ()
    found = [w for w in written if all(stem(x) in stems for x in w.split(" "))]
    return tuple(sorted(w for w in found if word in calques([] if " " in w else [w], [w] if " " in w else [])))
