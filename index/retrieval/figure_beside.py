"""Whether a passage gives a figure beside the thing a count question counts, or only names the thing.

A report names what it counts in many passages (博爱家园 in its plan, its review, its list of sites) and gives the count
in one (新建博爱家园42个, 42个博爱家园). A count question (多少个博爱家园, how many charity projects) is answered by
that one: :func:`counted_terms` reads the counted thing's words from the analysed question (the Chinese word, the
head of "how many X" with the bridge's words for it in the other language) and the other words of its noun phrase
(youth in "how many youth members"); :func:`states_count` tells whether a text gives a figure beside one of the
thing's words, in either order, with its measure word or unit, and says each other word of the phrase that the
documents' language has a word for (a near miss asks a count of a narrower thing: 成人会员68.05万名 gives no count of
youth members). Pure functions; the reordering step that weighs the answer is ``reorder.counted_first``.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportbot.index.retrieval.counted import counted_phrase, unit_of
from reportbot.index.retrieval.measured import CLASSIFIERS, MEASURE_WORDS, asked_measure
from reportbot.index.retrieval.numerals import NUMERAL_ZH, ZH_NUMBER
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tagging import tagged
from reportbot.index.retrieval.tokenize import english_words, stem

# a figure that counts, not a date's year, month or day (2025年, 3月, 16日): in digits, or in Chinese numerals before a
# measure word (a numeral inside a word counts nothing: 红十字, 一核两翼); what may part it from the counted word: its
# measure word and a few characters of the noun phrase before it (21支红十字救援队), or after the word a verb or two
# (注册志愿者达6.84万名, 基层组织超2万个); punctuation ends the phrase. A threshold or a rate counts nothing done
# (累计捐血满10次者, 每期限额60人)
_TIME_WORDS = {"年", "月", "天", "周", "岁", "周岁"}
_COUNTING = "|".join(map(re.escape, sorted(MEASURE_WORDS - _TIME_WORDS, key=len, reverse=True)))
_DIGITS = r"(?<![第满每\d.,])\d[\d,]*(?:\.\d+)?[万亿千百]*[余多]?(?![年月日号\d])"
_NUMERALS = rf"(?<![第满每{NUMERAL_ZH}]){ZH_NUMBER}[余多]?"
_HAN = r"[\u4e00-\u9fff]"
_AFTER = r"[\u4e00-\u9fff”」』）)]"  # a quoted or bracketed word's close (“五星级志愿者”620名)
_FIGURE_ZH = rf"(?:{_DIGITS}(?:{_COUNTING})?|{_NUMERALS}(?:{_COUNTING}))"
# an English figure: not a year (in 2024) nor part of a date or an identifier
_FIGURE_EN = r"(?<![\w.,])[$£€¥]?(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|k)\b)?"


# the measure words of an English noun that counts no thing: times, people, money, a share, a length of time (how
# many people: 多少人); a noun with a classifier (projects: 个, teams: 支, members: 名) names the thing it counts
_MEASURED = frozenset({"次", "人", "元", "%", "年", "月", "天", "小时"})
# the measures a Chinese count question of a thing asks in: none (多少博爱家园), a classifier (个, 支, 项), or people
# (多少名志愿者)
_THINGS_MEASURE = frozenset({None} | CLASSIFIERS | {"人", "位"})


@dataclass(frozen=True)
class Counted:
    """What a count question counts: ``terms``, the words of the thing (any language); ``modifiers``, for each other
    word of its noun phrase, the words that say it (a passage must say one of each group in its own language)."""

    terms: tuple[str, ...]
    modifiers: tuple[tuple[str, ...], ...] = ()
    measure: str | None = None  # the classifier a Chinese question asks in (几支: 支), None for any


@functools.lru_cache(maxsize=256)
def beside_zh(terms: tuple[str, ...], measure: str | None = None) -> re.Pattern | None:
    """A Chinese figure beside one of ``terms``: before it (89个县, 21支红十字救援队, 42个博爱家园), or after it
    (公益项目405个, 新建博爱家园42个, a table cell under it: 参演人次：612); None without terms. With ``measure`` (the
    classifier the question asks in: 几支), the figure is in it (104支救援队建立党支部 counts teams, 3个党支部
    branches)."""
    long = "|".join(map(re.escape, sorted((t for t in terms if len(t) >= 2), key=len, reverse=True)))
    short = "|".join(map(re.escape, sorted(t for t in terms if len(t) == 1)))
    if measure is None:
        figure, after = _FIGURE_ZH, rf"(?:{_DIGITS}|{_NUMERALS}(?:{_COUNTING}))(?!(?:{_COUNTING})?者)"
    else:
        unit = "(?:人|名|位)" if measure in ("人", "名", "位") else re.escape(measure)
        figure = after = rf"(?:{_DIGITS}|{_NUMERALS}){unit}(?!者)"
    parts = [rf"{figure}(?:{short})"] if short else []
    if long:
        parts += [rf"{figure}{_HAN}{{0,4}}?(?:{long})", rf"(?:{long}){_AFTER}{{0,3}}?[：:]?\s*{after}"]
    return re.compile("|".join(parts)) if parts else None


@functools.lru_cache(maxsize=256)
def beside_en(terms: tuple[str, ...]) -> re.Pattern | None:
    """An English figure beside one of ``terms`` (stems: project, counti): before it, up to two words between (46
    charity projects, 1,200 trained volunteers), or after it, a colon or a verb of amount between (projects: 46,
    volunteers totalled 1,200, First Responders 348); None without terms."""
    words = "|".join(map(re.escape, sorted((t for t in terms if len(t) >= 3 and t.isascii()), key=len, reverse=True)))
    if not words:
        return None
    return re.compile(rf"{_FIGURE_EN}\s+(?:[a-z-]+\s+){{0,2}}(?:{words})[a-z]*\b"
                      rf"|\b(?:{words})[a-z]*\)?\s*(?::|\||(?:was|were|is|are|reached|totall?ed|numbered|stood at|"
                      rf"rose to|grew to|of)\b)?\s*{_FIGURE_EN}(?!\s*(?:%|per ?cent))", re.I)


def counted_terms(q: Query) -> Counted | None:
    """The thing a count question counts and the other words of its noun phrase, or None (no count question, or one
    that counts only a measure: how many people, times, years; 多少人次)."""
    from reportbot.index.answering.counted_said import counted_word_zh  # the answering layer's reading, shared

    if q.kind != "count":
        return None
    if q.lang == "zh":
        if asked_measure(q.text) not in _THINGS_MEASURE:  # 多少钱, 多少人次, 几天: an amount, not a thing's count
            return None
        word = counted_word_zh(q.text)
        if word is None or not _counts_things(q.text, word):
            return None
        word, narrowing = _head_zh(q.text, word)
        # the group's Chinese words no shorter than the head (救援队, not the 救援 of every rescue figure); the bridge's
        # English words for a Chinese word are too loose to stand beside a figure (急救车: first, aid)
        return Counted(_things({word} | {t for g in q.groups if word in g for t in g
                                         if not t.isascii() and len(t) >= len(word)}),
                       tuple((w,) for w in narrowing), asked_measure(q.text))
    phrase = counted_phrase(q.text, "many")  # how much asks an amount (how much cash: 1,500 yuan), not a count
    if not phrase or unit_of(phrase[-1]) in _MEASURED:
        return None
    head = stem(phrase[-1])
    others = [stem(w) for w in phrase[:-1] if len(w) >= 3]
    return Counted(_things(_concept_terms(q, head)), tuple(_things(_concept_terms(q, w)) for w in others))


# the words that may follow the counted word in its phrase (多少支红十字救援队: 红十字, then 救援队, the head; 红十字
# 救护志愿者: 救护 is tagged a verb), and those of them that can be its head
_PHRASE_TAG = re.compile(r"^(?:n(?!s)|v|j|l)")
_NOUN_TAG = re.compile(r"^(?:n(?!s)|vn|j|l)")


def _head_zh(text: str, word: str) -> tuple[str, list[str]]:
    """The last noun of the phrase the counted word opens in the question (红十字 -> 救援队 in 多少支红十字救援队),
    and the nouns before it: the head names the thing, the words before it narrow it (多少名青少年会员: 会员,
    青少年)."""
    words = tagged(text)
    at = next((i for i, (w, _) in enumerate(words) if w == word), None)
    if at is None:
        return word, []
    nouns = [word]
    for w, flag in words[at + 1:]:
        if len(w) < 2 or not _PHRASE_TAG.match(flag) or w in MEASURE_WORDS:
            break
        if _NOUN_TAG.match(flag):
            nouns.append(w)
    return nouns[-1], nouns[:-1]


# the measure words that measure an amount, not things (学时, 小时, 次, 元, 人次)
_AMOUNTS = "|".join(map(re.escape, sorted(MEASURE_WORDS - CLASSIFIERS - {"人", "位"}, key=len, reverse=True)))


def _counts_things(text: str, word: str) -> bool:
    """The question word counts things: a classifier or a measure of people follows it (博爱家园建了多少个, 志愿者有多少
    人), or the counted word does (多少博爱家园); not a degree (避难包建议几重: how heavy, 建议 is no thing counted)."""
    if re.search(rf"(?:多少|几多|几)个?(?:{_AMOUNTS})", text):
        return False  # 几个学时, 多少个小时: a length of time
    return re.search(rf"(?:多少|几多|几)(?:[{''.join(CLASSIFIERS)}人位]|{re.escape(word)})", text) is not None


def _things(terms: set[str]) -> tuple[str, ...]:
    """The terms that can name a thing: no measure word the bridge gave (支 for branches: 123支救援队 counts teams)."""
    return tuple(sorted(t for t in terms if t not in MEASURE_WORDS))


def _concept_terms(q: Query, word: str) -> set[str]:
    """The word and the corpus words the bridge gives for its concept (project: 项目, 工程)."""
    ids = {c for g, c in zip(q.groups, q.concepts) if word in g}
    return {word} | {t for g, c in zip(q.groups, q.concepts) if c in ids for t in g}


def states_count(text: str, counted: Counted) -> bool:
    """Whether ``text`` gives a figure beside the counted thing (in its own language's words for it) and says each
    other word of the counted phrase its language has a word for."""
    latin = text.isascii()
    own = tuple(t for t in counted.terms if t.isascii() == latin)
    pattern = beside_en(own) if latin else beside_zh(own, counted.measure)
    if pattern is None or not pattern.search(text):
        return False
    said = {stem(w) for w in english_words(text)} if latin else None
    for group in counted.modifiers:
        forms = [t for t in group if t.isascii() == latin]
        if forms and not any((f in said) if latin else (f in text) for f in forms):
            return False
    return True


def counted_order(order: Sequence[int], docs: Sequence[str], texts: Sequence[str], counted: Counted | None
                  ) -> list[int]:
    """The candidates among ``order`` (best first) of the best one's document that give a figure beside the counted
    thing (:func:`states_count`); empty when nothing is counted."""
    if counted is None or not len(order):
        return []
    top = docs[order[0]]
    return [int(i) for i in order if docs[i] == top and states_count(texts[i], counted)]
