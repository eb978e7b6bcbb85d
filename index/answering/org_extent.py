"""Where an organisation's name begins and ends, when a "who" answer is a piece of one.

Asked who compiled, audited or ran something, a Chinese sentence answers with an organisation: 湖北楚信会计师事务所,
青山北社区防灾义工队. The name readers take a person's name or the characters after a question's word, so the answer
stops inside the organisation (楚信, 北社区防). An organisation's name is a run of nouns (a place, a name, nouns,
verbal nouns: the tagger's n-, vn, j flags) that ends in a word of an organisation's kind: one ending in 队, 会,
所, 局, 院, 中心, 公司 ... (the endings of Chinese organisation nouns, :mod:`.org_kinds`; a class of word endings,
not names). When the answer's nouns, or the nouns after it, run on to such a word, the answer is widened to the
whole run: back over the nouns before it (湖北 before 楚信, 青山北社区防灾 before 义工队), forward to the last word of
that kind. A preposition (由), a verb or a mark ends the run. Pure functions over one sentence and a span.
"""
from __future__ import annotations

import re

from reportbot.index.answering.near import _ROLE_END
from reportbot.index.answering.org_kinds import WORD_KIND_END
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.tagging import words as tagged_words

# the tagger's flags of the words an organisation's name is made of: nouns of every kind, verbal nouns, abbreviations
_NOUNISH = re.compile(r"^(?:n[a-z]*|vn|j|b)$")
MAX_NAME = 24  # the longest organisation's name a widened answer may be, in characters; set by hand


def _after_role(bounds: list[tuple[int, int, str, str]], inside: list[int]) -> bool:
    """Whether the answer is one person's name right after the role or person noun it names (联系人 王丽, 志愿者 李明:
    a word ending in :data:`.near._ROLE_END`): a person, no piece of an organisation's name."""
    before = bounds[inside[0] - 1][2] if inside[0] else ""
    return len(inside) == 1 and bounds[inside[0]][3] == "nr" and len(before) >= 2 and before.endswith(_ROLE_END)


def organisation_whole(sentence: str, span: Span | None) -> Span | None:
    """``span`` widened to the organisation's name it is a piece of (楚信 of 湖北楚信会计师事务所), or as it was."""
    if span is None or not span.text or sentence[span.start:span.end] != span.text \
            or not re.fullmatch(r"[\u4e00-\u9fff]+", span.text):
        return span
    bounds, pos = [], 0
    for w in tagged_words(sentence):
        bounds.append((pos, pos + len(w.word), w.word, w.flag))
        pos += len(w.word)
    inside = [k for k, (a, b, _, _) in enumerate(bounds) if a < span.end and span.start < b]
    if not inside or not all(_NOUNISH.match(bounds[k][3]) for k in inside) or _after_role(bounds, inside):
        return span
    last, k = None, inside[0]
    while k < len(bounds) and (k <= inside[-1] or _NOUNISH.match(bounds[k][3])):
        if WORD_KIND_END.search(bounds[k][2]):
            last = k  # the last word of an organisation's kind the run of nouns reaches
        k += 1
    if last is None:
        return span
    first = inside[0]
    while first > 0 and _NOUNISH.match(bounds[first - 1][3]):
        first -= 1
    # an answer that starts inside a word (区 of 费由区) was cut there on purpose: only one at a word's start is widened
    start = bounds[first][0] if bounds[inside[0]][0] == span.start else span.start
    end = max(span.end, bounds[last][1])
    if end - start > MAX_NAME or (start, end) == (span.start, span.end):
        return span
    return Span(sentence[start:end], start, end, span.source, span.strength)
