"""An English "which X" over Chinese: the quoted name whose last word is X in Chinese.

Chinese writes a programme, a project or a campaign as a quoted name that ends in its kind (“红色根脉强基工程”, a
工程; “博爱家园”项目). An English question asking which project, which campaign or what programme names that kind in
English; the bridge has translated it to the corpus's words (project -> 项目, 工程, 计划), so the quoted name
that ends in one of them is of the asked kind, whatever verb or role stands next to it. Of several, the one
nearest the question's words answers. Pure functions over a question and one sentence.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import _QUOTE, Span, _clauses, _proximity
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import STOPWORDS_EN, stem

# the words after which / what that may name the asked kind ("which new project", "what kind of campaign"): the
# noun phrase's words up to the first small word ("which project will they …": project)
_ASKED = re.compile(r"\b(?:which|what)\s+(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?((?:[A-Za-z][a-z-]+\s*){1,3})")
NOUN_WORDS = 2  # how many words of that phrase may name the kind (which party secretary: party, secretary)


def asked_kind_words(q: Query) -> frozenset[str]:
    """The Chinese words the bridge gives for the noun an English which / what question asks about (which project ->
    项目, 工程, 计划), or none. A name the question capitalises (which Zhejiang party secretary) is no kind."""
    if q.lang != "en":
        return frozenset()
    m = _ASKED.search(q.raw)
    words: list[str] = []
    for w in (m.group(1).split() if m else []):
        if w.lower() in STOPWORDS_EN or len(words) == NOUN_WORDS:
            break
        if w[0].islower():
            words.append(stem(w.lower()))
    groups = q.concept_groups()
    return frozenset(t for w in words for g in groups if w in g for t in g if not t.isascii() and len(t) >= 2)


def quoted_of_kind(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """The quoted name in a Chinese sentence that ends in the asked kind (“红色根脉强基工程” for which project),
    nearest the question's words; None when no quoted name is of that kind."""
    kinds = asked_kind_words(q)
    if not kinds:
        return None
    clauses = _clauses(sentence)
    best, best_score = None, -1.0
    for m in _QUOTE.finditer(sentence):
        inner = next(g for g in m.groups() if g is not None)
        after = sentence[m.end():m.end() + 4]  # the kind written after the quote: “博爱家园”项目
        if not any(inner.endswith(k) and len(inner) > len(k) or after.startswith(k) for k in kinds):
            continue
        score = _proximity(m.start(), m.end(), terms, clauses)
        if score > best_score:
            best, best_score = Span(m.group(0), m.start(), m.end(), "quote"), score
    return best
