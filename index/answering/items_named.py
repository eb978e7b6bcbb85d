"""Whether a list answer gives as many items as the question says there are.

A near miss often asks for the members of a group the documents only count: the report says 14 services went
online, or that 8 people were named, and never lists them. The question repeats the count (那14个事项都有哪些, the
8 people are who), search finds the sentence that counts them, and the extraction returns what stands in the list's
slot there: two neighbouring names, or the clause that gives the count. The question's own count tells: an answer
that lists fewer items than the question says the group has does not list the group. Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.align import wants_list
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.numerals import ZH_NUMBER
from reportbot.index.retrieval.query import Query, chinese_to_int

# a count of the group before its classifier (那14个, 八個, 三家, 二十个, 三十二家): digits, or a Chinese numeral as
# numerals.py writes one. A numeral of one (这一个, 哪一家) counts no group: the question's count is the first of two
# or more, as a count of two is a pair, which a clause may give (:data:`LEAST`)
_COUNT_ZH = re.compile(rf"([0-9０-９]+|{ZH_NUMBER})\s*[个個名位家项項条條支所座件类類种種]")
_COUNT_EN = re.compile(r"\b(?:the|those|these|which|what are the|name the|list the)\s+(\d+|three|four|five|six|"
                       r"seven|eight|nine|ten)\b", re.I)
_WORDS_EN = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# asking the members by name (都叫啥, 都是谁, Cantonese 係邊啲) besides :func:`.align.wants_list`'s 哪些 / which … are
_ASKS_MEMBERS = re.compile(r"都?叫(?:啥|什么|咩)|名字|都是谁|都有谁|[系係是]边[啲个些]|边啲", re.I)
# what separates a list's items: list marks and commas, and the conjunctions before a last item
_SEPARATOR = re.compile(r"[、，,；;]|\band\b|[和及与]")
# the smallest count a list must reach before its length says anything
LEAST = 3


def named_count(q: Query) -> int | None:
    """How many members the question says the group it asks to list has (那14个…都有哪些 -> 14), or None."""
    if q.kind == "count" or not (wants_list(q.text, q.lang) or q.lang == "zh" and _ASKS_MEMBERS.search(q.text)):
        return None  # a count question asks the number, whatever list it names
    if q.lang == "zh":
        counts = (_zh_count(m.group(1)) for m in _COUNT_ZH.finditer(q.text))
        return next((n for n in counts if n is not None and n >= 2), None)
    m = _COUNT_EN.search(q.text)
    return None if m is None else int(m.group(1)) if m.group(1).isdigit() else _WORDS_EN[m.group(1).lower()]


def _zh_count(numeral: str) -> int | None:
    digits = numeral.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return int(digits) if digits.isdigit() else chinese_to_int(digits)


def items_named(q: Query, sentence: str, span: Span | None, context: str = "") -> float:
    """0 when the question counts the group it asks to list (at least :data:`LEAST`) and the answer gives fewer
    items than that; else 1."""
    if span is None or not span.text:
        return 1.0
    count = named_count(q)
    if count is None or count < LEAST:
        return 1.0
    items = [p for p in _SEPARATOR.split(span.text) if p.strip(" “”「」《》")]
    return 0.0 if len(items) < count else 1.0
