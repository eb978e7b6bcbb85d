"""A figure a Chinese report sets as a plan, given to a question that asks what was done.

A report closes with the next year's plan (2025年工作打算: 力争全年培训达到9万人次), an annual report with the
year's business plan (公司计划实现营业收入33亿元), minutes with a budget (提出2025年预算总额…). A near miss asks
the figure of that next year as done (the number trained in the plan's year, a company's turnover that year): the search
finds the plan by its year and its words, and the extraction takes the planned figure, which answers no question of
what happened. So a figure the sentence gives under a plan's word is no answer to an English question unless it asks
a plan.

The plan's word governs the figure when it stands before it in its clause (计划新增AED 320台), or opens a verb that
the sentence's later clauses continue (计划实现营业收入33亿元，研发投入不低于…: a plan word followed by no clause
break). A plan word that closes its clause names a programme instead (“邻里守望”社区急救站建设计划，推动全市37个社区
建成急救站: what the programme did). The plan's words are those the search reads a plan by
(:data:`.editions.PLAN_ZH`, with 预算 budget); a question asks a plan when it names one (:func:`.editions.asks_plan`,
budget, 预算) or, in English, asks in the future tense (will, going to). Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.editions import PLAN_ZH, asks_plan
from reportbot.index.retrieval.query import Query

# the words a Chinese sentence sets a plan by (the search's) and a budget, the plan of spending
_PLANNED = re.compile(f"(?:{PLAN_ZH}|预算)(?=.)")
_BREAK = re.compile(r"[，。；;！？!?,]")
# a question that asks a plan: a budget named, or the English future tense (what will it cost, how many will it train)
_ASKS_FUTURE = re.compile(r"\b(?:budget(?:s|ed)?|will|going to)\b|预算", re.I)
# a figure: what a plan sets
_FIGURE = re.compile(r"\d")


def plan_asked(q: Query) -> bool:
    """Whether the question asks a plan, a target or a budget, or asks in the future tense."""
    return asks_plan(q.text) or bool(_ASKS_FUTURE.search(q.text))


def planned_at(sentence: str, start: int) -> bool:
    """Whether a plan's word before ``start`` governs the sentence's figure there: in its clause, or opening a verb
    that runs on (no clause break right after it)."""
    clause_start = max((m.end() for m in _BREAK.finditer(sentence, 0, start)), default=0)
    for m in _PLANNED.finditer(sentence, 0, start):
        if m.start() >= clause_start or not _BREAK.match(sentence, m.end()):
            return True
    return False


def plan_not_given(q: Query, sentence: str, span: Span | None, context: str = "") -> float:
    """0 when the answer to an English question is a figure a Chinese sentence sets as a plan (:func:`planned_at`)
    and the question asks no plan; else 1. Not read for a Chinese question: it asks the future in words no list here
    holds (会有多少, 明年), and its answers were not weighed for it."""
    if q.lang != "en" or span is None or not _FIGURE.search(span.text) or sentence[span.start:span.end] != span.text \
            or plan_asked(q):
        return 1.0
    return 0.0 if planned_at(sentence, span.start) else 1.0
