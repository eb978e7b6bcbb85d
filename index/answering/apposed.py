"""A role named, the person wanted: who holds a role that an English sentence names with a person in apposition.

"Contact our Volunteer Lead, Jane Doe, by email" and "reviewed by the Unit Lead, Tom Hale." name a role and then its
holder between commas; "Jane Doe, Volunteer Lead, will reply" names them the other way round. The capitalised run
nearest a who-question's words is then often the role (Volunteer Lead, Unit Lead), and the answer is the person
beside it. A role is told by its shape: an article or a possessive before it (the, our, their), or, when the name
comes first, a last word the dictionary knows as a role (:func:`.kind_asked.role_noun_en`). Pure functions.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span

_PART = r"(?:[A-Z][a-z'’-]+|[A-Z]\.)"
# a person's name: two to four capitalised words (Hannah Moreland, Mary-Jane O'Neill, J. R. Smith)
_PERSON = rf"{_PART}(?:\s{_PART}){{1,3}}"
# a role: after an article or a possessive, it names a post, not a person (the Unit Lead, our CFR Volunteer Lead)
_DETERMINED = re.compile(r"\b(?:the|our|your|their|its|his|her|my)\s+$", re.I)
# ", Name," or ", Name." or ", Name on …" after the role: the name in apposition, closed by punctuation or a
# preposition that goes on with the sentence
_AFTER = re.compile(rf",\s+({_PERSON})(?=\s*(?:[,.;:)]|$)|\s+(?:on|at|by|via|who)\b)")
# "Name, " before the role
_BEFORE = re.compile(rf"(?:^|[\s(])({_PERSON}),\s+$")


def person_beside_role(sentence: str, span: Span) -> Span | None:
    """The person an English sentence names in apposition to the role ``span`` gives (", Name," after the role, or
    "Name, role"), or None when the span is no role or no one stands beside it."""
    if span.text.split()[0][:1].islower():
        return None
    if _DETERMINED.search(sentence[:span.start]):
        m = _AFTER.match(sentence, span.end)
        if m:
            return Span(m.group(1), m.start(1), m.end(1), span.source)
    from reportbot.index.answering.kind_asked import role_noun_en

    m = _BEFORE.search(sentence[:span.start])
    if m and role_noun_en(span.text.split()[-1].lower()) and re.match(r"\s*[,.;]|\s*$", sentence[span.end:]):
        return Span(m.group(1), m.start(1), m.end(1), span.source)
    return None
