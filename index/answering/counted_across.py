"""Which Chinese measure word counts the thing an English count question names, read through CC-CEDICT.

"how many volunteer service events" over …实施公益项目405个，开展志愿服务2.5万场次: the bridge's words for
"event" (项目, as a sports event) open 405个, but 场 is CC-CEDICT's "classifier for events and happenings", so
2.5万场次 counts events. The nouns :data:`.counted.EN_UNITS` names have their measure word already (people: 人);
for the others the dictionary is read from the Chinese side, the figure's measure word's own entries, so no reverse
index of the dictionary is made. A measure word also counts the nouns of the two-character words it heads: "how many
documents" over 印发资料3万余件 (document is 文件, whose last character is the classifier 件), not 12个; those nouns
are a table of the lexicon (:func:`.cedict.headed_nouns`). Pure functions; the entries come from the data folder's
lexicon.
"""
from __future__ import annotations

import re

from reportbot.index.retrieval.cedict import entries_of, headed_nouns
from reportbot.index.retrieval.counted import EN_UNITS, counted_head
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import english_words, stem

_CLASSIFIER = re.compile(r"^classifier for (.+)$")


def classifier_asked(q: Query, measure: str) -> bool:
    """An English count whose counted noun CC-CEDICT gives ``measure`` (a figure's measure word, or its first
    character) as a classifier for: how many events over 2.5万场次 (场: classifier for events and happenings)."""
    head = counted_head(q.text) if q.lang == "en" and q.kind == "count" and measure else None
    if head is None or stem(head) in EN_UNITS:
        return False
    noun = stem(head)
    return any(_classifies(word, noun) for word in dict.fromkeys((measure, measure[0]))) \
        or noun in headed_nouns().get(measure[-1], ())  # (件 heads 案件, case: .cedict.headed_nouns)


def _classifies(word: str, noun: str) -> bool:
    """CC-CEDICT calls ``word`` a classifier for the noun (stem ``noun``): 艘 for ships, 场 for events."""
    for proper, defs in entries_of(word):
        for sense in () if proper else defs.split("/"):
            m = _CLASSIFIER.match(sense.strip())
            if m and noun in {stem(w) for w in english_words(m.group(1).lower())}:
                return True
    return False
