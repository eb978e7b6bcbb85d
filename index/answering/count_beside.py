"""Whether a passage gives a figure of what a count question counts: the counted thing beside a figure, or, for a
question that counts only a measure (多少小时, 多少钱, 合格率多少), a figure in that measure.

The first passage of a count question is often one that names the thing without counting it (a review's opening
sentence, a rule on how hours are logged, an FAQ's answer on where to sign up): :func:`gives_figure` tells such a
passage (False) from one that counts (True, 新建博爱家园42个, 单次服务最多记录8小时). The thing's figure is read as
search reads it (:func:`.figure_beside.states_count`); a measure's figure is a number right before the measure word
(a money sign or currency for 元, ``%`` for a share). Pure functions over the analysed question and text.
"""
from __future__ import annotations

import re

from reportbot.index.answering.units import MONEY, question_unit
from reportbot.index.retrieval.figure_beside import counted_terms, states_count
from reportbot.index.retrieval.query import Query

_FIGURE = r"(?<![第满每])\d[\d,]*(?:\.\d+)?\s*[万亿千百]*[余多]?\s*"


def gives_figure(q: Query, text: str) -> bool | None:
    """Whether ``text`` gives a figure of what the count question ``q`` counts; None when ``q`` is no count question
    or counts neither a thing nor a measure this can read."""
    if q.kind != "count":
        return None
    counted = counted_terms(q)
    if counted is not None:
        return states_count(text, counted)
    measure = question_unit(q)
    if measure is None:
        return None
    if measure == "元":
        return MONEY.search(text) is not None
    if measure == "%":
        return re.search(r"\d\s*(?:%|％|per ?cent)", text, re.I) is not None
    if text.isascii():
        return None  # a Chinese measure word: an English passage writes its own
    return re.search(_FIGURE + re.escape(measure), text) is not None
