"""Whether the evidence agrees with what the question pins its thing to, in either language.

The signals of :mod:`.signals` look at the passage and its document as a whole; a near miss often has a passage
about the right subject whose sentence gives another year's figure, counts another thing, or names none of the
bodies an English question names (the bridge finds some corpus word for every English word, so coverage stays
high). These are read on the evidence sentence itself:

- ``years``: 0 when the question names a year and the sentence names years, none of them the asked one (or the
  sentence names none and neither does the passage nor its document's context);
- ``focus``: share of the words the question asks about most directly (``Query.focus``: the counted noun, the
  role, the thing after "which") that the sentence holds, through the bridge for an English question;
- ``names``: share of an English question's capitalised names (a body, a place, a programme) that the passage
  or its document's context holds through the bridge (a Chinese question's are weighed by ``constraints``);
- ``sentence``: share of the question's words the sentence alone holds (``alignment`` also counts the context).
"""
from __future__ import annotations

import re

from reportbot.index.answering.held import has_word, word_forms
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import stem

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# a capitalised word inside an English question (its first word is capitalised anyway); "I" names nothing
_CAPITAL = re.compile(r"(?<=[a-z,;:] )[A-Z][A-Za-z'’-]+|(?<=[a-z,;:] )[A-Z]{2,}")


def years_agree(q: Query, sentence: str, around: str) -> float:
    """1 unless the question names a year the sentence (or, when it names none, the passage and context) does not."""
    asked = set(_YEAR.findall(q.text))
    if not asked:
        return 1.0
    said = set(_YEAR.findall(sentence))
    if said:
        return 1.0 if asked & said else 0.0
    elsewhere = set(_YEAR.findall(around))
    return 1.0 if not elsewhere or asked & elsewhere else 0.0


def _concept_terms(q: Query, index: int) -> set[str]:
    """Every term of the concept group ``index`` stands for (an English word and its translations)."""
    if index >= len(q.groups):
        return set()
    ids = list(q.concepts[:len(q.groups)])
    if index >= len(ids):
        return set(q.groups[index])
    return {t for cid, g in zip(ids, q.groups) if cid == ids[index] for t in g}


def _held(terms: set[str], forms: tuple[str, set[str]]) -> bool:
    return any(len(t) >= 2 and has_word(t, forms) for t in terms)


def focus_held(q: Query, sentence: str) -> float:
    """Share of the question's focus words (with their translations) the sentence says; 1 when it has none."""
    focus = [i for i in q.focus if i < len(q.groups)]
    if not focus:
        return 1.0
    forms = word_forms(sentence)
    return sum(_held(_concept_terms(q, i), forms) for i in focus) / len(focus)


def sentence_held(q: Query, sentence: str) -> float:
    """Share of the question's concepts (an English word with its translations as one) the sentence says."""
    groups = [g for g in q.concept_groups() if max(map(len, g), default=0) >= 2]
    if not groups:
        return 0.0
    forms = word_forms(sentence)
    return sum(_held(set(g), forms) for g in groups) / len(groups)


def names_held(q: Query, around: str) -> float:
    """Share of an English question's capitalised names the passage and its context say (through the bridge);
    a name the bridge found no corpus word for is not held. 1 for a Chinese question or one naming nothing."""
    if q.lang != "en":
        return 1.0
    names = {stem(re.sub(r"['’]s$", "", w.lower())) for w in _CAPITAL.findall(q.raw)} - {""}
    if not names:
        return 1.0
    unmatched = {stem(u.lower()) for u in q.unmatched}
    forms = word_forms(around)
    held = 0
    for name in names:
        if name in unmatched:
            continue
        where = [i for i, g in enumerate(q.groups) if name in g]
        terms = {name}.union(*(_concept_terms(q, i) for i in where))
        held += _held(terms, forms)
    return held / len(names)
