"""An English count whose counted thing the English document never names is refused (index/answering/counted_en.py);
its twin, counting what the document counts, is still answered. Made-up documents only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.counted_en import asked_phrase, unsaid_counted
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse
from reportbot.index.retrieval.tokenize import english_words, stem

SUMMARY = b"""# Lakeview Blood Service 2025 Summary

## Collections
In 2025 Lakeview collected 12,400 units of whole blood at 96 community drives.

## Hospitals
Lakeview supplied 31 hospitals across the valley and opened a new donor centre in Millport.
"""

SENTENCE = "In 2025 Lakeview collected 12,400 units of whole blood at 96 community drives."
DICTIONARY = frozenset({"platelet", "unit", "whole", "blood", "drive", "hospit", "communiti", "helicopt", "air", "late",
                        "donor", "park"})


def _unsaid(question: str, answer: str) -> list[str]:
    said = frozenset(stem(w) for w in english_words(SUMMARY.decode().lower()))
    at = SENTENCE.find(answer)
    return unsaid_counted(analyse(question), SENTENCE, Span(answer, at, at + len(answer), "figure"),
                          said.__contains__, lambda s: s in DICTIONARY or s == stem("helicopters"))


def test_a_counted_word_the_document_never_says_is_found():
    assert _unsaid("how many platelet units did Lakeview collect in 2025", "12,400 units") == [stem("platelet")]
    assert _unsaid("how many whole blood units did Lakeview collect in 2025", "12,400 units") == []
    assert _unsaid("how many helicopters does Lakeview have", "96") == [stem("helicopters")]
    # a measure noun, a word no dictionary knows (a typo, a name) and "how much" are not weighed
    assert _unsaid("how many people gave blood in 2025", "12,400 units") == []
    assert _unsaid("how many untis did Lakeview collect", "12,400 units") == []
    assert _unsaid("how much platelet money did Lakeview raise", "12,400 units") == []


def test_the_words_qualifying_an_asked_amount_are_weighed_too():
    assert asked_phrase("what is the late fee for a missed donor appointment") == ["late"]
    assert asked_phrase("how much does the donor centre parking cost") == ["donor", "centre", "parking"]
    assert asked_phrase("who tabled the budget motion") == []  # budget qualifies the motion: no amount asked
    # a word summing the amount up says nothing of which it is: the total income is the income the document gives
    assert asked_phrase("lakeview division total income 2025") == ["lakeview", "division"]
    assert _unsaid("what was the overall income of lakeview in 2025", "12,400") == []
    assert _unsaid("what is the late fee for a missed donor appointment", "12,400") == [stem("late")]
    assert _unsaid("how much does donor parking cost at the blood drive", "12,400") == [stem("parking")]


@pytest.fixture(scope="module")
def lakeview(library_with):
    service, _ = library_with("counted-en", {"lakeview_2025.md": SUMMARY})
    return service


def test_a_count_of_a_thing_the_document_never_names_is_refused_and_its_twin_answered(lakeview):
    near = answer_json(lakeview.ask("how many platelet units did Lakeview collect in 2025"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(lakeview.ask("how many units of whole blood did Lakeview collect in 2025"))
    assert not twin["abstained"] and "12,400" in twin["answer"]
