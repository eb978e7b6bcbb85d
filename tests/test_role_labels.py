"""Who holds a role, over a line of labels and names run together (issue 14): "Director: A B Company Secretary:
C D Head office: …" answers who is the company secretary with C D, the name its label gives, not
the name written just before that label. Made-up lines."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.terms import term_positions
from reportbot.index.retrieval.query import analyse

LINE = ("Patron: Alice Ford Director: Samuel Okafor Finance Lead: Grace Lim Company Secretary: Tomas Reyes "
        "Head office: 18 Canal Street, Westbrook WB4 7QP")


def test_the_name_a_roles_label_gives_holds_the_role():
    assert extract(analyse("who serves as company secretary at westbrook"), LINE).text == "Tomas Reyes"


def test_a_stem_that_ends_in_i_finds_its_singular_and_a_lone_letter_finds_nothing():
    found = {LINE[a:b] for a, b, _ in term_positions(analyse("who serves as company secretary at westbrook"), LINE)}
    assert {"Company", "Secretary"} <= found and "S" not in found


def test_a_name_before_a_quote_lead_in_keeps_its_last_word():
    # "who said:" opens a quote, not the next label: the person's surname stays (made-up sentence)
    sentence = 'The prize was presented to Sister Amelia Hartley who said: "the whole ward earned it".'
    assert extract(analyse("who was the prize presented to"), sentence).text == "Sister Amelia Hartley"
