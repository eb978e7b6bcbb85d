"""What a question asks for: the kind of answer it wants (:func:`question_kind`) and the words it asks about most
directly (:func:`focus_zh`, :func:`focus_en`: the word before 多少, the noun phrase after "how many"). Pure functions
of the normalised question; split from :mod:`.query`, which puts them into a :class:`.query.Query`.
"""
from __future__ import annotations

import re
from typing import Literal

from reportbot.index.retrieval.clock import asks_hour
from reportbot.index.retrieval.tokenize import english_words

Lang = Literal["zh", "en"]
Kind = Literal["count", "who", "where", "when", "title", "author", "what", "other"]

# a date asked with 几 (几号截止); a time asked with 几点 ranks with it (clock.asks_hour, which answering reads too)
_WHEN_JI = re.compile(r"(?<!第)几号|几月几|哪一天|哪几[天日]")  # 第几号: a number in a series (令, 文件), no date
_KINDS_ZH: list[tuple[Kind, re.Pattern]] = [
    ("title", re.compile(r"标题|题目|题为|叫什么名字的文章|文章.*(名字|名称)")),
    # 谁写得 closing the question: 的 typed as 得, as people write it (谁写得好 asks whose writing is better)
    ("author", re.compile(r"(?<![工])作者|谁写的|是谁写|谁写得(?=\W*$|[呢啊呀吗])|撰写|执笔")),
    ("when", _WHEN_JI),
    ("count", re.compile(r"多少|(?<!哪)几(?!时)[个名项次支家所位人市县年万亿%]?|多大|比例|百分之|率是")),
    ("when", re.compile(r"什么时候|啥时候?|几时|何时|哪一?年|哪一?[天日]|几月|什么时间")),  # 哪日: Cantonese 边日
    ("who", re.compile(r"谁|哪位|哪些人|什么人|哪一?名|(叫|是)什么名字|姓名|名叫")),
    # 哪(个) + a place's first morpheme (地方, 地区, 省份) asks a place; 哪个省委书记 a person (an office: 委, 长, 政府)
    ("where", re.compile(r"哪里|哪儿|什么地方|哪个?(市|县|区|省|地)(?!委|长|政府|直|属|级)|何地|何处|"
                         r"在哪(?![个些位一])")),
    ("what", re.compile(r"什么|啥|哪些|哪个|哪|何|怎样|如何|咋")),  # 啥, 咋: colloquial 什么, 怎么
]
_KINDS_EN: list[tuple[Kind, re.Pattern]] = [
    # the title of a document, not a title someone holds ("what title did X receive")
    ("title", re.compile(r"\btitle of (this|the|that|your) (article|report|review|piece|document|text|paper)\b"
                         r"|\b(article|report|review|piece|document|paper)'?s title\b|\bheadline\b"
                         r"|\bwhat is (the|this) (article|report) called\b|^\W*(what('s| is) the )?title\W*$")),
    ("author", re.compile(r"\bauthor\b|\bwrote\b|\bwritten by\b|\bwriter\b|\bwho wrote\b")),
    ("count", re.compile(r"\bhow (many|much)\b|\bnumber of\b|\b(percentage|proportion|rate|ratio)\b|\bhow large\b|"
                         r"\w\s+(?:head)?count\W*(?:pls|please|plz)?\W*$|\bheadcount\b")),  # member count pls: a number
    ("when", re.compile(r"\bwhen\b|\bwhat year\b|\bwhich year\b|\bwhat date\b")),
    ("who", re.compile(r"\bwho\b|\bwhom\b|\bwhose\b|\bwhich person\b")),
    ("where", re.compile(r"\bwhere\b|\bwhich (city|county|place|district|region|province|town)\b")),
    ("what", re.compile(r"\bwhat\b|\bwhich\b|\bname\b")),
]

# a Chinese question word (几支, 多少钱 hold one): what is asked, no keyword
QUESTION_WORD_ZH = re.compile(r"多少|几|什么|啥|哪|谁|何|怎么|如何|咋")
# the words that end an English noun phrase after a question word (a verb, a preposition, a relative pronoun):
# "how many volunteer stations are …", "the name of the president of …"; the count and follow-up readings share it
PHRASE_END = frozenset("is are was were be been have has had do does did in of on at by for from to with that "
                       "which who there".split())


# what may follow a "how many" that closes a question without being its noun: an adverb of size or time, "are there"
# (volunteer groups how many roughly; teams how many are there now)
TRAILING = frozenset("roughly approximately approx about around total overall altogether exactly in all so far now "
                     "currently today there are is were was exist pls please plz".split())


def trails(words: list[str], i: int) -> bool:
    """A "how many / how much" at ``words[i]`` (the "how") asked after its noun: some words before it, nothing but
    :data:`TRAILING` after "many" / "much"."""
    return i > 0 and all(w in TRAILING for w in words[i + 2:])


def focus_zh(text: str, spans: list[tuple[int, int, dict[str, float]]]) -> list[int]:
    """Groups of the words around a Chinese question word: the one just before it, and one of two characters or
    more that starts at most two characters after it."""
    m = QUESTION_WORD_ZH.search(text)
    if not m:
        return []
    out = []
    before = [i for i, (a, b, _) in enumerate(spans) if b <= m.start()]
    if before:
        out.append(before[-1])
    after = [i for i, (a, b, g) in enumerate(spans) if a >= m.end() and max(len(t) for t in g) > 1]
    if after and spans[after[0]][0] - m.end() <= 2:
        out.append(after[0])
    return out


def _participle_after_plural(words: list[str], j: int) -> bool:
    """A past participle right after a plural noun ends the noun phrase: "how many first aiders trained" (no
    "were" between them) counts aiders, not trained."""
    return j > 1 and words[j].endswith("ed") and words[j - 1].endswith("s") and not words[j - 1].endswith("ss")


# plurals English writes without an s, and endings of words that end in s without being plural (bus, analysis)
_IRREGULAR_PLURALS = frozenset("people children men women persons staff personnel".split())
_NOT_PLURAL = ("ss", "us", "is")


def plural(word: str) -> bool:
    """A plural noun by its ending (drivers, societies, clinics) or one English writes without an s (people, staff):
    what "how many" counts; not a word that ends in s without being plural (class, bus, basis)."""
    return word in _IRREGULAR_PLURALS or len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL)


def focus_en(text: str, starts: list[int]) -> list[int]:
    """Groups of the noun phrase after "how many"/"which": its head (last word) first. After "how many" the head is
    the phrase's last plural word when it has one: the words after it are a verb jieba's English side cannot tell
    (how many hospital nurses took fire safety training) or a place named at the end (how many youth clubs yuhang)."""
    words = english_words(text)
    for i, w in enumerate(words):
        if w in ("many", "much") and i and words[i - 1] == "how" and trails(words, i - 1):
            before = [g for g, s in enumerate(starts) if s < i - 1]
            if before:
                return before[-1:]  # "volunteer groups how many roughly": the noun before the question word
        if w in ("many", "much", "which", "what") and (w in ("which", "what") or (i and words[i - 1] == "how")):
            j = i + 1
            while j < len(words) and words[j] not in PHRASE_END and not _participle_after_plural(words, j):
                j += 1
            inside = [g for g, s in enumerate(starts) if i < s < j]
            plurals = [k for k in range(i + 1, j) if w == "many" and plural(words[k])]
            if plurals:  # the counted noun is plural: the last plural word heads the phrase, not a word after it
                inside = [g for g in inside if starts[g] <= plurals[-1]] or inside
            if inside:
                return inside[-1:]
            break
    # "how much of the money has been used": no noun after the question word; its last content word (the verb) is asked
    return [len(starts) - 1] if starts and re.search(r"\bhow (many|much)\b", text.lower()) else []


def question_kind(text: str, lang: Lang) -> Kind:
    """The kind of answer a normalised question asks for (by its Chinese words where its English asks nothing)."""
    patterns = _KINDS_ZH if lang == "zh" else _KINDS_EN
    probe = text if lang == "zh" else text.lower()
    for kind, pattern in patterns:
        if pattern.search(probe) or pattern is _WHEN_JI and asks_hour(probe):
            return kind
    return question_kind(text, "zh") if lang == "en" and re.search(r"[\u4e00-\u9fff]", text) else "other"
