"""A who-answer read off a signature or a labelled line: the person or the body, without the role written after the
name (Presented by: Dr. Amara Nwosu, Chair of the Finance Committee -> Dr. Amara Nwosu) or the date a signature
closes with (青溪县红十字会 2025年3月12日 -> 青溪县红十字会). Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.corpus.when_who import DATE
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query

# the words for a post that a role written after a person's name holds (Chair of the Finance Committee, Executive
# Director, Company Secretary): a closed class of titles, no name; another person after the comma is a list's item
_POST = (r"(?:Chair|Chairman|Chairwoman|Chairperson|Director|Secretary|Treasurer|President|Officer|Manager|Trustee|"
         r"Lead|Head|Coordinator|Co-ordinator|Executive|Chief|Member|Leader|Convenor|Clerk|Controller|Editor|Dean|"
         r"Principal|Commander|Captain|Superintendent|Founder|Administrator|Adviser|Advisor|Governor|Mayor)s?")
# a person's name in English, a title first or not (Dr. Amara Nwosu, Marian Okafor Reyes), then a comma or a line
# break and the role it holds (, Chair of …; \nSecretary; , the Deputy Director)
_PERSON_THEN_ROLE = re.compile(r"((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Cllr)\.?\s+)?"
                               r"[A-Z][a-zA-Z'’-]+(?:[ \t][A-Z][a-zA-Z'’-]+){1,3})\s*(?:,|\n)\s*(?:the\s+|our\s+)?"
                               rf"(?:[A-Z][a-zA-Z-]+\s+){{0,3}}{_POST}\b")
# a date a who-answer ends with, after a space or a comma: the signature's date, no part of who signed
_TRAILING_DATE = re.compile(rf"[\s,，、]+(?:{DATE.pattern})[。.]?$")


def who_only(q: Query, span: Span) -> Span:
    """The person or body of a who-answer, without the role after a person's name or a signature's date."""
    if q.kind != "who":
        return span
    text = span.text
    m = _TRAILING_DATE.search(text)
    if m is not None and m.start() > 0:
        text = text[:m.start()]
    m = _PERSON_THEN_ROLE.match(text)
    if m is not None:
        text = m.group(1)
    if text == span.text:
        return span
    return Span(text, span.start, span.start + len(text), span.source, span.strength)
