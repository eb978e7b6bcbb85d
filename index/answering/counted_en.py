"""An English count or amount whose thing the English document it is answered from never names.

A near miss asks to count a thing the documents do not count: plasma units where a blood service's summary counts
whole-blood units, air ambulances where an ambulance report counts crews and residents; or asks a fee the documents
do not give: a late fee, a renewal's cost, where the minutes give other amounts. The search finds the passage by the
question's other words (the service, the year, "units", "fee"), and the extraction takes the figure of the asked
measure there. When the English document the answer comes from never says a word of the counted noun phrase, or of
the words that qualify the money noun (late of "the late fee"), at all (not in its text, its headings or its
title, in any inflection), its figures cannot count that thing or be that amount.

Only words an English dictionary knows are weighed (CC-CEDICT's glosses: a typo or a name it lacks may be the
document's own word misspelled), never a measure noun (people, times, years: :data:`.counted.EN_UNITS`), after
"how many" only (a count of things: "how much money" names a measure a fee's passage need not say), and of a money
noun only the few words right before it (the subject named further off is the search's and the constraints'). A
Chinese answer is left to :mod:`.counted_said`: the bridge's words for a thing are too few to tell that a Chinese
clause never names it. Pure functions over strings.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.spans import Span
from reportbot.index.answering.units import MONEY_NOUNS, money_head
from reportbot.index.retrieval.asked_for import PHRASE_END
from reportbot.index.retrieval.counted import EN_UNITS, counted_phrase
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import STOPWORDS_EN, english_words, stem

_MONEY = re.compile(rf"\b(?:{MONEY_NOUNS})s?\b")
# how many words before a money noun qualify it (the first aid certificate renewal cost: certificate, renewal); set by
# hand: a subject's name stands further off (the harbour city branch flag day income)
QUALIFIERS = 3
# words that sum an amount up rather than say which it is (the total income is the income): English's 一共 / 合计
_SUMMED = frozenset({"total", "overall", "combined", "entire", "whole"})


def asked_phrase(text: str) -> list[str]:
    """The words naming what an English question counts (after "how many") or, else, the money it asks for (the
    words right before the money noun that heads its noun phrase: the late fee -> late)."""
    counted = counted_phrase(text, "many")
    if counted:
        return counted
    m = _MONEY.search(text.lower())
    if m is None or not money_head(text.lower()):
        return []  # the budget motion, the fee waiver: the money word qualifies what is asked
    out: list[str] = []
    for w in reversed(english_words(text.lower()[:m.start()])):
        if w in STOPWORDS_EN or w in PHRASE_END:
            break
        if w not in _SUMMED:
            out.append(w)
    return out[:QUALIFIERS][::-1]


def unsaid_counted(q: Query, sentence: str, span: Span | None, said: Callable[[str], bool],
                   known: Callable[[str], bool]) -> list[str]:
    """The words of an English question's counted noun phrase or of its money noun's qualifiers (:func:`asked_phrase`)
    that the English document its answer is from never says (``said``: whether the document holds a stem) and an
    English dictionary knows (``known``: a stem); [] for any other question or answer."""
    if q.lang != "en" or span is None or not is_english(sentence):
        return []
    words = [w for part in asked_phrase(q.text) for w in re.split(r"[-']", part)]
    stems = [stem(w) for w in words if len(w) >= 3 and w.isalpha() and w not in STOPWORDS_EN]
    return [s for s in stems if s not in EN_UNITS and known(s) and not said(s)]
