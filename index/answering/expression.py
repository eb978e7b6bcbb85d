"""An expression of figures asked (几加几, 1+1+几, "a+b"): the quoted expression the sentence gives (“1+1+3”). Moved
from choose.py."""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query

# an expression asked: an operator between question words, placeholders or figures, one of them asked (几加几, a+b+c,
# 1+1+几)
_EXPRESSION_ASKED = re.compile(r"几\s*[加+]\s*(?:几|\d)|\d\s*[加+]\s*几|(?<![a-z])[a-z]\s*\+\s*[a-z](?![a-z])", re.I)
_FORMULA = re.compile(r"[“「\"]\d+(?:\s*[+＋×x/-]\s*\d+)+[”」\"]")


def formula(sentence: str) -> Span | None:
    """A quoted expression of figures (“1+1+3”): what a question asking for its terms (几加几, "a+b") wants."""
    m = _FORMULA.search(sentence)
    return Span(m.group(0), m.start(), m.end(), "quote") if m else None


def formula_asked(q: Query, sentence: str) -> Span | None:
    """The sentence's quoted expression when the question asks for one's terms; None otherwise."""
    return formula(sentence) if _EXPRESSION_ASKED.search(q.text) else None
