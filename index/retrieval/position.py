"""A question that places what it asks at one end of a document (结尾说要实施啥工程, 开头讲了什么, "in the
conclusion") is answered by the passage standing there.

The words of such a question often match a passage in the middle of the document as well as the one at its end
(the closing paragraph sums up what the body said), and the search alone cannot tell them apart. The document's
first passage of prose and its last one are known when the index is loaded; when the question names an end, that
passage of the best passage's document, if it is a candidate at all, goes first.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

import numpy as np

End = Literal["start", "end"]

# the end of a document: its closing part or paragraph (结尾, 文末, 结语, 最后一段; at the end, in the conclusion)
_END = re.compile(r"结尾|文末|篇末|结语|结束语|最后一段|最后一部分"
                  r"|\b(?:at|in|near|towards?) the (?:very )?end\b|\bconclu(?:sion|ding (?:paragraph|section|part))\b"
                  r"|\b(?:closing|final|last) (?:paragraph|section|part|lines?)\b", re.I)
# the start of a document: its opening paragraph (开头, 开篇, 文首, 第一段; at the start, the opening paragraph);
_START = re.compile(r"开头|开篇|文首|篇首|首段|第一段"
                    r"|\bat the (?:very )?(?:start|beginning)\b|\b(?:opening|first) (?:paragraph|lines?)\b", re.I)
# 开头 after 以 or 为 in its clause says what a thing begins with (以0571开头), not where in the document
_BEGINS_WITH = re.compile(r"[以为][^，。？！?!,]{0,12}$")
# a passage of prose ends a sentence; a sign-off (东湖大学红十字会 2024年3月4日) or a heading line does not
_SENTENCE_END = re.compile(r"[。！？!?.；;]\W*$")


def named_end(question: str) -> End | None:
    """The end of a document the question places its answer at, or None (both named: None)."""
    start = any(not (m.group() == "开头" and _BEGINS_WITH.search(question[:m.start()]))
                for m in _START.finditer(question))
    end = bool(_END.search(question))
    return "start" if start and not end else "end" if end and not start else None


def prose_ends(texts: Sequence[str], docs: Sequence[int], headers: Sequence[bool]) -> dict[int, tuple[int, int]]:
    """Per document (its number in ``docs``): the rows of its first and its last passage of prose (a passage that
    ends a sentence; its header card is none). A document without one has no entry."""
    out: dict[int, tuple[int, int]] = {}
    for row, (text, doc, header) in enumerate(zip(texts, docs, headers)):
        if header or not _SENTENCE_END.search(text):
            continue
        first, _ = out.get(int(doc), (row, row))
        out[int(doc)] = (first, row)
    return out


def end_first(end: End | None, rows: np.ndarray, docs: np.ndarray, fused: np.ndarray,
              ends: dict[int, tuple[int, int]]) -> int | None:
    """The candidate that should go first, or None.

    Args:
        end: the end the question names (:func:`named_end`).
        rows: the candidates' passage rows.
        docs: each candidate's document number.
        fused: each candidate's fused score.
        ends: :func:`prose_ends` of the index.
    """
    if end is None or not len(rows):
        return None
    best = int(np.argmax(fused))
    pair = ends.get(int(docs[best]))
    if pair is None:
        return None
    at = np.flatnonzero(rows == pair[0 if end == "start" else 1])
    return int(at[0]) if len(at) and int(at[0]) != best else None
