"""Whether one year's figure answers a question on a span of years (这六年, 六年来, 三大以来).

A review of several years (“三大”以来工作综述: 六年来，全县累计开展巡护培训23.6万人次) answers a question on the span;
a yearly update (临江县护林协会2031年度工作进展通报: 2031年，全县开展巡护培训4.2万人次) gives one year's figure of
the same thing, and the search finds it by the thing's words. When the question asks a span of years and the
answer's document is titled by one year, the answer must write a span itself (its sentence, its passage or the
heading it stands under: 六年来, 以来, 2026年至2031年); otherwise the figure is the year's and the question is refused.

- a span asked: a count of years (两 … 十, or 2 to 19 in digits) before 年 and then 来, 里, 间, 内, 中 (六年来,
  十年里) or what was done in it by jieba's tags (六年新建了…: not a noun, a figure, 前 or 后); or 以来 (三大以来).
  Not 几年 (a duration asked), not a year (2031年), not a count of years naming a thing (三年行动方案);
- a title of one year: the title names one year (2031年, 2031年度, 民國120年) and no span (a second year, a dash or
  至 between years, 以来, a count of years);
- a span written: the same marks in the answer's text (a count of years with 来, 里, 间, 以来, or two years with a
  dash or a word of sense "until", "to" between them).
Chinese text only; pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.spans import Span, stands_in

_COUNT = r"(?:[两二三四五六七八九十]|(?<![0-9０-９])(?:1[0-9]|[2-9]))"
# a count of years with the word that makes it a span (六年来, 十年里, 五年间); and 以来 (since)
_SPAN = re.compile(rf"{_COUNT}\s*年\s*(?:来|里|间|内|中|嚟)|以来")
_BARE = re.compile(rf"{_COUNT}\s*年(?![级制期度])")
# jieba's tags of a word after a bare count of years that make the count a name's or a time's, not a span: a noun
# (三年规划: n; a verbal noun before a noun, 三年行动方案: vn n), a figure or a measure (m, q), a particle (y),
# a place word (五年前, 五年后: f)
_NOT_SPAN_TAGS = ("n", "m", "q", "y", "f", "x")
_YEAR = re.compile(r"(?<![0-9０-９])(?:(?:19|20)[0-9]{2}|1[0-9]{2})(?![0-9０-９])(?=\s*(?:年|[-—–~～至到]))")
# two years with a dash or 至 / 到 between them (2026—2031年, 2026年至2031年, 2030-31年度)
_RANGE = re.compile(r"(?:19|20)[0-9]{2}\s*年?\s*(?:[-—–~～]|至|到)\s*(?:(?:19|20)?[0-9]{2})(?![0-9])")


def _after_bare(text: str, end: int) -> bool:
    """Whether the word after a bare count of years (六年 ending at ``end``) starts what was done in it (六年新建了…,
    五年一共募了…) by jieba's tags, not a name (三年行动方案) or a time (五年前)."""
    import jieba.posseg

    rest = text[end:end + 8]
    words = [w for w in jieba.posseg.cut(rest) if w.word.strip()]
    if not words:
        return False
    flag = words[0].flag
    if flag == "vn":  # 培训了… (what was done), not 行动方案 (a name)
        return len(words) < 2 or not words[1].flag.startswith("n")
    return flag == "ns" or not flag.startswith(_NOT_SPAN_TAGS)  # (jieba tags some verbs ns: 新建, 惠及)


def asks_span(question: str) -> bool:
    """Whether ``question`` (Chinese) asks about a span of years (这六年, 六年来, 三大以来)."""
    text = to_simplified(question)
    if _SPAN.search(text):
        return True
    return any(_after_bare(text, m.end()) for m in _BARE.finditer(text))


def writes_span(text: str) -> bool:
    """Whether ``text`` writes a span of years (六年来, 以来, 2026年至2031年)."""
    simple = to_simplified(text)
    return bool(_SPAN.search(simple) or _RANGE.search(simple))


def one_year_title(title: str) -> bool:
    """Whether ``title`` names one year (2031年度工作进展通报, 民國120年度…) and no span of years."""
    simple = to_simplified(title)
    years = set(_YEAR.findall(simple))
    return len(years) == 1 and not writes_span(simple) and not _BARE.search(_YEAR.sub("", simple))


def span_kept(question: str, sentence: str, span: Span | None, title: str, passage: str = "",
              heading: str = "") -> bool:
    """False when ``question`` asks a span of years, the answer's document is titled by one year and the answer's
    ``sentence``, ``passage`` and ``heading`` write no span; True otherwise and when nothing is answered from a
    sentence."""
    if not stands_in(sentence, span) or not asks_span(question) or not one_year_title(title):
        return True
    return any(writes_span(t) for t in (sentence, passage, heading))
