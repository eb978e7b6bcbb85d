"""The English bridge's weights and limits, both ways (``bridge.py``: English question -> Chinese corpus words;
``bridge_en.py``: Chinese corpus word -> English), in one place: what each weighs and how it was set.

All were set by hand when each part of the bridge was written, on the dev set and the tune halves' English
questions; none is fitted. Those marked (built) shape the bridge an index is built with (``bridge.json``), so the
index manifest records them (``passage_texts.tunables``).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BridgeWeights:
    """What an English question word's Chinese corpus words weigh, and a Chinese corpus word's English ones."""

    # English question -> Chinese corpus words (bridge.py)
    single_char: float = 0.35      # a one-character corpus word a gloss reaches, against a longer one (built)
    partial: float = 0.45          # a word that is half of a two-word gloss ("average" of "annual average" -> 年均)
    #                                (built)
    composed: float = 0.45         # a gloss made of a word's parts (cedict.composed_keys): as a partial match; 0.8
    #                                put 党群 ("party" + "group") above 党组 for "party groups" (built)
    phrase_boost: float = 0.25     # a matched phrase weighs 1 + this per word past its first: longer, stronger
    two_word_partial: float = 1.5  # a two-word part of a longer gloss ("party group" of "leading party group")
    under_two_words: float = 0.5   # ... and the one-word match it takes over keeps this share
    # Chinese corpus word -> English (bridge_en.py, bridge.english_alternatives)
    to_english: float = 0.8        # an English corpus word reached from a Chinese question word
    gloss_part: float = 0.8        # a word of a two-word gloss ("board of directors" -> board) (built)
    shared_gloss: float = 0.8      # a gloss two characters share, of a word's own gloss: as a gloss's part (built)
    max_gloss_words: int = 2       # longer glosses are descriptions, not translations (built)
    max_headwords: int = 1500      # an English word glossing more headwords ("one", "make") finds them otherwise
    #                                (built)
    min_english_words: int = 20    # a corpus with fewer English words has no English text to reach (built)


BRIDGE = BridgeWeights()
