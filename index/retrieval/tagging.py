"""A text's words with jieba's part-of-speech tags, spaces left out, read once per text.

Several checks read a Chinese question's tagged words (the thing it counts, the persons it names, the category it
asks, a clock time, 几号), each for one question; the tagger is the costliest step among them, so the words are kept
for the last texts read. The dictionary jieba tags by does not change at run time, so a text's words do not either.
"""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=512)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """``text``'s (word, tag) pairs, as ``jieba.posseg.lcut`` gives them, without the words that are only spaces."""
    import jieba.posseg

    return tuple((w, f) for w, f in jieba.posseg.lcut(text) if w.strip())
