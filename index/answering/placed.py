"""Whether a place the question names scopes the answer, or only stands somewhere in its passage.

The search's constraints (``retrieval.context``) ask that a place the question names occur in the passage or its
document's context. A passage often names a second place in passing: a province's report says 圆满完成杭州第19届
亚运会 in the clause before 全省红十字系统共募集社会捐赠款物1.62亿元, and a question about the city's own
donations agrees with it; a list of people gives each one's city, and the city of the next name comes back. The
place scopes a figure when it stands in the answer's own clause or in the sentence's first clause, whose topic or
time scopes over the sentence (as ``near`` reads a sentence: :func:`.near.answer_clause`), or in what names the
document (its title, heading path and own places). Otherwise the answer is about something else, and the question
is not answered from it. A place that stands in the answer's clause only as one item of a list of places (在杭州及宁波、
温州、湖州5个协办城市共布设救护站168个) shares a figure given for all of them: it does not scope it either. Pure
functions over strings.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from reportbot.index.answering.near import answer_clause
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.context import Constraint, agrees

# answers that stand outside the evidence sentence (a header card's title, a page number, a section heading, a place
# taken from the context): nothing to place
_ELSEWHERE = frozenset({"header", "page", "heading"})


def places_placed(constraints: Iterable[Constraint], sentence: str, span: Span | None, context: str) -> bool:
    """Whether every place of ``constraints`` is written in the answer's clause (with the sentence's first clause)
    or in ``context`` (the document's title, heading path and own places); True when there is nothing to place.

    Args:
        constraints: the question's constraints (places and years: years are left to the search's check, since a
            paragraph's year scopes all its sentences).
        sentence: the evidence sentence; ``span``: the answer in it.
        context: what names the evidence's document.
    """
    places = tuple(c for c in constraints if c.kind == "place")
    if not places or span is None or span.source in _ELSEWHERE \
            or sentence[span.start:span.end] != span.text:
        return True
    clause = _unlisted(answer_clause(sentence, span.start, span.end).lower(), places)
    return agrees(places, f"{clause}\n{context.lower()}")


def _unlisted(clause: str, places: tuple[Constraint, ...]) -> str:
    """The clause with each place form that stands as an item of a 、-list blanked out."""
    for c in places:
        for form in c.forms:
            clause = re.sub(rf"(?<=、){re.escape(form)}|{re.escape(form)}(?=[市省县区]?、)", " ", clause)
    return clause
