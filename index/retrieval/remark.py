"""Whether a message asks anything: a reply to an answer that only thanks the bot (谢谢, thanks!, 👍, 好的，明白了)
is a remark, not a question the documents fail to answer.

A message asks something when it holds a question mark, a question word (Chinese 几 多少 什么 …, a closing 吗 or 呢,
English who … how, or an opening verb of a yes/no question), a figure, or a word the documents write (one of their
keyword terms: a question may be a bare topic, 志愿者服务). What is left asks nothing the documents could answer:
the same test for every language, reading no list of courtesies. Of a message that opens with a remark and goes
on to ask (谢谢！那志愿者呢？), the question is what follows the remark. Pure functions over strings.
"""
from __future__ import annotations

import re
from collections.abc import Container

from reportbot.index.retrieval.query import ASKING_ZH, question_text
from reportbot.index.retrieval.tokenize import tokenize_spans

# a question mark, a closing particle of a Chinese question, an English question word, an opening verb of a yes/no
# question ("is it free", "can I bring a friend")
_ASKS = re.compile(r"[?？]|[吗呢嘛么](?=\W*$)|怎|\b(?:who|whom|whose|what|which|when|where|why|how)\b|"
                   r"^\W*(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|may|has|have|had)\b",
                   re.I)
# where a message's sentences end: the remark before a question ends at one of these
_SENTENCE_END = re.compile(r"(?<=[。！!？?…~～])\s*|(?<=[.,，、;；])\s+")


def asks_nothing(text: str, known: Container[str]) -> bool:
    """``text`` holds no question mark or question word, no figure and no word of the documents (``known``: their
    keyword terms, as :func:`.tokenize.tokenize_spans` writes them)."""
    read = question_text(text)
    if _ASKS.search(read) or ASKING_ZH.search(read) or re.search(r"\d", read):
        return False
    return not any(term in known for _, _, group in tokenize_spans(read) for term in group)


def question_after_remarks(text: str, known: Container[str]) -> str | None:
    """``text`` without the sentences that open it and ask nothing (谢谢！那志愿者呢？ -> 那志愿者呢？); None when no
    sentence of it asks anything."""
    text = text.strip()
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text))]
    for a, b in zip(starts, [*starts[1:], len(text)]):
        if not asks_nothing(text[a:b], known):
            return text[a:]
    return None
