"""Whether a clause of English text answers a Chinese question: when the question asks whether, or asks for a thing
the clause names.

When no typed answer (a figure, a name, a date) fits, the extraction falls back to the evidence sentence's clause
that holds most of the question. Within one language that share is read character by character; across languages
it rests on the bridge's few senses for each word, which cannot tell a step of another procedure (Press the shock
button…) from the one asked (扭伤了脚怎么处理), nor a heading line from the name asked. Measured on the tune halves,
an English clause answered a Chinese question rightly when the question asked yes or no (its clause says so), and
when it asked what thing (报名用啥平台, 体重有啥限制, 要交咩表格) and the clause names one: it holds a figure
(renewed every 36 months), a name written with a capital inside running text (the TrackMate booking site), or is a
name's few words itself (Proof of Address); and when it asks where and the clause writes a street address (Branch
Office: 408 Red River Road). A how or why question, a where question answered without a street's address, a clause
that names nothing, or a heading's title-cased line still is no answer. Pure function.
"""
from __future__ import annotations

import re

from reportbot.index.answering.asked import asks_yes_no
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.places_en import title_case
from reportbot.index.retrieval.query import Query

# how (怎么, 咋, 如何, 点样) or why (为啥, 点解): a step or a cause, which the question's kind reads as a what
_NOT_WHAT_ZH = re.compile(r"怎|咋|如何|[点點][样樣办辦解]|[为為][啥什何]")
# a street address: a house's number, then up to three capitalised words and a road's word (408 Red River Road,
# 12 Mill St, Unit 6, Crowpill Lane)
_STREET_ADDRESS = re.compile(r"\b\d+[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|"
                             r"Way|Drive|Dr|Boulevard|Blvd|Crescent|Cres|Place|Pl|Court|Ct|Highway|Hwy|Parade|Terrace)\b")
# set by hand: a clause of this many words or fewer is a name's words (Proof of Address, a form or document
# named alone on its line), not a sentence's clause
_FEW_WORDS = 3


def names_a_thing(clause: str) -> bool:
    """The English clause names something: it holds a figure, or a capitalised word inside running text (not its
    first word, and not a title-cased line, :func:`~reportbot.index.retrieval.places_en.title_case`), or is a few
    words only."""
    words = re.findall(r"[A-Za-z][\w’'-]*", clause)
    if re.search(r"\d", clause) or 0 < len(words) <= _FEW_WORDS:
        return True
    return any(w[0].isupper() for w in words[1:]) and not title_case(words)


def clause_across(q: Query, sentence: str, span: Span | None, context: str = "") -> float:
    """0 when a Chinese question is answered with a clause of an English sentence, unless it asks whether, asks
    what thing of a clause that names one (:func:`names_a_thing`), or asks where of a clause that writes a street
    address; else 1."""
    if q.lang != "zh" or span is None or span.source != "clause" or not is_english(sentence):
        return 1.0
    if asks_yes_no(q.text) or q.kind == "where" and _STREET_ADDRESS.search(span.text):
        return 1.0
    asks_what = q.kind == "what" and not _NOT_WHAT_ZH.search(q.text)  # not where, when, who: a place, a time
    return 1.0 if asks_what and names_a_thing(span.text) else 0.0
