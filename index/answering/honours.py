"""The honour a question asks of someone (什么称号, 啥荣誉, 获评了什么): the words a sentence gives after its verb of
conferring (被评为, 获评, 荣获, 被授予), not the clause around them. "某区红十字会得了什么称号" over
"某区红十字会被评为全省先进集体，…": 全省先进集体. Pure functions over the question's normalised text and a sentence
(simplified or traditional script)."""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span, _clauses
from reportbot.index.retrieval.tagging import words as tagged_words

# a question asking an honour: a question word before the honour's kind (什么称号, 啥荣誉, 哪个奖项), or before the
# verb's object (被评为什么, 获评了啥, 评上了什么)
_KIND = re.compile(r"(?:什么|啥|哪个|哪些|哪项|咩)(?:样的)?(?:荣誉)?(?P<kind>称号|荣誉|奖项|奖|表彰|头衔)")
_ASKED = re.compile(r"(?:评为|获评|评上|荣获|授予)了?(?:个)?(?:什么|啥|咩)")
# a verb of conferring and what it confers (to the clause's end); simplified and traditional forms
_CONFERRED = re.compile(r"(?:被评为|被評為|获评|獲評|评为|評為|荣获|榮獲|被授予|授予|荣膺|榮膺|被命名为|"
                        r"被命名為)(?:了)?(?P<honour>[^，,。；;！？!?\n]{2,40})")
_YEAR_OF = re.compile(r"(?:19|20)\d\d\s*年度?")
_KIND_AFTER = re.compile(r"(?:荣誉称号|榮譽稱號|称号|稱號)$")


def asks_honour(question: str) -> bool:
    """Whether a Chinese question asks what honour someone was given (什么称号, 获评了啥): the honour's kind heads
    what the question word asks, not the first part of a longer word jieba reads whole (什么奖金: a bonus) nor a
    word before a noun it qualifies (哪个表彰 大会: a meeting)."""
    if _ASKED.search(question):
        return True
    return any(_heads(question, m.start("kind"), m.end("kind")) for m in _KIND.finditer(question))


def _heads(question: str, start: int, end: int) -> bool:
    """The kind at question[start:end] ends a word jieba reads (not 奖金, which runs past 奖) and no noun jieba tags
    follows it (表彰 大会): the thing the question word asks is the honour, not something it qualifies."""
    at = 0
    words = [(w.word, w.flag) for w in tagged_words(question)]
    for i, (word, _) in enumerate(words):
        at += len(word)
        if at >= end:
            following = next((tag for w, tag in words[i + 1:] if w.strip()), "")
            return at == end and not following.startswith(("n", "vn"))
    return False


def honour_given(question: str, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """The honour the sentence confers in the clause that holds most of the question's words (its ``terms``: the
    one conferred on what the question names), without a closing 称号; None when the question asks none or the
    sentence confers none."""
    if not asks_honour(question):
        return None
    clauses = _clauses(sentence)
    best, best_score = None, -1.0
    for m in _CONFERRED.finditer(sentence):
        a, b = next(((x, y) for x, y in clauses if x <= m.start() < y), (0, len(sentence)))
        score = sum(w for s, _, w in terms if a <= s < b)
        if score > best_score:
            best, best_score = m, score
    if best is None:
        return None
    start, end = best.start("honour"), best.end("honour")
    if (year := _YEAR_OF.match(sentence, start, end)) and end - year.end() >= 2:
        start = year.end()  # 荣获2023年度“…”提名奖: the honour, not the year it was given for
    if kind := _KIND_AFTER.search(sentence, start, end):
        end = kind.start() if kind.start() - start >= 2 else end
    return Span(sentence[start:end], start, end, "honour")
