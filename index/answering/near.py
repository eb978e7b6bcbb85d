"""Whether the answer stands with the question's words in its sentence, or in a clause about something else.

A sentence that reports several figures holds the question's words in one clause and, when the documents do
not say what was asked, gives the figure of a neighbouring clause: 器官捐献 asked, and the sentence 实现造血干细胞
捐献186例；新增遗体（器官）捐献志愿登记… gives the stem-cell figure; 哪个市的 asked about a person, and the city of
the next person in a list of names comes back. Coverage and alignment see the question's words in the sentence
and cannot tell. Here the share of what the sentence holds of the question that the answer's own clause holds
(with the sentence's first clause, whose topic or time scopes over the sentence: 2023年，…; “三献”方面，…) is the
signal ``near``: 1 when the answer's clause holds all of it, lower as the question's words stand elsewhere.
Clauses are cut at commas, semicolons and full stops (not at a colon: a table row's label and value are one
clause, 注册义工：412人). Pure functions over the analysed question and strings.
"""
from __future__ import annotations

import re
from collections.abc import Callable

# clause ends: Chinese and ASCII punctuation; an ASCII comma inside a figure (1,286) is none
_CUT = re.compile(r"[，；。！？;!?]|,(?!\d{3}(?!\d))|(?<!\d),|\.(?!\d)")


def clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of the sentence, the punctuation between them left out."""
    out, start = [], 0
    for m in _CUT.finditer(sentence):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(sentence):
        out.append((start, len(sentence)))
    return out


def answer_clause(sentence: str, start: int, end: int) -> str:
    """The sentence's first clause and the clauses the answer (``start``:``end``) stands in."""
    parts = clauses(sentence)
    if not parts:
        return sentence
    inside = [(a, b) for a, b in parts if a < max(end, start + 1) and b > start]
    first = parts[0]
    chosen = dict.fromkeys([first, *inside])
    return "，".join(sentence[a:b] for a, b in chosen)


def answer_near(sentence: str, start: int, end: int, held: Callable[[str], float]) -> float:
    """Of what the sentence holds of the question (``held``: the share of the question a text holds), the share
    the answer's clause holds: 1 when the sentence holds none of it (nothing to weigh) or is one clause."""
    whole = held(sentence)
    if whole <= 0 or start < 0 or end > len(sentence):
        return 1.0
    return min(1.0, held(answer_clause(sentence, start, end)) / whole)
