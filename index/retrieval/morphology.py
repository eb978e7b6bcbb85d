"""English words the dictionary's glosses do not spell, reached through a word they do.

CC-CEDICT glosses a corpus word with base forms ("to guard", "to benefit from"); questions use the
derived forms (guardian, beneficiaries, provincial, recognised) and typos (volunters, registerd). Two
general remedies, both over the stems of the bridge's own gloss keys, never a word list:

- a typo: a word that is no English word CC-CEDICT uses, one edit (a letter deleted, added, changed,
  or two swapped) from a word whose stem is a gloss key;
- a relative: a gloss key that is the word's stem but for a derivational ending (guard + ian,
  provinc + ial, benefi(t) + ciari): the two share a prefix of at least ``Relatives.prefix``
  letters that is all of the key but its last letter at most, and the word adds at most
  ``Relatives.tail`` letters after it.
"""
from __future__ import annotations

import string
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Relatives:
    """How near a gloss key must be to an unmatched word; set by hand on the tune halves' English questions."""

    prefix: int = 5       # letters shared at the start (4 made station a relative of state)
    tail: int = 5         # letters the word may add after the shared prefix (guardian: guard + ian)
    typo_chars: int = 5   # the shortest word read as a typo (thru, ppl are left alone)
    # the shortest shared prefix of a phrase's last word and the gloss's (aider, aid): the phrase's other words
    # already say which gloss is meant (set by hand: a three-letter word is the shortest English stem)
    phrase_prefix: int = 3
    # what a word reached so counts of the gloss word's weight in the bridge (bridge.Bridge._near_word)
    typo_weight: float = 0.9       # a typo's correction (volunters -> volunteer): nearly the word itself
    relative_weight: float = 0.45  # a derivational relative (guardian -> guard): as a partial gloss match counts
    # the longest word read as a shortening (ppl, avg, orgs, yrs): longer words are words or typos
    short_chars: int = 4


RELATIVES = Relatives()


def _edits(word: str) -> Iterable[str]:
    """Every string one edit from ``word``."""
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for a, b in splits:
        if b:
            yield a + b[1:]
            for c in letters:
                yield a + c + b[1:]
        if len(b) > 1:
            yield a + b[1] + b[0] + b[2:]
        for c in letters:
            yield a + c + b


def corrected(word: str, is_key: Callable[[str], bool], stem: Callable[[str], str],
              english: frozenset[str], r: Relatives = RELATIVES) -> str | None:
    """The stem of the one gloss word a typo stands for (volunters -> volunt), None if no single one."""
    if len(word) < r.typo_chars or not word.isalpha() or stem(word) in english:
        return None
    found = {s for s in map(stem, set(_edits(word))) if is_key(s)}
    return found.pop() if len(found) == 1 else None


def _shared(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def is_relative(key: str, word_stem: str, r: Relatives = RELATIVES) -> bool:
    """Whether ``word_stem`` derives from the gloss word ``key`` by an ending (aider from aid, grouping from group):
    it shares all of the key but its last letter at most, and adds at most ``r.tail`` letters; no shorter prefix
    than ``r.phrase_prefix``. For the last word of a phrase whose other words match (bridge.Bridge._phrase_relative)."""
    n = _shared(key, word_stem)
    return key != word_stem and n >= max(len(key) - 1, r.phrase_prefix) and len(word_stem) - n <= r.tail


class RelativeIndex:
    """One-word gloss keys by their first letters, to find a word's relatives quickly."""

    def __init__(self, keys: Iterable[str], r: Relatives = RELATIVES):
        self.r = r
        self.by_start: dict[str, list[str]] = defaultdict(list)
        for k in keys:
            if " " not in k and len(k) >= r.prefix:
                self.by_start[k[:r.prefix]].append(k)

    def relatives(self, word_stem: str) -> list[str]:
        """The gloss keys sharing the longest qualifying prefix with ``word_stem`` (guardian -> guard)."""
        best, out = 0, []
        for k in self.by_start.get(word_stem[:self.r.prefix], ()):
            n = _shared(k, word_stem)
            if k == word_stem or n < len(k) - 1 or len(word_stem) - n > self.r.tail:
                continue
            if n > best:
                best, out = n, [k]
            elif n == best:
                out.append(k)
        return sorted(out)


_VOWELS = frozenset("aeiouy")


def _skeleton(word: str) -> str:
    """A word's first letter and its consonants after it (people -> ppl, year -> yr, average -> avrg)."""
    return word[:1] + "".join(c for c in word[1:] if c not in _VOWELS)


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def shortened(word: str, keys: Iterable[str], english: frozenset[str], r: Relatives = RELATIVES) -> list[str]:
    """The one-word gloss keys a shortening typed for speed stands for, the likeliest reading's (empty: none).

    English shortens a word to its first letters (org, grad, staf) or to its first letter and some of its
    consonants in order (ppl, yr, avg); a plural s stays on (orgs, yrs). Read so: a word of two to
    ``r.short_chars`` letters (without that s) that is no English word CC-CEDICT uses. The key it begins wins,
    else the keys whose skeleton it spells whole, else those whose skeleton holds it in order and ends as it
    ends (avg: a-v-r-g; agm is no a-g-m-n-t), the shortest.
    """
    w = word[:-1] if len(word) > 2 and word.endswith("s") else word
    # two letters are a shortening only with a plural s (yrs); alone they are initials (rc, hk)
    if not (len(w) >= (2 if w != word else 3) and len(w) <= r.short_chars and w.isalpha()) \
            or w in english or word in english:
        return []
    found: list[list[str]] = [[], [], []]
    for k in keys:
        if k[:1] != w[:1] or len(k) <= len(w) or " " in k:
            continue
        skeleton = _skeleton(k)
        if k.startswith(w):
            found[0].append(k)
        elif skeleton == w:
            found[1].append(k)
        elif all(c not in _VOWELS for c in w[1:]) and w[-1] == skeleton[-1] and _in_order(w, skeleton):
            found[2].append(k)
    best = next((f for f in found if f), [])
    if best is found[2]:
        shortest = min(len(_skeleton(k)) for k in best)
        best = [k for k in best if len(_skeleton(k)) == shortest]
    return sorted(best)
