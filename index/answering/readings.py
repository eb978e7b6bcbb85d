"""Whether an evidence sentence says a question's word in some reading of it: its script, its sound, a typo, its
English rendering.

The share of a question's qualifying words a sentence holds (:mod:`.qualifying`) read them as typed: 236 right
answers held none of them (docs/refuse-45.md) because the sentence wrote the word otherwise. A question typed in
simplified characters over a traditional sentence (长者 over 長者): the sentence is read in simplified too (opencc,
:func:`reportbot.corpus.normalize.to_simplified`). A typo (救缓队 for 救援队) or a homophone (只愿者 for 志愿者), in a
word CC-CEDICT does not know (the typo's mark): a stretch of the sentence of the word's length with one character
different that sounds the same (toneless pinyin, pypinyin) or, for three characters or more, writes the rest of it.
An English word the bridge
renders otherwise than the sentence (humanitarian aid over 人道救助, where the bridge gave 人道援助): a word of the
sentence whose CC-CEDICT senses hold the English stem (救助: aid). And the clause that holds the answer
(:func:`answer_clause`), a narrower reading than the sentence. Pure functions.
"""
from __future__ import annotations

import functools
import re

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.clause_bounds import clause_around
from reportbot.index.answering.held import has_word, word_forms
from reportbot.index.retrieval.cedict import common_keys_of, entries_of
from reportbot.index.retrieval.tokenize import tokenize_spans

_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
# a typo by glyph is read only in a word this long: in two characters one different is another word (救援 / 救灾)
_GLYPH_LEAST = 3
# what ends a clause inside a sentence
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n]")


@functools.lru_cache(maxsize=4096)
def _sound(text: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    return tuple(s.lower() for s in lazy_pinyin(text))


def sentence_forms(sentence: str) -> tuple[str, set[str]]:
    """The sentence's word forms (:func:`.held.word_forms`) in simplified characters."""
    return word_forms(to_simplified(sentence))


def _typed_otherwise(term: str, text: str) -> bool:
    """A stretch of ``text`` as long as the Chinese ``term`` with one character different at most that sounds the
    same (只愿者 / 志愿者), or, when the term has three characters or more, writes the rest of it (救缓队 / 救援队)."""
    n = len(term)
    for i in range(len(text) - n + 1):
        window = text[i:i + n]
        if not _CJK.match(window) or sum(a != b for a, b in zip(window, term)) != 1:
            continue
        if n >= _GLYPH_LEAST or _sound(window) == _sound(term):
            return True
    return False


def _rendered(stem_: str, sentence: str) -> bool:
    """A Chinese word of the sentence has an English sense holding the stem (救助: "aid")."""
    for start, end, _ in tokenize_spans(sentence):
        word = sentence[start:end]
        if len(word) >= 2 and _CJK.match(word) and any(stem_ in key for key in common_keys_of(word)):
            return True
    return False


def _stretches(term: str, question: str) -> list[str]:
    """The term, and the term with the question's character before or after it: a typo splits a word, and jieba
    cuts its pieces apart (救缓队: 救 | 缓队)."""
    at = question.find(term)
    if at < 0:
        return [term]
    wider = [question[max(0, at - 1):at + len(term)], question[at:at + len(term) + 1]]
    return [term, *(w for w in wider if len(w) > len(term) and _CJK.match(w))]


def held_read(group: dict[str, float], sentence: str, forms: tuple[str, set[str]] | None = None,
              question: str = "") -> bool:
    """The sentence says a word of the group as written, in simplified characters, typed otherwise (the word with
    its neighbour in ``question`` too: a typo splits a word), or (an English word over Chinese text) by a word whose
    senses render it."""
    forms = forms or sentence_forms(sentence)
    if any(has_word(t, forms) for t in group):
        return True
    # a typo leaves a word no dictionary knows (缓队, 愿者); a known word (救灾) is what the user meant
    chinese = [to_simplified(t) for t in group if _CJK.match(t) and len(t) >= 2 and not entries_of(to_simplified(t))]
    if any(_typed_otherwise(s, forms[0]) for t in chinese for s in _stretches(t, to_simplified(question))):
        return True
    english = [t for t in group if t.isascii() and t.isalpha()]
    simplified = to_simplified(sentence)
    return bool(english) and any(_rendered(t, simplified) for t in english)


def answer_clause(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` that holds the answer at ``start``..``end``: from the mark before it to the mark
    after it (a comma, a semicolon, a colon, a full stop)."""
    return clause_around(sentence, start, end, _CLAUSE_END)
