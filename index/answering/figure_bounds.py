"""Which end of a range a figure states, and which end a question asks for: of two figures that bound one thing
(十六岁以上未满十八岁者: at least 16, under 18), "the minimum age" is answered by the lower one and "the most hours" by
the upper one. Rules and regulations state a bound by marks around the figure: 以上 and 起 after it, 不少于, 至少 or
满 before it for a floor; 以下 and 以内 after it, 不超过, 最多 or 未满 before it for a ceiling. Read from that grammar
and the question's words for the ends of a range (minimum, at least, 最少, 上限), never from a list of content words.
Pure functions over a question and one sentence.
"""
from __future__ import annotations

import re
from typing import Literal

from reportbot.index.retrieval.query import Query

Bound = Literal["lower", "upper"]

# the words a question asks for one end of a range with (figure_marks reads either end as asking the value in force)
_ASKED = {
    "lower": re.compile(r"\b(?:min|minimum|at least|lowest|youngest|fewest)\b|最少|至少|最低|最小|下限|起码"),
    "upper": re.compile(r"\b(?:max|maximum|at most|highest|oldest|upper limit|up to)\b|最多|至多|最高|最大|上限"),
}
_BEFORE = {"lower": re.compile(r"(?:不少于|不低于|不得少于|至少|最少|最低|(?<![未不])满)$"),
           "upper": re.compile(r"(?:不超过|不高于|不得超过|不多于|最多|至多|最高|未满|不满|不到)$")}
_AFTER = {"lower": re.compile(r"(?:及|或)?(?:以上|起)"), "upper": re.compile(r"(?:及|或)?(?:以下|以内|为限)")}


def asked_bound(q: Query) -> Bound | None:
    """The end of a range the question asks for (the minimum age, 最多几天), or None; a question naming both
    asks for neither."""
    text = q.text.lower()
    found = [end for end, pattern in _ASKED.items() if pattern.search(text)]
    return found[0] if len(found) == 1 else None  # type: ignore[return-value]


def asks_an_end(text: str) -> bool:
    """Whether a question's lower-cased text asks for an end of a range, either one (最多几天, the minimum age)."""
    return any(pattern.search(text) for pattern in _ASKED.values())


def figure_bound(sentence: str, start: int, end: int) -> Bound | None:
    """The end of a range the figure at [start, end) states by the marks around it (十六岁以上: lower; 未满十八岁:
    upper), or None."""
    found = [b for b in ("lower", "upper") if _BEFORE[b].search(sentence, 0, start) or _AFTER[b].match(sentence, end)]
    return found[0] if len(found) == 1 else None  # type: ignore[return-value]
