"""Whether an English count of things is answered with a Chinese count of people.

An English question over a Chinese report names its counted thing in English (how many stretchers, how many
burns); the search finds the sentence by its place, its body and its year, and the extraction takes the count
there, which is often a count of people (现有队员1420名, 培训群众2.3万名). Chinese writes what a figure counts in its
measure word: 人, 名 and 位 count heads, 人次 heads or visits (人份, a donation's portions, counts no one). When the
English noun counted is a thing, a figure of heads counts something else.

A noun is read as a thing when CC-CEDICT's glosses use it (a word the dictionary lacks, AEDs, first aiders, may name
either) and no headword for a person gives it as its sense (:func:`.cedict.english_people`: donor is 捐献者's, staff
员工's; stretcher and kit are no person's). A noun phrase that names people anywhere counts people (burn
patients, first aider awards), and so does a head a person noun follows (sales people). A unit noun (people, times,
members, teams: :data:`.counted.EN_UNITS`) is the unit checks' to weigh, and a question that names person-times asks
for 人次. Pure functions over the analysed question and strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.cedict import english_people, english_vocabulary
from reportbot.index.retrieval.counted import counted_phrase, unit_of
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import STOPWORDS_EN, stem

# a figure that counts heads or visits: 1420名, 1.2万名, 4300余人, 超过10万人次 (not 2590人份: portions)
_HEADS = re.compile(r"\d\s*[万亿千百]?\s*[余多]?\s*(?:人次|名|人|位)(?!份)")
# a question that names the unit person-times itself: it asks for 人次
_PERSON_TIMES = re.compile(r"\bperson[- ]?(?:times?|visits?)\b", re.I)


def counts_a_thing(text: str) -> bool:
    """An English count question's counted noun phrase names a thing and no people: its head is a dictionary word no
    person's headword glosses, no unit noun, and neither a word of the phrase nor the word after its head is a
    person noun (how many stretchers; not how many donors, burn patients, sales people or AEDs)."""
    phrase = counted_phrase(text)
    if not phrase:
        return False
    head = phrase[-1]
    if len(head) < 3 or unit_of(head) is not None or stem(head) not in english_vocabulary():
        return False
    after = re.search(rf"\b{re.escape(head)}\s+([a-z]+)", text.lower())
    nouns = (*phrase, *(w for w in (after.groups() if after else ()) if w not in STOPWORDS_EN))
    people = english_people()
    return not any(stem(w) in people for w in nouns)


def heads_not_things(q: Query, sentence: str, span: Span | None, context: str = "") -> bool:
    """False when an English question counts a thing (:func:`counts_a_thing`: how many stretchers) and the answer's
    figure counts people in Chinese (1420名, 60万人次); True otherwise."""
    if span is None or q.lang != "en" or q.kind != "count" or not _HEADS.search(span.text) \
            or _PERSON_TIMES.search(q.text):
        return True
    return not counts_a_thing(q.text)
