"""A text's words with jieba's part-of-speech tags, read once per text.

Several checks read a Chinese question's tagged words (the thing it counts, the persons it names, the category it
asks, a clock time, 几号), and the answer kinds read the evidence sentence's (a person's name, a place, a role): the
same texts, each tagged by several checks of one question, and the same passages' sentences by later questions. The
tagger is the costliest step among them (its hidden Markov model reads each stretch the dictionary lacks), so the
words are kept for the last texts read. The dictionary jieba tags by does not change at run time, so a text's words
do not either; ``lru_cache`` keeps the tables whole under the bot's concurrent questions (a text two threads tag at
once is tagged twice, to the same words).
"""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=2048)  # a sentence's words take a few kB: some MB at most
def words(text: str) -> tuple:
    """``text``'s words as ``jieba.posseg.cut`` gives them (``pair`` objects: ``.word``, ``.flag``), spaces kept.

    Shared by every caller: read them, never change them.
    """
    import jieba.posseg  # 0.3 s to import: loaded when the first text is tagged

    return tuple(jieba.posseg.cut(text))


@functools.lru_cache(maxsize=1024)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """``text``'s (word, tag) pairs, as ``jieba.posseg.lcut`` gives them, without the words that are only spaces."""
    return tuple((w.word, w.flag) for w in words(text) if w.word.strip())
