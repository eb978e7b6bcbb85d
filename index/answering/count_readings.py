"""Two readings of a Chinese count question under which the answer's figure counts what was asked though the figure's
own phrase does not say the asked noun (:mod:`.counts`): the noun is the object of the verb the question counts by
(角膜捐了几例 over …角膜捐献志愿者…，实现捐献14例: the figure counts donations, its phrase says the verb),
and the noun is a share (收入比例是多少 over …占营业收入的42.08%: a percentage is the share asked). Read by jieba's
tags and grammar, never by a list of the documents' words. Pure functions."""
from __future__ import annotations

import re

from reportbot.index.retrieval.tagging import tagged

_ASKS = re.compile(r"多少|几")
# the words for a share (比重, 比例, 占比, 百分比): what a percentage gives
_SHARE = re.compile(r"(?:比重|比例|占比|百分比|比率)$")
_PERCENT = re.compile(r"\d\s*%|百分之")


def verb_counted(question: str) -> tuple[str, str] | None:
    """(noun, verb) when the question counts by a verb whose object stands right before it (角膜 捐 了 几例:
    角膜, 捐); None otherwise."""
    words = tagged(question)
    for i, (w, _) in enumerate(words):
        if not _ASKS.search(w):
            continue
        k = i - 1
        while k >= 0 and words[k][1] in ("ul", "uz", "d") and len(words[k][0]) <= 2:
            k -= 1  # 了, 过, 一共
        if k >= 1 and words[k][1] == "v" and words[k - 1][1].startswith("n") and len(words[k - 1][0]) >= 2:
            return words[k - 1][0], words[k][0]
        return None
    return None


def object_of_counted_verb(question: str, sentence: str, phrase: str, start: int) -> bool:
    """The figure's own ``phrase`` says the verb the question counts by (捐 in 实现捐献14例) and the sentence names the
    verb's object before the figure (角膜 before it): the figure counts what was asked."""
    found = verb_counted(question)
    if found is None:
        return False
    noun, verb = found
    return _says_verb(phrase, verb) and noun in sentence[:start]


def _says_verb(phrase: str, verb: str) -> bool:
    """The phrase says the verb: a verb of two characters or more whole, one of a character as a word jieba reads
    in it or the start of one (捐 of 捐献); not a verb's first character alone (出 of 出航 in 支出)."""
    return len(verb) >= 2 and verb in phrase or any(w.startswith(verb) for w, _ in tagged(phrase))


def share_given(head: str, answer: str) -> bool:
    """The asked noun is a share (比重, 占比) and the answer is a percentage."""
    return _SHARE.search(head) is not None and _PERCENT.search(answer) is not None
