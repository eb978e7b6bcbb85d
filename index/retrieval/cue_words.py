"""A question's words as the edition cues read them: jieba's tag and CC-CEDICT's first sense of each word, read
once per question. The latest cue (:func:`.editions.asks_latest`: 现在, 目前) and the revision cue
(:func:`.revision.asks_revised`: 更正后, 最终) both ask them of every question where editions pair; each used to
tag the question and look its words up again.
"""
from __future__ import annotations

import functools
import re

from reportbot.index.retrieval import tagging

_HAN = re.compile(r"[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=1024)
def cue_words(question: str) -> tuple[tuple[str, str, int, str | None], ...]:
    """(word, tag, start, first sense) of each word jieba tags in ``question``, in order: where it starts in the
    question and its first CC-CEDICT sense (:func:`.senses.first_sense`; None for a word with no Chinese
    character or no common entry)."""
    from reportbot.index.retrieval import cedict, senses

    return tuple((word, tag, start, senses.first_sense(cedict.entries_of(word)) if _HAN.search(word) else None)
                 for word, tag, start in tagging.placed(question))
