"""A question asking a total, and the figures a sentence marks as one: "how many AEDs in total" over
"新增配置AED 1200台，累计配置达5620台" wants the figure marked as a total. Pure functions over strings (split from
:mod:`.units`).
"""
from __future__ import annotations

import re

from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import STOPWORDS_EN, english_words, stem

_TOTAL_ASKED = re.compile(r"\b(in total|total|altogether|cumulative(ly)?|overall|all told)\b|"
                          r"总共|一共|累计|总数|合计|总计|共有")
# a total's Chinese marks of two characters (a figure read with its qualifier starts at one: 累计76个, marked as one
# as much as 累计达76个)
_TOTAL_ZH = r"累计|共计|总计|合计|总共|一共"
_TOTAL_MARK = re.compile(rf"({_TOTAL_ZH}|(?<![公中])共(?![产青同享建识])|总数|a total of|in total|"
                         r"total(?:ling)?|altogether)[^\d，。；,;]{0,12}$", re.I)  # 共派出…志愿者3100名
_TOTAL_OPENS = re.compile(_TOTAL_ZH)


def totals_only(q: Query, sentence: str, starts: list[int]) -> list[int]:
    """A question that asks for a total keeps only the figures the sentence marks as one (累计…, a total of …),
    when it marks any; otherwise every figure stays. Takes and returns the figures' start positions."""
    if not _TOTAL_ASKED.search(q.text.lower()):
        return starts
    asked = {stem(w) for w in english_words(q.text.lower())}
    marked = [s for s in starts if _TOTAL_OPENS.match(sentence, s)
              or (m := _TOTAL_MARK.search(sentence[max(0, s - 16):s])) and not _other_noun(m.group(0), asked)]
    return marked or starts


def _other_noun(mark: str, asked: set[str]) -> bool:
    """The English words between a total's mark and its figure name a thing the question does not ("total costs to
    £94.9 million" for the total income): that total is another thing's."""
    if not mark[:1].isascii():
        return False  # a Chinese mark (共派出AED志愿者): what it counts is read by the figure's measure word
    words = english_words(re.sub(r"^(?:a total of|in total|total(?:ling)?|altogether)", "", mark, flags=re.I).lower())
    return any(w not in STOPWORDS_EN and stem(w) not in asked for w in words)


def marks_total(q: Query, sentence: str) -> bool:
    """The question asks for a total and the sentence marks a figure as one (一共多少学时 over 培训共56学时)."""
    if not _TOTAL_ASKED.search(q.text.lower()):
        return False
    return any(_TOTAL_MARK.search(sentence[max(0, m.start() - 16):m.start()]) for m in re.finditer(r"\d+", sentence))
