"""A level asked (几级响应, 哪一级, 什么级别): the grade before 级, however it is written.

Chinese reports write an emergency response's or a prize's level in Roman numerals (启动IV级应急响应, Ⅳ级) as often
as in Chinese numerals (三级) or digits (2级). The figure reading of a count (:mod:`.figures_zh`) reads digits and
Chinese numerals before a measure word, so a Roman grade was no figure at all and 几级 took the clause's month
(2025年7月 … 启动IV级应急响应: 7月). A question that asks a level is answered with the grade and its 级; a sentence
that gives none leaves the count's reading as it was. Pure functions over a question and a sentence.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query

# 几级, 哪一级 / 哪级, 什么级别 / 啥级别, 多少级 (the question's normalised text: simplified, half-width)
_ASKS = re.compile(r"(?:几|多少|哪一?)级|(?:什么|啥|哪个)级别")
# a grade: Roman numerals (ASCII, or the single Unicode forms a loader may keep), Chinese numerals, or digits, then 级;
# not a word that ends in 级 (升级, 各级, 上级, 年级 after a year) nor a code's letters (B2级 reads B2 whole)
_GRADE = re.compile(r"(?<![A-Za-z\d])(?:[IVX]{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|[一二三四五六七八九十]{1,2}|\d{1,2})级")


def asks_level(q: Query) -> bool:
    """A Chinese question that asks which level something is (几级响应, 获得哪一级奖)."""
    return q.lang == "zh" and _ASKS.search(q.text) is not None


def holds_level(text: str) -> bool:
    """``text`` gives a grade with its 级 (IV级, 三级, 2级)."""
    return _GRADE.search(text) is not None


def level_asked(q: Query, sentence: str) -> Span | None:
    """The first grade the sentence gives with its 级 when the question asks a level, or None."""
    m = _GRADE.search(sentence) if asks_level(q) else None
    return Span(m.group(0), m.start(), m.end(), "level") if m else None
