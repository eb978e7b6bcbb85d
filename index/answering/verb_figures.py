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


# what may stand between a measure and the predicate it measures, in the question (多久能再捐, 多长时间才可以) or the
# sentence (14日后可再捐, 满6个月即可)
_LEAD_IN = re.compile(r"(?:才能够|才可以|才能|才可|可以|能够|就能|就可|能|可|才|就|即|要|需)")
_BETWEEN = "后可能才就即以内"  # 内: within the measure (72小时内修复)
# a resultative complement after a one-character verb (修好, 做完, 办妥): the documents write the verb with another
# (修复, 完成, 办结), so the verb alone stands for the predicate when the two are not written together
_RESULT = "好完掉妥成齐"


def figure_before_predicate(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """多久能再捐 over …需时约1小时，相隔最少14日可再捐: the figure that stands right before the predicate the
    question word measures (the two characters after it, a modal left out), whatever clause alignment would keep;
    a measure says how long before something happens where that something is said."""
    m = QWORD_ZH.search(q.text)
    if m is None or q.lang != "zh" or not m.group(0).startswith("多"):
        return None
    rest = q.text[m.end():]
    lead = _LEAD_IN.match(rest)
    predicate = rest[lead.end() if lead else 0:][:2]
    if len(predicate) < 2 or not all(_CJK_CHAR.match(c) for c in predicate):
        return None
    if predicate not in sentence and predicate[1] in _RESULT:
        predicate = predicate[0]  # 多久要修好 over …，72小时内修复: the verb, its result said otherwise
    at = sentence.find(predicate)
    while at > 0:
        end = at
        while end > 0 and at - end < 3 and sentence[end - 1] in _BETWEEN:
            end -= 1
        start = max(sentence.rfind(mark, 0, end) for mark in "，。；：,;:") + 1  # in the predicate's clause
        found = extract_number(q, sentence[:end], terms, within=(start, end))
        if found is not None and found.end == end:
            return found
        at = sentence.find(predicate, at + 1)
    return None
