"""A line's number asked is a phone number (issue 14): "donor line number" over a sentence that also gives hours
and a count answers with the number to dial. Made-up sentences."""
from __future__ import annotations

import pytest
from reportbot.index.answering.asked import asked_contact
from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

SENTENCE = "Call the donor line on 0300 246 8100 between 8 and 20 hours; 12 centres take walk-ins."


@pytest.mark.parametrize("question", ["the harbour donation line number", "the donor helpline?",
                                      "donor line no. please"])
def test_a_line_number_or_a_helpline_is_answered_with_the_phone(question):
    assert extract(analyse(question), SENTENCE).text == "0300 246 8100"


def test_a_bus_line_asks_no_phone():
    assert asked_contact("which bus line stops at the school") is None


def test_line_no_asks_a_phone_only_as_an_abbreviation():
    # "no" before "longer" is the adverb, not the number's short form (made-up questions)
    assert asked_contact("is the ferry line no longer running on sundays") is None
    assert asked_contact("what is the ferry line no?") == "phone"
    assert asked_contact("ferry booking line no for weekends") == "phone"  # no dot, mid-question: still the number
