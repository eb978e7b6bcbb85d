"""多久 after a one-character verb (借多久, 泡多久): the figure in the clause of the verb it measures (moved from
figures_zh.py). Pure functions over a question and one sentence.
"""
from __future__ import annotations

import re

from reportbot.index.answering.align import QWORD_ZH
from reportbot.index.answering.figures_zh import extract_number
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.lexicon import tag
from reportbot.index.retrieval.query import Query


def verb_figure(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """多久 after a one-character verb (借多久, 泡多久), too short a neighbour for alignment: the first figure after
    that verb in the sentence's clause that holds it."""
    m = QWORD_ZH.search(q.text)
    verb = q.text[m.start() - 1:m.start()] if m and m.start() else ""
    if not verb or not _CJK_CHAR.match(verb) or verb in _AUXILIARY or len(_first_word(q.text[m.start() - 1:])) != 1 \
            or not (tag(verb) or "").startswith("v"):
        return None
    inside = _inside_words(sentence, verb)
    for at in (i for i in range(len(sentence)) if sentence[i] == verb and i not in inside):
        close = next((b.start() for b in _CLAUSE_MARK.finditer(sentence, at)), len(sentence))
        found = extract_number(q, sentence[:close], terms, within=(at, close))
        if found is not None:
            return found
    return None


_AUXILIARY = frozenset("要会能得是有了需")  # before 多久 they measure nothing themselves (要多久)
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_MARK = re.compile(r"[，。；！？,;!?]")


def _inside_words(sentence: str, verb: str) -> set[int]:
    """Where ``verb`` ends a longer word of another sense (暂停 of 停, 召开 of 开), not after a modal (可借 is 借)."""
    import jieba

    out = set()
    for word, a, b in jieba.tokenize(sentence):
        at = word.find(verb, 1)
        if at > 0 and b - a >= 2 and not all(c in _AUXILIARY or c in "可能" for c in word[:at]):
            out.add(a + at)
    return out


def _first_word(text: str) -> str:
    import jieba

    return next(iter(jieba.cut(text)), "")
