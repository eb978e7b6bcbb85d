"""A quoted name answered with the kind word printed after it, when a Chinese question asks that kind.

Chinese writes a prize, a title or a team as a quoted name followed by the words of its kind: “平安之星”提名奖 (a
奖), “守护生命”突击队 (a 队). The quote alone (“平安之星”) names no prize: the nomination is in the words after it.
A question asks the kind with the word right after its question word (啥奖, 什么称号, 哪支队), so the quote is
widened through the characters after it up to the first place they end in that word, a few characters at most. The
kind is read from the question's grammar, never from a list of kinds. Pure functions over a question and one
sentence.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query

# the kind a Chinese question asks: one or two characters after 什么 / 啥 / 哪个 ending the question (拿了个啥奖,
# 获得什么称号呢); a particle right after the question word is its tone, no kind (叫什么呢, 获得了什么了)
_ASKED_KIND = re.compile(r"(?:什么|啥|哪一?[个支种项])(?![呢啊呀吗了])([\u4e00-\u9fff]{1,2}?)"
                         r"[呢啊呀吗了]?[？?。！!\s]*$")
_QUOTE_END = "”》」』\""
KIND_REACH = 5  # how many characters after the quote may run to its kind word (提名奖: 3); set by hand


def asked_kind_zh(text: str) -> str | None:
    """The kind word a Chinese question asks after its question word (啥奖: 奖; 什么称号: 称号), or None."""
    m = _ASKED_KIND.search(text.strip())
    return m.group(1) if m else None


def quote_with_kind(q: Query, sentence: str, span: Span | None) -> Span | None:
    """``span``, a quoted name, widened through the words after it that end in the kind the question asks
    (“平安之星” of “平安之星”提名奖 asked 啥奖: all of it); any other span as it was."""
    if span is None or not span.text or span.text[-1] not in _QUOTE_END \
            or sentence[span.start:span.end] != span.text or (kind := asked_kind_zh(q.text)) is None:
        return span
    run = re.match(rf"[\u4e00-\u9fff]{{1,{KIND_REACH}}}", sentence[span.end:])
    if run is None:
        return span
    at = run.group(0).find(kind)
    if at < 0:
        return span
    end = span.end + at + len(kind)
    return Span(sentence[span.start:end], span.start, end, span.source, span.strength)
