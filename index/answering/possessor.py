"""English "the X of what" over Chinese text: what stands before 的 in front of X.

English puts the asked modifier after its noun ("the guardian of what", "the target of which plan");
Chinese puts it before, joined by 的 (生命健康的“守护者”). So when a question asks "X of what" and
the sentence holds a translation of one of its words right after 的 (a quote mark may stand between),
the noun phrase before that 的 answers: the run of noun-like words (by jieba's tags) back to a verb,
a particle or a clause mark.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tagging import words as tagged_words

# "the guardian of what", and "what is it the guardian of?" (the preposition stranded at the end)
_OF_WHAT = re.compile(r"\b[a-z]+['’\"]?\s+of\s+(?:what|which|whom)\b|^\W*(?:what|which)\b.*\b[a-z]+['’\"]?\s+of\W*$")
_OPEN = "“「『\"'《"
# jieba tags of words that may stand in a noun phrase before 的: nouns, names, adjectives, nominal verbs,
# abbreviations, idioms, numbers with their measure words
_NOUNLIKE = re.compile(r"^(n|a|vn|an|j|l|m|q|b|f|s)")
MAX_CHARS = 12  # a modifier longer than this is a clause, not a noun phrase


def asks_possessor(q: Query) -> bool:
    return q.lang == "en" and q.kind in ("what", "other") and bool(_OF_WHAT.search(q.text.lower()))


def possessor(q: Query, sentence: str) -> Span | None:
    """The noun phrase before 的 in front of a translated question word, or None."""
    for group in reversed([g for g in q.groups if any(not t.isascii() for t in g)]):
        for term in sorted((t for t in group if len(t) >= 2 and not t.isascii()), key=len, reverse=True):
            for m in re.finditer(re.escape(term), sentence):
                end = m.start()
                while end > 0 and sentence[end - 1] in _OPEN:
                    end -= 1
                if end < 2 or sentence[end - 1] != "的":
                    continue
                start = end - 1
                for word, flag in reversed(list(tagged_words(sentence[max(0, end - 1 - MAX_CHARS):end - 1]))):
                    if not _NOUNLIKE.match(flag):
                        break
                    start -= len(word)
                if 2 <= end - 1 - start <= MAX_CHARS:
                    return Span(sentence[start:end - 1], start, end - 1, "modifier")
    return None


# a quoted name's head noun: nouns, names, abbreviations (a verb, a particle or a mark ends it)
_HEAD = re.compile(r"^(n|j|ng|vn)")
MAX_HEAD_CHARS = 8


def with_head(span: Span, sentence: str) -> Span:
    """A quoted name with the noun it names when one follows it at once: “浙江骄傲”提名奖 (an award called 浙江骄傲),
    “救在身边”信息化管理系统 — the quote alone is the modifier, not the thing."""
    if span.source != "quote" or not re.match(r"[\u4e00-\u9fff]", sentence[span.end:span.end + 1]):
        return span
    end = last = span.end
    for word, flag in tagged_words(sentence[span.end:span.end + MAX_HEAD_CHARS + 4]):
        if not _HEAD.match(flag) or end + len(word) - span.end > MAX_HEAD_CHARS:
            break
        end += len(word)
        if flag.startswith(("n", "j")) and flag != "nr":
            last = end  # the head ends on a noun, not on a nominal verb
    return Span(sentence[span.start:last], span.start, last, "quote") if last > span.end else span
