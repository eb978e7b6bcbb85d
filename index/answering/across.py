"""Whether a clause of English text answers a Chinese question: only when the question asks whether.

When no typed answer (a figure, a name, a date) fits, the extraction falls back to the evidence sentence's clause
that holds most of the question. Within one language that share is read character by character; across languages
it rests on the bridge's few senses for each word, which cannot tell a step of another procedure (Press the shock
button…) from the one asked (被蛇咬了怎么处理), nor a heading line from the name asked. Measured on the tune halves,
an English clause answered a Chinese question rightly only when the question asked yes or no (its clause says so).
So such a clause is no answer to any other Chinese question. Pure function.
"""
from __future__ import annotations

from reportbot.index.answering.asked import asks_yes_no
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query


def clause_across(q: Query, sentence: str, span: Span | None, context: str = "") -> float:
    """0 when a Chinese question that does not ask whether is answered with a clause of an English sentence; else 1."""
    if q.lang != "zh" or span is None or span.source != "clause" or not is_english(sentence):
        return 1.0
    return 1.0 if asks_yes_no(q.text) else 0.0
