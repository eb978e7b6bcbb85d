"""The letters of an acronym's steps: a list that spells the acronym answers what one letter stands for."""
from __future__ import annotations

import pytest
from reportbot.index.answering.acronym import asked_letter, spelled_item

STEPS = ("Before touching a casualty, follow the DRSABC sequence:", "Danger – check for traffic.",
         'Response – tap the shoulders and shout "Can you hear me?"', ".", "Send for help – call the emergency number.",
         "Airway – tilt the head.", "Breathing – look and listen.", "Circulation – start CPR.")


@pytest.mark.parametrize("question, letter", [("DRSABC里的“S”是什么意思？", 2),
                                              ("what is the S step of DRSABC", 2),
                                              ("What does the A in DRSABC stand for?", 3)])
def test_the_letter_asked_about_is_found_in_the_acronym(question, letter):
    assert asked_letter(question) == ("DRSABC", letter)


def test_a_question_without_a_single_letter_asks_no_letter():
    assert asked_letter("What does DRSABC mean?") is None and asked_letter("How deep is CPR?") is None


@pytest.mark.parametrize("at, label", [(2, "Send for help"), (0, "Danger"), (5, "Circulation")])
def test_the_item_standing_for_the_letter_answers_with_its_label(at, label):
    i, start, end = spelled_item("DRSABC", at, STEPS)
    assert STEPS[i][start:end] == label


def test_a_list_that_does_not_spell_the_acronym_answers_nothing():
    assert spelled_item("DRSABC", 2, STEPS[:1] + STEPS[2:]) is None
