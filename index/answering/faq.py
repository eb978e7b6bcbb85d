"""Answers from a FAQ: when the question is one the document asks itself, its answer is what follows.

FAQs write a question and its answer as a pair: inline (问：…？答：…, Q: … A: …) or as a heading that asks
(## 问题二：如何注册成为志愿者？) over the answer's paragraph. A question that asks how, what or whether finds
no figure, name or place to take, yet the pair says where its answer is. When most of the question's words
are in the document's question, the short answer is the answer's opening: its yes or no for a question that
asks whether, else its first clause (two when the first is only a word or two).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.corpus.document import Paragraph
from reportbot.index.answering.asked import asks_yes_no
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query


@dataclass(frozen=True)
class FaqChoice:
    """How closely a question must match the document's own question.

    min_share: the share of the question's keyword groups that must be found in the document's question
        (set by hand: a pair that holds most of what is asked; a near miss that shares the topic but asks
        for something else holds about half).
    min_groups: and at least this many groups, so that a question of one word does not match every pair.
    """

    min_share: float = 0.75
    min_groups: int = 2


CHOICE = FaqChoice()
MAX_CHARS = 60
_ASKS = re.compile(r"^\s*(?:问|问题[一二三四五六七八九十\d]*|Q\d*)\s*[:：.]|[?？]\s*$", re.I)
_ANSWER_MARK = re.compile(r"^\s*(?:答|A)\s*[:：]\s*", re.I)
_YES_NO_ZH = re.compile(r"^(不可以|可以|不能|能|不会|会|不是|是|不需要|需要|不用|不必|必须|没有|有|不行|行|不要|要)(?=[，,。；;！!]|$)")  # noqa: E501 (CJK text counts double)
_YES_NO_EN = re.compile(r"^(yes|no)\b", re.I)
_CLAUSE_END = re.compile(r"[，,；;。.!！]")


def asks_whether(q: Query) -> bool:
    """A question answered by yes or no (可不可以, 能…吗, 是否, can I…, is there…): :func:`.asked.asks_yes_no`."""
    return asks_yes_no(q.text)


def asks(sentence: str) -> bool:
    """The sentence is a question the document asks (问：…, Q: …, …？)."""
    return bool(_ASKS.search(sentence))


def pair(p: Paragraph) -> tuple[str, int] | None:
    """(the document's question, index of the answer's first sentence) when ``p`` is a FAQ pair."""
    s = p.sentences
    if len(s) >= 2 and _ASKS.search(s[0]) and not _ASKS.search(s[1]):
        return s[0], 1
    if p.path and _ASKS.search(p.path[-1]) and s and not _ASKS.search(s[0]):
        return p.path[-1], 0
    return None


_A_NOT_A = re.compile(r"(.)[不没唔]\1(.*)")


def _forms(word: str) -> list[str]:
    """A word and, for one that asks whether (可不可以, 有没有), the word it asks about (可以, 有)."""
    m = _A_NOT_A.fullmatch(word)
    return [word, m.group(1) + m.group(2)] if m else [word]


def _share(q: Query, asked: str) -> tuple[float, int]:
    text = asked.lower()
    found = sum(1 for g in q.groups if any(f.lower() in text for w in g for f in _forms(w)))
    return found / max(len(q.groups), 1), found


def _opening(sentence: str, start: int, whether: bool) -> tuple[int, int]:
    rest = sentence[start:]
    yes_no = (_YES_NO_ZH.match(rest) or _YES_NO_EN.match(rest)) if whether else None
    ends = [m.start() for m in _CLAUSE_END.finditer(rest)] + [len(rest)]
    # the yes or no and what it goes on to say in its clause (不可以，地震时都应该走楼梯), else the first clause
    least = yes_no.end() + 6 if yes_no else 6
    end = next((e for e in ends if e >= least), ends[-1])
    if end > MAX_CHARS:
        end = yes_no.end() if yes_no else MAX_CHARS
    return start, start + end


def faq_answer(q: Query, p: Paragraph, c: FaqChoice = CHOICE) -> tuple[str, Span] | None:
    """(the answer's sentence, its opening as the short answer) when ``p`` is a pair that asks ``q``."""
    found = pair(p)
    if found is None:
        return None
    asked, i = found
    share, groups = _share(q, asked)
    if share < c.min_share or groups < c.min_groups:
        return None
    sentence = p.sentences[i]
    mark = _ANSWER_MARK.match(sentence)
    start, end = _opening(sentence, mark.end() if mark else 0, asks_whether(q))
    text = sentence[start:end].strip()
    return (sentence, Span(text, start, end, "faq")) if text else None
