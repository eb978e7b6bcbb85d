"""An English count whose counted thing the English document it is answered from never names.

A near miss asks to count a thing the documents do not count: plasma units where a blood service's summary counts
whole-blood units, air ambulances where an ambulance report counts crews and residents. The search finds the
passage by the question's other words (the service, the year, "units"), and the extraction takes the figure of the
asked measure there. When the English document the answer comes from never says a word of the counted noun phrase
at all (not in its text, its headings or its title, in any inflection), its figures cannot count that thing.

Only words an English dictionary knows are weighed (CC-CEDICT's glosses: a typo or a name it lacks may be the
document's own word misspelled), never a measure noun (people, times, years: :data:`.counted.EN_UNITS`), and only
"how many" (a count of things: "how much money" names a measure a fee's passage need not say). A Chinese answer is
left to :mod:`.counted_said`: the bridge's words for a thing are too few to tell that a Chinese clause never names
it. Pure functions over strings.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.counted import EN_UNITS, counted_phrase
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import STOPWORDS_EN, stem


def unsaid_counted(q: Query, sentence: str, span: Span | None, said: Callable[[str], bool],
                   known: Callable[[str], bool]) -> list[str]:
    """The words of an English "how many" question's counted noun phrase that the English document its answer is
    from never says (``said``: whether the document holds a stem) and an English dictionary knows (``known``: a
    stem); [] for any other question or answer."""
    if q.lang != "en" or q.kind != "count" or span is None or not is_english(sentence):
        return []
    words = [w for part in counted_phrase(q.text, "many") for w in re.split(r"[-']", part)]
    stems = [stem(w) for w in words if len(w) >= 3 and w.isalpha() and w not in STOPWORDS_EN]
    return [s for s in stems if s not in EN_UNITS and known(s) and not said(s)]
