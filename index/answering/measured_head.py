"""The thing an English measure question measures ("how long does the certificate last"): the head of its noun
phrase, and the clauses of a sentence that say it (split from figures_en.py, no behaviour changed)."""
from __future__ import annotations

import re

from reportbot.index.retrieval.query import Query

# a measure asked of the question's subject: how long (often, far, old, …), an auxiliary, a determiner (how old is your)
_MEASURE_OF = re.compile(r"\bhow (?:long|often|far|old|deep|tall|high) (?:does|do|did|is|are|was|were|will|would|can|"
                         r"should|must) (?:the|a|an|your|my|our|their|its|this|that)\b")


def measured_head(q: Query, sentence: str, terms: list[tuple[int, int, float]], clauses: list[tuple[int, int]]
                  ) -> list[tuple[int, int]]:
    """"How long does the First Aid at Work certificate last" over "The First Aid at Work course runs for 3 days; the
    certificate is valid for 3 years": the thing measured is the head of the question's noun phrase, its last word
    the sentence says (English puts the head after its modifiers; the verb after it is seldom repeated); the
    clauses that say it, where a figure of that thing stands ([] when the question asks no measure of a thing)."""
    m = _MEASURE_OF.search(q.text.lower()) if q.lang == "en" else None
    if m is None:
        return []
    asked = q.text.lower()
    said = {sentence[a:b].lower() for a, b, _ in terms}
    head = max(sorted(said), key=asked.rfind, default="")  # sorted: a tie goes the same way every run
    if len(said) < 2 or asked.rfind(head) < m.end():
        return []  # the question's last word the sentence says is no part of its subject
    at = [a for a, b, _ in terms if sentence[a:b].lower() == head]
    return [(a, b) for a, b in clauses if any(a <= x < b for x in at)]
