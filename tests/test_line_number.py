"""A line's number asked is a phone number (issue 14): "donor line number" over a sentence that also gives hours
and a count answers with the number to dial. Made-up sentences."""
from __future__ import annotations

import pytest
from reportbot.index.answering.asked import asked_number
from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

SENTENCE = "Call the donor line on 0300 246 8100 between 8 and 20 hours; 12 centres take walk-ins."


@pytest.mark.parametrize("question", ["the harbour donation line number", "the donor helpline?",
                                      "donor line no. please"])
def test_a_line_number_or_a_helpline_is_answered_with_the_phone(question):
    assert extract(analyse(question), SENTENCE).text == "0300 246 8100"


def test_a_bus_line_asks_no_phone():
    assert asked_number("which bus line stops at the school").contact is None


def test_line_no_asks_a_phone_only_as_an_abbreviation():
    # "no" before "longer" is the adverb, not the number's short form (made-up questions)
    assert asked_number("is the ferry line no longer running on sundays").contact is None
    assert asked_number("what is the ferry line no?").contact == "phone"
    assert asked_number("ferry booking line no for weekends").contact == "phone"  # no dot, mid-question: the number


@pytest.mark.parametrize("question", ["number of the appointments line", "the number for the bookings line?",
                                      "the bookings line's number"])
def test_a_line_named_after_the_word_number_asks_its_phone(question):
    assert asked_number(question).contact == "phone"
    assert asked_number("the number of bookings lines").contact is None  # lines counted, no phone asked


NOTICE = """# Kestrel Valley Blood Service: Winter Notice

## Contacts

For bookings, the appointments line is 0571-8888 1234 ext. 21, open on weekdays from 9 to 5; 14 blood vans tour
the valley's villages each month.
"""


@pytest.fixture(scope="module")
def notice(library_with):
    service, _ = library_with("appointments-line", {"kestrel_notice.md": NOTICE.encode()})
    return service


def test_a_phone_number_is_answered_whole_as_printed_with_its_extension(notice):
    # a made-up notice: the number by what it is for, in the question's other word order
    a = notice.ask("number of the appointments line")
    assert not a.abstained and a.answer == "0571-8888 1234 ext. 21"  # before: 0571-8888, its first group
    assert extract(analyse("how many vans tour the villages"), NOTICE.splitlines()[4] + " "
                   + NOTICE.splitlines()[5]).text.startswith("14")
