"""Whether the answer to "who is the X of Y" / "the name of the X" stands with the X the question names.

A near miss asks for the holder of a role the documents never name (who is the CFO, the party secretary, the
president): search finds a sentence about the body, and the extraction returns the person or name that stands
there in another role (chaired by …, a worker of …). The English question names the role, and the clause the answer
stands in (:func:`.near.answer_clause`) says it, in English or in one of the bridge's Chinese words for it, when the
answer holds it; when neither the clause, the answer nor the passage's context (title, headings) says it, the answer
is someone else's. The Chinese question's own check is :func:`.near.role_placed`. Pure functions.
"""
from __future__ import annotations

import re

from reportbot.index.answering.near import answer_clause
from reportbot.index.answering.spans import Span, stands_in
from reportbot.index.answering.unsaid import said
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import english_words, stem

# who is the X (of Y), the name of the X: X's last word is the role or the kind of thing asked (the medical director)
_ROLE_ASKED = re.compile(r"\b(?:who(?: is|'s| was)?|whos|name of)\s+(?:the|their|its)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)"
                         r"\s*(?:\b(?:of|at|for|in|on)\b|[?.!]|$)")


def role_asked(q: Query) -> str | None:
    """The role (or the kind of thing) an English question asks the holder or name of, or None."""
    if q.lang != "en":
        return None
    m = _ROLE_ASKED.search(q.text.lower())
    return m.group(1).split()[-1] if m else None


def role_with_answer(q: Query, sentence: str, span: Span | None, context: str = "") -> float:
    """0 when an English question asks who holds a role (or the name of a kind of thing) and neither the answer, its
    clause nor the passage's context says that role, in English or in the bridge's words for it; else 1."""
    role = role_asked(q)
    if role is None or not stands_in(sentence, span):
        return 1.0
    key = stem(role)
    forms = {key, role} | {t for g in q.concept_groups() if key in g or role in g for t in g}
    text = f"{answer_clause(sentence, span.start, span.end)}\n{span.text}\n{context}"
    lowered = english_words(text.lower())
    words = {stem(w) for w in lowered}
    if any(w.startswith(role) for w in lowered):
        return 1.0  # the role written in full where the question shortens it (exec: Executive)
    return 1.0 if any(t in words if t.isascii() else said(t, text) for t in forms) else 0.0
