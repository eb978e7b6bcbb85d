"""A person's name the answer goes on to: 哪个队员 over 青年队员刘晓梅, X叫什么 over X孙立平, a quoted title the
question repeats over “优秀队员”陆文涛 (moved from ``choose``, which calls them on its answers). Pure functions over
strings and the tagger's names.
"""
from __future__ import annotations

import re

from reportbot.index.answering.entities import acts, holds_person, is_person, name_length
from reportbot.index.answering.spans import BOUNDARIES, Span
from reportbot.index.retrieval.query import Query

WHICH_ONE = re.compile(r"哪(?:个|位|名|一位|一个)")


def with_name(q: Query, span: Span, sentence: str) -> Span:
    """哪个队员 answered by 青年队员 where the sentence goes on with a person's name (青年队员刘晓梅):
    the role with the name, as 谁 answers. The answer must end in the asked noun (the focus word)."""
    after = sentence[span.end:span.end + 6]
    asked = [t for i, g in enumerate(q.groups) if i in q.focus for t in g if len(t) >= 2 and not t.isascii()]
    if len(after) < 2 or not re.match(r"[\u4e00-\u9fff]{2}", after) or holds_person(span.text) \
            or not any(span.text.endswith(t) for t in asked) or not is_person(after):
        return span
    end = span.end + name_length(after)
    if acts(sentence, end):
        return span  # the tagger's "name" takes an object: a verb (荣膺“…”), not a name
    return Span(sentence[span.start:end], span.start, end, span.source, span.strength)


def repeats(answer: str, question: str) -> bool:
    """Most of the answer's characters are the question's own (“优秀队员” for 优秀对员叫什么, a typo apart)."""
    chars = [c for c in answer if "\u4e00" <= c <= "\u9fff"]
    return bool(chars) and sum(c in question for c in chars) >= BOUNDARIES.title_repeats * len(chars)


NAME_ASKED = re.compile(r"叫(?:什么|啥)|名字")


def name_after_focus(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """X叫什么 where the sentence follows X (the word before the question word) with a person's name."""
    before = q.text[:NAME_ASKED.search(q.text).start()].rstrip("的是")
    for a, b, _ in terms:
        if b - a < 2 or not before.endswith(sentence[a:b]):
            continue
        found = name_after(Span(sentence[a:b], a, b), sentence)
        if found is not None:
            return found
    return None


def name_after(span: Span, sentence: str) -> Span | None:
    """The person's name right after a title the question repeats (“优秀队员”陆文涛): the name is what it asks."""
    after = sentence[span.end:span.end + 6]
    if len(after) < 2 or not re.match(r"[\u4e00-\u9fff]{2}", after) or not is_person(after):
        return None
    end = span.end + name_length(after)
    if acts(sentence, end):
        return None  # the tagger's "name" takes an object: a verb
    while (more := _NEXT_NAME.match(sentence, end)) is not None:
        end = more.end()  # “最美志愿者”闵华、吴坚强: every name the title is given to
    return Span(sentence[span.end:end], span.end, end, "name")


_NEXT_NAME = re.compile(r"、[\u4e00-\u9fff]{2,3}(?=[，、。；等])")
