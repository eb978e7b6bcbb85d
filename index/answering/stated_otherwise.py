"""Whether the evidence states the year, month or grade an English question names with another value.

An English question carries its qualifiers as words (2024, in June, Level 2, ROC year 113), and the search only asks
that its year stand somewhere in the passage or in what names the document: minutes dated 2024 that report the
year before (The CEO presented the operations report for 2023: / 14 blood drives collected 3,260 units) agree with
a question on 2024 through their title, and a sentence comparing two years (fell to $386,000 in 2023 from $412,000
in 2022) through the minutes' date. The figure is of the year its own sentence states, or, when the sentence states
none, of the year the last sentence before it in the passage states (the lead a list or a paragraph hangs from); a
question naming another year is not answered from it. Read by :mod:`.stated` (a year a comparison names is the
baseline, not the figure's own; the answer's own words are left out), with two additions: a year in brackets is an
aside (a prior year's figure, "(2024: deficit of £0.8 million)"), and a Republic of China year an English question
writes by its era's name (minguo 112, ROC year 113) is 1911 + n.

English questions only (the engine's check; Chinese questions are read by :mod:`.years_placed`). Pure functions
over strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.clause_bounds import clause_end
from reportbot.index.answering.spans import Span, stands_in
from reportbot.index.answering.stated import otherwise, years

# an aside in brackets: a prior year's figure set beside the answer, a note
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
# a Republic of China year named by its era in English: minguo 112, ROC 113, ROC year 113, Republic of China year 113
_ERA = re.compile(r"\b(?:min[\s-]?guo|roc|republic of china)(?:\s+year)?\s+(1[0-2]\d)(?!\d)", re.I)
# where a sentence ends in a passage (a lead ending with a colon is a sentence of its own)
_SENTENCE_END = re.compile(r"(?<=[.!?:;。！？；：\n])")
# where a clause ends (a comma or stop, not one inside a figure: 1,146 or 2.5)
_CLAUSE_END = re.compile(r"[，；。！？;!?]|[,.](?=\s|$)")


def asked_years(question: str) -> set[int]:
    """The years an English question names (2024, FY 2024-25, and a Republic of China year by its era's name)."""
    return years(question) | {1911 + int(n) for n in _ERA.findall(question)}


def own_years(text: str) -> set[int]:
    """The years ``text`` states as its own: not one a comparison names, nor one in brackets."""
    return years(_BRACKETS.sub(" ", text), compared=False)


def lead_years(sentence: str, passage: str) -> set[int]:
    """The years the last sentence before ``sentence`` in ``passage`` that states any states (none: empty)."""
    at = passage.find(sentence)
    lead = passage[:at] if at > 0 else ""
    for part in reversed(_SENTENCE_END.split(lead)):
        found = own_years(part)
        if found:
            return found
    return set()


def answer_scope(sentence: str, span: Span) -> str:
    """What of ``sentence`` qualifies the answer: the words before it and the rest of its clause (a later clause
    reports on something else: 已建成7个，其余2个预计2026年1月投用), asides in brackets left out."""
    blank = " " * (span.end - span.start)  # as far from a comparison's word as it stood (from … fell to X in 2030)
    rest = sentence[span.end:clause_end(sentence, span.end, _CLAUSE_END)]
    return _BRACKETS.sub(" ", sentence[:span.start] + blank + rest)


def stated_otherwise(question: str, sentence: str, span: Span | None, passage: str, context: str = "") -> bool:
    """Whether the evidence states a year, month or grade the question names with another value and never as asked:
    the answer's part of its sentence (:func:`answer_scope`), or for a year, when that part states none, the
    passage's last sentence before it that does, and for a Republic of China year named by its era (which the search
    does not read as a year, so never checks against the document), when neither states one, ``context`` (what
    names the evidence's document: its title, date and headings). False when nothing is answered from a sentence,
    or when the answer's own words state an asked year (a row that writes its year)."""
    if not stands_in(sentence, span):
        return False
    rest = answer_scope(sentence, span)
    asked = asked_years(question)
    if asked & own_years(span.text):
        return False
    said = own_years(rest)
    if asked and said:
        return not asked & said
    if otherwise(_ERA.sub(lambda m: f"{1911 + int(m.group(1))}", question), rest):
        return True
    lead = lead_years(sentence, passage) if asked else set()
    if not lead and _ERA.search(question):
        lead = own_years(context)
    return bool(lead) and not asked & lead
