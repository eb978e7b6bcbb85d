"""A sex the question names, and the stretches of a Chinese sentence that give that sex's figures.

Figures told apart by sex (体重男性不低于50公斤、女性不低于45公斤) answer a question naming one sex with that sex's
figure only. A sex is read from the characters CC-CEDICT glosses "male" (男) and "female; woman" (女): in Chinese, a
word (jieba's cut) that opens with one of them and holds not both (男性, 女士, 女生; not 子女, 男女); in English, a word
whose singular CC-CEDICT gives as a sense of headwords opening with one of them and none with the other (women:
女人, 女性 …; guys: 男娃). Pure functions; each text is cut once, so the work grows with its length.
"""
from __future__ import annotations

import functools
import re

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.glosses import headwords_glossed
from reportbot.index.retrieval.query import Query

_SEXES = ("男", "女")
_WORD_EN = re.compile(r"[a-z]+")
_SEGMENT_END = re.compile(r"[。；;！？!?\n]")


def _singulars(word: str) -> list[str]:
    """An English noun and its singulars: women -> woman, guys -> guy, ladies -> lady."""
    out = [word]
    if word.endswith("men"):
        out.append(word[:-3] + "man")
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("s"):
        out.append(word[:-1])
    return out


@functools.lru_cache(maxsize=4096)
def english_sex(word: str) -> str | None:
    """男 or 女 when CC-CEDICT glosses, with the word or its singular, headwords opening with that character and none
    opening with the other; else None (children, donors)."""
    opened = {h[0] for w in _singulars(word.lower()) for h in headwords_glossed(w) if h and h[0] in _SEXES}
    return next(iter(opened)) if len(opened) == 1 else None


def sex_marks(text: str) -> list[tuple[int, str]]:
    """Where a Chinese text names a sex: (position, 男 or 女) of each word opening with one and holding not both."""
    simple = to_simplified(text)
    if not any(s in simple for s in _SEXES):
        return []
    import jieba

    return [(start, w[0]) for w, start, _ in jieba.tokenize(simple)
            if w[0] in _SEXES and not all(s in w for s in _SEXES)]


def asked_sex(q: Query) -> str | None:
    """The one sex the question names (男 or 女), or None when it names none or both."""
    if q.lang == "en":
        named = {english_sex(w) for w in _WORD_EN.findall(q.text.lower())} - {None}
    else:
        named = {s for _, s in sex_marks(q.text)}
    return next(iter(named)) if len(named) == 1 else None


def asked_segments(q: Query, sentence: str) -> list[tuple[int, int]]:
    """The stretches of ``sentence`` that give the asked sex's figures: from each word naming that sex to the next word
    naming a sex or the end of its ；-segment. Empty unless the question names one sex and the sentence names both."""
    sex = asked_sex(q)
    if sex is None or not all(s in sentence for s in _SEXES):
        return []
    marks = sex_marks(sentence)
    if {s for _, s in marks} != set(_SEXES):
        return []
    ends = [m.start() for m in _SEGMENT_END.finditer(sentence)] + [len(sentence)]
    out, e = [], 0
    for i, (pos, s) in enumerate(marks):
        while ends[e] <= pos:
            e += 1
        if s == sex:
            nxt = marks[i + 1][0] if i + 1 < len(marks) else len(sentence)
            out.append((pos, min(nxt, ends[e])))
    return out
