"""The checks an answer's figure or words pass before the engine gives them (``Engine._counts_asked``): each reads
the question, the evidence sentence and the span, and says whether the span answers what the question asks.

The answer's figure counts what the question counts (:mod:`.counted_said`: its thing, heads not visits; an English
count of things no count of people: :mod:`.people_counted`; a quantity, not a number that names: :mod:`.label_figure`),
a when-question's answer says a time (:mod:`.time_said`), a list gives as many items as the question counts
(:mod:`.items_named`), and a person or a role the question names stands with the answer (:mod:`.near`; in English,
:mod:`.role_en`), an English clause answers a Chinese question only when it asks whether (:mod:`.across`), an English
document names the thing an English count counts (:mod:`.counted_en`),
a Chinese sentence writes the acronym an English count counts when its document does
(:mod:`.acronym_counted`), and the answer's figure measures in the
dimension the question asks, or is measured at all (:mod:`.dimension_said`: a weight not in litres), an amount asked
is no count of things given nor a count of things asked an amount (:mod:`.measure_class`: dollars, not homes), and a
role's holder asked is answered by someone, a day by a day, a place by no amount, a time by no phone, a who by no street
(:mod:`.kind_asked`), a how-often by no deadline or length (:mod:`.often_given`), an hour by an hour and a time of day
alone no count, day or length of time (:mod:`.time_said`), an English question's Latin name is written by its
document (:mod:`.name_written`), and a figure a Chinese report sets as a plan answers only a question that asks one
(:mod:`.planned`). Pure functions over the question, the sentence, the span and what the caller knows
of the documents.
"""
from __future__ import annotations

from collections.abc import Callable

from reportbot.index.answering.acronym_counted import acronym_unwritten
from reportbot.index.answering.across import clause_across
from reportbot.index.answering.counted_en import unsaid_counted
from reportbot.index.answering.counted_said import counted_not_measured, counted_said, heads_counted
from reportbot.index.answering.dimension_said import dimension_said, unit_named
from reportbot.index.answering.items_named import items_named
from reportbot.index.answering.kind_asked import (
    person_given,
    place_given,
    someone_not_street,
    time_not_phone,
)
from reportbot.index.answering.label_figure import label_checked
from reportbot.index.answering.measure_class import measure_answers
from reportbot.index.answering.name_written import name_unwritten
from reportbot.index.answering.near import persons_placed, role_placed
from reportbot.index.answering.often_given import interval_given
from reportbot.index.answering.people_counted import heads_not_things
from reportbot.index.answering.planned import plan_not_given
from reportbot.index.answering.role_en import role_with_answer
from reportbot.index.answering.spans import Span
from reportbot.index.answering.time_said import clock_given, day_given, hour_answers, time_said
from reportbot.index.retrieval.cedict import english_vocabulary
from reportbot.index.retrieval.query import Query

# the checks read with the span and the evidence's context: each True when the span answers as asked
SPAN_CHECKS = (counted_said, heads_counted, heads_not_things, counted_not_measured, label_checked, time_said,
               items_named, role_with_answer, clause_across, dimension_said, measure_answers, unit_named, person_given,
               day_given, place_given, time_not_phone, someone_not_street, interval_given, clock_given, hour_answers,
               plan_not_given)
# the checks read with the span's offsets in the sentence: each 1.0 when the person or role asked stands with it
PLACED_CHECKS = (persons_placed, role_placed)


def counts_asked(q: Query, sentence: str, span: Span | None, context: Callable[[], str],
                 doc_says: Callable[[str], bool], indexed: Callable[[str], bool]) -> bool:
    """Whether ``span`` of ``sentence`` answers what ``q`` asks (the module's checks); True for no span or one not
    read from the sentence as it stands.

    Args:
        context: the evidence's document context (title, date, path, places), made only when the checks read it.
        doc_says: whether the evidence's document writes an English stem.
        indexed: whether any passage writes a word (the passages' vocabulary).
    """
    if span is None or sentence[span.start:span.end] != span.text:
        return True
    if unsaid_counted(q, sentence, span, doc_says, english_vocabulary().__contains__):
        return False
    if name_unwritten(q, doc_says, indexed, english_vocabulary().__contains__):
        return False
    if acronym_unwritten(q, sentence, span, doc_says, english_vocabulary().__contains__):
        return False
    said = context()
    return all(check(q, sentence, span, said) for check in SPAN_CHECKS) \
        and all(check(q, sentence, span.start, span.end) == 1.0 for check in PLACED_CHECKS)
