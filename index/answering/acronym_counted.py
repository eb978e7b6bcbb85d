"""An English count of a word no dictionary knows (an acronym: AEDs, EMTs) answered from a Chinese sentence that
does not write it.

Chinese text writes an English acronym as it is (新增配置AED设备2860台): CC-CEDICT has no gloss for it and the bridge no
Chinese word, so the search finds a sentence by the question's other words (the place, the year) and the extraction
takes a figure of another thing there (转移群众4300余人). When the counted noun is a word no English dictionary knows,
the evidence's document writes it in Latin letters elsewhere, and the answer's sentence does not, the figure counts
something else. A word the document never writes is left alone (its Chinese name may stand in the sentence), and
so is a unit noun (people, times: the unit checks'). Pure functions over strings.
"""
from __future__ import annotations

from collections.abc import Callable

from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.counted import counted_head, unit_of
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import english_words, stem


def acronym_unwritten(q: Query, sentence: str, span: Span | None, said: Callable[[str], bool],
                      known: Callable[[str], bool]) -> bool:
    """True when an English count's counted noun is a word the dictionary lacks (``known``: a stem), the evidence's
    document writes it (``said``: a stem) and the Chinese answer's sentence does not: how many AEDs over
    …转移群众4300余人 in a report that gives its AEDs in another sentence."""
    if q.lang != "en" or q.kind != "count" or span is None or is_english(sentence):
        return False
    head = counted_head(q.text)
    if not head or not head.isalpha() or unit_of(head) is not None:
        return False
    noun = stem(head)
    if known(noun) or not said(noun):
        return False
    return noun not in {stem(w) for w in english_words(sentence)}
