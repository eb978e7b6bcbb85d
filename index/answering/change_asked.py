"""Whether a figure's level answers a question on how much the figure changed (较前年增加了多少名).

A report writes a year's level (全县发展护林会员4,380名) and, elsewhere or not at all, its change (较上年增长12.4%,
a table's 同比 column: +7.9%). A question on the change (较前年增加了多少名, 同比上升多少, 比前年多多少升) is not
answered by the level, as :mod:`.part_year` refuses a part of a year for the whole. The question asks a change when,
after a comparison, a change word or 多 or 少 stands right before its 多少 or 几. Without the comparison a change
word asks no change: 新添了几台 asks a level of new ones, 要上几小时 ('to go up') a duration. The answer's clause
(between the commas, stops, colons and semicolons around it) marks a change when it writes a change word or a
comparison, or the answer is signed (+7.9%). When a change is asked and the clause marks none, the question is
refused.

The words are read from CC-CEDICT (:mod:`reportbot.index.retrieval.cedict`) over jieba's words, not listed by hand:
- a change: a sense "to increase", "to decrease", "to rise", "to go up", "to go down", "to drop", "to fall",
  "to decline", "to reduce", "to lower", "to lessen", "to double", "to add", or the nouns "growth rate", "increment"
  (增长, 增加, 涨, 提高, 下降, 减少, 增, 新增, 增幅). "To grow" is not enough: it would take in 发展
  ('development/growth/to develop/to grow'), which a report writes of a level (发展会员);
- a comparison: an entry whose first sense is "to compare", "compared to", "compared with", "year-on-year" or
  "over the same period" (比, 较, 同比), or a word the dictionary lacks whose first character is one (较前年);
  跟, whose first sense is 'heel', joins two things (甲跟乙合计几小时).
Chinese text only; pure functions over strings.
"""
from __future__ import annotations

import functools
import re

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.clause_bounds import clause_around
from reportbot.index.answering.spans import Span, stands_in
from reportbot.index.retrieval.cedict import common_senses, entries_of

_CHANGE = re.compile(r"^(?:to (?:increase|decrease|rise|go up|go down|drop|fall|decline|reduce|lower|lessen|double"
                     r"|add)\b|growth rate\b|increment$)")
# a comparison's first sense (跟 'heel/to follow/…/compared with' is no comparison: 甲跟乙合计)
_COMPARISON = re.compile(r"^(?:to compare$|compared (?:to|with)\b|year-on-year$|over the same period$)")
_HOW_MUCH = ("多少", "几")  # the question's figure asked: 多少, 几 (几名, 几个 are cut 几 + measure, or one word)
_MORE_OR_LESS = frozenset(("多", "少"))
_PARTICLE = "了"
# the marks around the answer's clause: commas, stops, colons (a field's label) and semicolons
_CLAUSE_MARKS = re.compile(r"[，,。；;！？!?：:\n]")
_SIGNED = re.compile(r"^\s*[+＋\-−–↑↓]\s*[0-9０-９]")


@functools.lru_cache(maxsize=1 << 14)
def is_change_word(word: str) -> bool:
    """Whether CC-CEDICT gives ``word`` a change's sense (增长, 增加, 下降, 减少, 增幅)."""
    return any(_CHANGE.match(s) for s in common_senses(word))


@functools.lru_cache(maxsize=1 << 14)
def is_comparison_word(word: str) -> bool:
    """Whether CC-CEDICT gives ``word`` a comparison's sense first in one of its entries (比, 较, 同比), or its
    first character when the dictionary lacks the word (jieba's 较前年)."""
    if not entries_of(word):
        word = word[:1]
    return any(_COMPARISON.match(text.split("/")[0].strip()) for proper, text in entries_of(word) if not proper)


def _words(text: str) -> list[str]:
    import jieba

    return [w for w in jieba.cut(to_simplified(text)) if w.strip()]


def _asks_figure(word: str) -> bool:
    return word.startswith(_HOW_MUCH)


def asks_change(question: str) -> bool:
    """Whether ``question`` (Chinese) asks how much a figure changed: after a comparison (比, 较, 同比), a change
    word or 多 or 少 right before its 多少 or 几 (较前年增加了多少名, 同比上升多少, 比前年多多少)."""
    words = [w for w in _words(question) if w != _PARTICLE]
    for i in range(len(words) - 1):
        if not _asks_figure(words[i + 1]):
            continue
        w = words[i]
        if (is_change_word(w) or w in _MORE_OR_LESS) and any(is_comparison_word(x) for x in words[:i]):
            return True
    return False


def marks_change(text: str) -> bool:
    """Whether ``text`` (Chinese) writes a change or a comparison (较上年增长12.4%, 比上年减少40人, 同比：+3.1%)."""
    return any(is_change_word(w) or is_comparison_word(w) for w in _words(text))


def change_kept(question: str, sentence: str, span: Span | None) -> bool:
    """False when ``question`` asks how much a figure changed and the answer's clause in ``sentence`` marks no
    change and the answer is not signed; True otherwise and when nothing is answered from a sentence."""
    if not asks_change(question) or not stands_in(sentence, span):
        return True
    if _SIGNED.match(span.text):
        return True
    return marks_change(clause_around(sentence, span.start, span.end, _CLAUSE_MARKS))
