"""Words CC-CEDICT gives the same first sense: one thing written in two forms (志工 and 志愿者 are both "volunteer",
捐血 and 献血 "to donate blood", 住址 and 地址 "address").

A question and a document may name one thing by two words, a regional or a colloquial form and the standard one.
Only the first sense of a word's first common entry is compared, whole: a word's later senses stretch it (部分 is
also "share" and "section"), and a sense shared only by a later gloss is a neighbour, not the same thing. A table
of the lexicon (``lexicon.py``), made once from the dictionary read whole.
"""
from __future__ import annotations

import functools
import re

from reportbot.index.retrieval import lexicon

# a bracket the sense is read without: a pinyin reading, or a one-word label of register, region or field ((Tw),
# (coll.), (math.)); a qualifier of several words stays, it narrows what the word names: 议员 is "member (of a
# legislative body)", not any member (会员)
_PAREN = re.compile(r"\([^)\s]*\)|\[[^\]]*\]")
_LEAD = re.compile(r"^(?:to|a|an|the)\s+")
# a gloss that says nothing of the sense: a reference to another entry, a classifier, a register
_NO_SENSE = re.compile(r"^(?:cl:|abbr\.|variant of|old variant|see |surname |used in |also written|japanese|"
                       r"taiwan pr\.|erhua|\(old\)|lit\.|fig\.)")
_CHINESE = re.compile(r"^[\u4e00-\u9fff]{2,}$")


def first_sense(entries) -> str | None:
    """The first sense of the first common (not proper) entry, lowercased, without labels or a leading to/a/the;
    None when that entry opens with a reference to another (variant of, see …)."""
    for proper, defs in entries:
        if proper:
            continue
        sense = _PAREN.sub(" ", defs.split("/")[0]).strip().lower()
        if not sense or _NO_SENSE.match(sense):
            return None
        return re.sub(r"\s+", " ", _LEAD.sub("", sense))
    return None


def same_sense_table() -> dict[str, tuple[str, ...]]:
    """Each first sense that two or more Chinese words of at least two characters share, with those words."""
    from reportbot.index.retrieval.cedict import _cedict_entries

    groups: dict[str, list[str]] = {}
    for word, entries in _cedict_entries().items():
        if _CHINESE.match(word) and (sense := first_sense(entries)):
            groups.setdefault(sense, []).append(word)
    return {s: tuple(ws) for s, ws in groups.items() if len(ws) > 1}


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    served = lexicon.table("same_sense")
    return same_sense_table() if served is None else served


def same_class(a: str, b: str) -> bool:
    """jieba's dictionary puts both words in one word class (a noun and a noun, a verb and a verb), or lacks one of
    them: the noun 公众 (the public) is not written as the adjectives 公开, 公共 that share its gloss."""
    ta, tb = lexicon.tag(a), lexicon.tag(b)
    return not ta or not tb or ta[0] == tb[0]


@functools.lru_cache(maxsize=4096)
def other_forms(word: str) -> tuple[str, ...]:
    """The other words CC-CEDICT gives ``word``'s first sense, of its word class (志工 -> 志愿者, …); () for a word
    it lacks."""
    from reportbot.index.retrieval.cedict import entries_of

    sense = first_sense(entries_of(word))
    return tuple(w for w in _table().get(sense, ()) if w != word and same_class(word, w)) if sense else ()
