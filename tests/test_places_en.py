"""A place an English question names by its own name must agree with the answer's passage or its document
(index/retrieval/places_en.py, issue 13), as a Chinese place must: a FAQ of the Hobart centre does not answer the
opening hours of the Cork centre. "How long" asks a duration, not Long county. Made-up documents only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.context import question_constraints
from reportbot.index.retrieval.gazetteer import gazetteer
from reportbot.index.retrieval.place_names import jieba_places
from reportbot.index.retrieval.places_en import english_places
from reportbot.index.retrieval.query import analyse

DONOR_FAQ = b"""# Hobart Donor Centre: Frequently Asked Questions

## When is the Hobart centre open?

The Hobart donor centre at 12 Liverpool Street is open Monday to Friday from 8 am to 4 pm, and on Saturdays from 9 am
to 1 pm.

## Can I donate if I have a cold?

Please wait until you have been free of symptoms for seven days before you donate.
"""
WALK = b"""# Riverside Remembrance Walk 2025 Programme

## The walk

The remembrance march sets off from the town hall at 10 am and follows the river path to the memorial garden.
The march takes about 3 hours, with a rest stop at the old mill. The route is 6.5 km long.

## Registration

Walkers register at the town hall from 9 am. Registration is free of charge.
"""
# what a made-up corpus writes in lower case: its common words
COMMON = frozenset("blood bank park total main point port city harbour red cross volunteer handbook centre".split())


# and what a dictionary holds as common English words
DICTIONARY = COMMON | frozenset("cork cash rural memorial need".split())


def places(question: str, unmatched=()) -> list[str]:
    return english_places(question, unmatched, COMMON.__contains__, lambda w: w in ("zhejiang", "xihu", "blood"),
                          DICTIONARY.__contains__)


def test_a_name_where_a_place_stands_is_a_place():
    assert places("What are the opening hours of the Cork centre?") == ["cork"]
    assert places("When does the Launceston blood bank open?") == ["launceston"]
    assert places("how many volunteers does the Harbor Point chapter have") == ["harbor"]
    assert places("Is there parking at Mudgee?") == ["mudgee"]
    # typed without capitals: a word no document writes at all that no dictionary holds either
    assert places("what are the launceston blood centre opening hours", ("launceston",)) == ["launceston"]
    assert places("what are the launceston blood centre opening hours") == []
    # a dictionary's word only where it opens a unit's name (the cork blood centre), not after in or another word
    assert places("what are the cork blood centre opening hours", ("cork",)) == ["cork"]
    assert places("total donations in cash and kind", ("cash",)) == []
    assert places("how many cities built the ode to life memorial sites", ("ode", "memorial")) == []


def test_common_words_months_organisations_and_the_first_word_are_no_place():
    assert places("How much did the Red Cross raise in total?") == []
    assert places("What does the Volunteer Handbook say about the Main centre?") == []
    assert places("How many AEDs were placed in Zhejiang in March?") == []  # the bridge reads Zhejiang as 浙江
    assert places("Who praised the pilot at the Xihu Memorial centre?") == []
    assert places("who saved the trader in keqiao", ("keqiao",)) == []  # pinyin: 柯桥 in a Chinese text
    assert places("Cork centre opening hours") == []  # a question's first word is capitalised anyway
    assert places("What Are The Opening Hours Of The Main Centre") == []  # title case says nothing


def test_a_unit_of_measure_after_in_is_no_place():
    # "in tonnes", "in litres": the unit the figure is asked in, though no document writes the word
    assert places("how much blood did kelmore collect in tonnes", ("kelmore", "tonnes")) == []
    assert places("the length of the walk in metres", ("metres",)) == []
    assert places("how many donors came in arnwick", ("arnwick",)) == ["arnwick"]


def test_how_long_is_no_place():
    q = analyse("How long does the march take?")
    assert question_constraints(q.text, q.groups, jieba_places() | gazetteer()[0], ("long", "march")) == ()


@pytest.fixture(scope="module")
def donors(library_with):
    service, _ = library_with("places-en", {"donor_faq.md": DONOR_FAQ, "walk.md": WALK})
    return service


@pytest.mark.parametrize("question", ["What are the opening hours of the Cork centre?",
                                      "what are the opening hours of the launceston centre",
                                      "When is the Launceston donor centre open on Saturdays?"])
def test_a_place_no_document_covers_is_refused(donors, question):
    got = answer_json(donors.ask(question))
    assert got["abstained"] and got["answer"] == ""


def test_the_place_the_document_covers_is_answered(donors):
    got = answer_json(donors.ask("When is the Hobart donor centre open?"))
    assert not got["abstained"] and "8 am" in got["answer"]


def test_how_long_a_walk_takes_is_answered(donors):
    got = answer_json(donors.ask("How long does the march take?"))
    assert not got["abstained"] and "3 hours" in got["answer"]


def test_a_length_asked_in_a_unit_no_document_writes_is_answered(donors):
    got = answer_json(donors.ask("what is the length of the route in metres"))
    assert not got["abstained"] and "6.5 km" in got["answer"]
