"""Chinese typos by sound: a stretch of a question the documents never write, read as their word that sounds the same.

Chinese is typed by its sound (pinyin), so the usual typo is a character of the same sound in place of the right
one: 只愿者 for 志愿者, 会计事物所 for 会计事务所. jieba then cuts the stretch into words the documents never use
(只, 愿者) and the keyword side finds nothing. A stretch of two to four Chinese characters that no passage or
context writes, overlapping a question word the documents do not know (or a lone character), is read as the
documents' word of the same length, the same toneless pinyin and all its characters but one the same (the
index's pinyin map, ``Bridge.pinyin``, which romanised names use too); it replaces the question words it covers.
A stretch that sounds like more than ``most`` such words says nothing certain and is left alone.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reportbot.index.retrieval.lexicon import frequency
from reportbot.index.retrieval.tokenize import initialize, tokenize_spans

if TYPE_CHECKING:
    from reportbot.index.retrieval.bridge import Bridge
    from reportbot.index.retrieval.query import Query

_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
SHORTEST, LONGEST = 2, 4  # the characters a stretch may have (the pinyin map holds words of 2 to 4)

Span = tuple[int, int, dict[str, float]]


def _pinyin_key(text: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text)).lower()


def warm_up() -> None:
    """Import pypinyin and read one key: its import and dictionaries (about 0.15 s) would otherwise fall on the first
    question with a word the documents do not write."""
    _pinyin_key("预热")


def sound_alikes(stretch: str, known: Container[str], pinyin: Mapping[str, Sequence[str]], most: int = 2
                 ) -> list[str]:
    """The documents' words ``stretch`` may be a typo of: the same length and toneless pinyin, one character
    different (只愿者 -> 志愿者); none when the documents write ``stretch`` itself or more than ``most`` words fit."""
    if stretch in known or not SHORTEST <= len(stretch) <= LONGEST or not _CJK.match(stretch):
        return []
    found = sorted(w for w in pinyin.get(_pinyin_key(stretch), ())
                   if len(w) == len(stretch) and sum(a != b for a, b in zip(w, stretch)) == 1)
    return found if len(found) <= most else []


def _weak(span: Span, known: Container[str]) -> bool:
    """A question word of two characters or more that the documents do not know: where a typo leaves its mark (a
    lone character is no mark: 救|在 are two words, not a typo of 救灾)."""
    _, _, group = span
    cjk = [t for t in group if _CJK.match(t)]
    return bool(cjk) and max(map(len, cjk)) > 1 and all(t not in known for t in cjk)


def _stretches(spans: Sequence[Span], known: Container[str], length: int) -> list[tuple[int, int]]:
    """Where a typo of ``length`` characters may lie: over a question word the documents do not know, cutting no
    word that the documents or jieba's dictionary know (a typo makes jieba cut non-words, 只|愿者 of 只愿者;
    a stretch across two real words, 红会|一共, is no typo of 会议)."""
    def real(g: dict[str, float]) -> bool:
        return any(t in known or frequency(t) for t in g if _CJK.match(t))

    out: list[tuple[int, int]] = []
    for a, b, g in spans:
        if not _weak((a, b, g), known):
            continue
        for s in range(max(0, a - length + 1), b):
            e = s + length
            if all(not real(h) or (s <= x and y <= e) or y <= s or e <= x for x, y, h in spans if y - x > 1):
                out.append((s, e))
    return list(dict.fromkeys(out))


def _best_stretch(text: str, spans: Sequence[Span], known: Container[str], pinyin: Mapping[str, Sequence[str]],
                  most: int) -> tuple[int, int, list[str]] | None:
    """The longest stretch where a typo may lie that sounds like a document's word, with those words; a word of
    jieba's dictionary is a word, not a typo (经历, 截止, 一部 are no typos of 经理, 截至, 一步)."""
    for n in range(LONGEST, SHORTEST - 1, -1):
        for s, e in _stretches(spans, known, n):
            if e <= len(text) and not frequency(text[s:e]):
                words = sound_alikes(text[s:e], known, pinyin, most)
                if words:
                    return s, e, words
    return None


def corrected(text: str, spans: Sequence[Span], known: Container[str], pinyin: Mapping[str, Sequence[str]],
              weight: float, most: int = 2, widen: Callable[[dict[str, float]], dict[str, float]] | None = None
              ) -> tuple[list[dict[str, float]], list[int]] | None:
    """The question's groups with a typo's words replaced by the word it sounds like, or None if there is none.

    Args:
        text: the normalised question.
        spans: its keyword groups with their character spans (``tokenize_spans``).
        known: every keyword term of the passages and their contexts.
        pinyin: toneless pinyin -> the documents' words written so.
        weight: the corrected word's weight (shared among them when there are two).
        most: a stretch that sounds like more words than this is left alone.
        widen: adds a group's other forms (its English corpus words), as the question's other groups have them.

    Returns:
        (the new groups, for each old group the index of the new group it became).
    """
    initialize()  # jieba's dictionary says which stretches are words
    found = _best_stretch(text, spans, known, pinyin, most)
    if found is None:
        return None
    s, e, words = found
    group = {w: round(weight / math.sqrt(len(words)), 4) for w in words}
    group = widen(group) if widen else group
    out: list[dict[str, float]] = []
    where: list[int] = []
    merged = None
    for a, b, g in spans:
        inside = s <= a and b <= e
        if inside or (a < e and s < b and _weak((a, b, g), known)):
            if merged is None:
                merged = len(out)
                out.append(group)
            where.append(merged)
        else:
            where.append(len(out))
            out.append(g)
    return out, where


def sound_typo(q: Query, known: Container[str], bridge: Bridge, weight: float, most: int) -> Query:
    """A Chinese question with its typo by sound read as the documents' word (:func:`corrected`); as it was if none."""
    if weight <= 0 or not any(_weak((0, 0, g), known) for g in q.groups):
        return q  # every word of the question is the documents' own: nothing to read otherwise
    spans = tokenize_spans(q.text)
    if len(spans) != len(q.groups):
        return q
    fixed = corrected(q.text, [(a, b, g) for (a, b, _), g in zip(spans, q.groups)], known, bridge.pinyin, weight,
                      most, bridge.english_alternatives)
    if fixed is None:
        return q
    groups, where = fixed
    return replace(q, groups=tuple(groups), focus=tuple(dict.fromkeys(where[i] for i in q.focus)))
