"""Whether the person a who-question is answered with stands beside the body, place or post it asks about.

A list or a roll call names many people (东湖水上救援分队 — 负责人：许文涛 …; 涌现出…临川红十字会工作者余海燕，
东湖红十字救援队队长许文涛等), each with what they head written in the stretch around the name: the organisation and
its place (东湖红十字救援队), the post (队长, 负责人). A person named where that stretch says little of the question
(西津市红十字救援队队长邹晓梅 for the head of a province's Red Cross; 负责人：课程主任梁思敏 for a Red Cross
department's head) heads something else. The stretch is the answer's clause, up to the marks that end one
(，；。！？, a line or a table cell's ``|``); a label's colon and a row's dash stay inside it (市红十字会救护培训科 —
负责人：严志成).

Beside the asked body means the clause says at least ``least`` of the question's concepts (its keyword groups merged
by concept: a term of two or more characters in the clause, or an English term among its words): the body and its
place, or the body and the post. And the answer must say something the question does not: an answer made of the
question's own words (东湖红十字救援队 for who heads it) names the body, not its head. Pure functions over the
analysed question and text.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import english_words, stem

# concepts the answer's clause must share with the question: set by hand, read off who-45's sweep of the 18 tune
# questions the second look reaches (1 answered two near misses, 3 lost a right answer; docs/who-45.md), not fitted
BESIDE_LEAST = 2

_CLAUSE_END = re.compile(r"[，；。！？;!?\n|]")


def clause_around(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` that holds ``start``:``end``, up to the marks that end a clause (not a colon)."""
    opens = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)), default=0)
    closes = _CLAUSE_END.search(sentence, end)
    return sentence[opens:closes.start() if closes else len(sentence)]


def concepts_said(q: Query, clause: str) -> int:
    """How many of the question's concepts the clause says: a Chinese term of two or more characters in it, or an
    English term among its (stemmed) words."""
    low = clause.lower()
    latin = {stem(w) for w in english_words(low)} | set(english_words(low))
    return sum(any(t in clause if not t.isascii() else (t.lower() in latin or stem(t.lower()) in latin)
                   for t in group if len(t) >= 2)
               for group in q.concept_groups())


def beyond_question(q: Query, answer: str) -> bool:
    """The answer says more than the question's own words: with every term of two or more characters of its
    concepts taken out, two characters (or an English word) are left."""
    for t in sorted((t for g in q.concept_groups() for t in g if len(t) >= 2), key=len, reverse=True):
        answer = re.sub(re.escape(t), " ", answer, flags=re.I)
    return len(re.sub(r"[\W_]", "", answer)) >= 2


def beside_asked(q: Query, sentence: str, span: Span | None, least: int = BESIDE_LEAST) -> bool:
    """The answer ``span`` of ``sentence`` says more than the question's words and stands in a clause that says at
    least ``least`` of the question's concepts; False without a span."""
    if span is None or not beyond_question(q, span.text):
        return False
    start = span.start if sentence[span.start:span.end] == span.text else sentence.find(span.text)
    if start < 0:
        return False
    return concepts_said(q, clause_around(sentence, start, start + len(span.text))) >= least
