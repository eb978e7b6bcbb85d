"""What the question names that the evidence does not hold, weighed by how rare each word is in the documents.

A tool's signal (``refusal_lack.py``), not the engine's: judged held out in the thirty-fourth round, it did not earn a
place in the refusal model (README, issue 14).

A near miss usually lacks one thing the question names: the thing counted, a kind of event or vehicle. Coverage and
alignment weigh every missing word alike, and the naming-noun check (``index/answering/unsaid.py``) reads Chinese
questions only and nouns of two characters or more (船 is dropped). Here every word of the question counts (a Chinese
question's jieba words, a single character when jieba tags it a noun; an English question's words merged with their
CC-CEDICT translations, as the bridge gives them), each held when the text says it in any of its forms, and weighed
by its rarity: its idf among the index's passages (computed when the index is built, read here), over the largest an
idf can be. A rare word held nowhere is the near miss's shape; a common one missing is a paraphrase's.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable

from reportbot.index.answering.held import has_word, word_forms
from reportbot.index.retrieval import lexicon
from reportbot.index.retrieval.query import ASKING_ZH, Query
from reportbot.index.retrieval.tagging import tagged

_HAN = re.compile(r"^[\u4e00-\u9fff]$")
_FIGURE = re.compile(r"^[\d.,%]+$")


def _noun(flag: str | None) -> bool:
    return flag is not None and (flag[0] == "n" or flag == "vn")


def words(q: Query, nouns_only: bool = False) -> list[dict[str, float]]:
    """The question's words, each with its forms (sub-words, translations): the concept groups without figures and
    question words, a lone Chinese character only when jieba tags it a noun in the question (船, 车). ``nouns_only``:
    only a word with a Chinese form tagged a noun, in the question or in jieba's dictionary (an English word by its
    translations; not 现在, 一共, 具体: a question's colloquial words are rare in documents too)."""
    tags = {w: flag for w, flag in tagged(q.text)} if q.lang == "zh" else {}
    nouns = {w for w, flag in tags.items() if _HAN.match(w) and _noun(flag)}
    out = []
    for g in q.concept_groups():
        terms = [t for t in g if not _FIGURE.match(t)]
        if not terms or any(not t.isascii() and ASKING_ZH.search(t) for t in terms):
            continue
        if max(map(len, terms)) < 2 and not any(t in nouns for t in terms):
            continue
        if nouns_only and not any(not t.isascii() and _noun(tags.get(t) or lexicon.tag(t)) for t in terms):
            continue
        out.append({t: g[t] for t in terms})
    return out


def rarity(group: dict[str, float], idf: Callable[[str], float], top: float) -> float:
    """How rare a word is in the documents, in (0, 1]: the idf of its best-weighted form the documents use (the
    rarest of those tied), over ``top``, the idf of a word no passage has; 1 when no form is used anywhere."""
    used = [(w, idf(t)) for t, w in group.items() if idf(t) > 0]
    if not used:
        return 1.0
    best = max(w for w, _ in used)
    return min(1.0, max(i for w, i in used if w == best) / top)


def lacking(q: Query, text: str, idf: Callable[[str], float], n: int, used_only: bool = False,
            nouns_only: bool = False) -> tuple[float, float]:
    """(1 less the rarity of the rarest word ``text`` holds in none of its forms, rarity-weighted share of the words
    it holds): both 1 when it holds every word (or the question has none). ``n``: passages idf was counted over;
    ``used_only``: only the words some passage uses in some form (a word no document has is the ``known`` signal's);
    ``nouns_only``: only nouns (:func:`words`)."""
    groups = [g for g in words(q, nouns_only) if not used_only or any(idf(t) > 0 for t in g)]
    if not groups:
        return 1.0, 1.0
    forms = word_forms(text)
    top = math.log(1 + (n + 0.5) / 0.5)
    weighed = [(rarity(g, idf, top), any(has_word(t, forms) for t in g)) for g in groups]
    missing = max((r for r, held in weighed if not held), default=0.0)
    total = sum(r for r, _ in weighed)
    return 1.0 - missing, sum(r for r, held in weighed if held) / total if total else 1.0
