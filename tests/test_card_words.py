"""The words that name a document outside its title (index/retrieval/card_words.py): a place its file name or its
header card's byline holds is context for every one of its passages, so a question naming the place is answered by
that document and not by a look-alike from elsewhere."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.card_words import card_words, file_words


def test_a_file_name_is_read_as_words_without_its_figures_and_hash():
    assert file_words("ballykeel_volunteer_handbook.html") == "ballykeel volunteer handbook"
    assert file_words("ridgeway_volunteer_policy_v2.3.docx") == "ridgeway volunteer policy"
    assert file_words("000_c28ffc7f97d75152.txt") == ""


def test_only_names_the_title_and_date_leave_out_are_added():
    words = card_words(["Annual Review 2023-24", "志工与捐血常见问答"], ["1 July 2023", None],
                       ["annual_review_2023-24.pdf", "volunteer_blood_faq.html"],
                       ["Annual Review 2023-24 Red Cross - Ridgeway & Eastmoor Branch",
                        "志工与捐血常见问答 作者：临江县支会"],
                       frozenset({"临江县", "临江"}))
    assert {"ridgeway", "eastmoor"} <= words[0]
    assert not words[0] & {"annual", "review", "2023", "branch", "red", "cross"}  # the title's, and common words
    assert "临江" in words[1] and not words[1] & {"作者", "志工", "volunt", "blood"}
    # a file name's pinyin of the place the title writes in Chinese is said already
    title = "临江市红十字会2025年工作进展"
    places = frozenset({"临江市", "临江"})
    assert card_words([title], [None], ["linjiang_2025_update.md"], [title], places) == [frozenset()]


HANDBOOK = b"""# Volunteer Handbook 2025

## Rostering

Duties are published four weeks ahead on the volunteer portal.

## Missing a duty

If you cannot make a rostered duty, give the duty coordinator at least 72 hours notice by phone.

## Contact

The Ballykeel office is open on weekdays from 9 am to 5 pm.
"""

OTHER = b"""# Harbourside Volunteer Handbook 2025

## Rostering

Duties are published two weeks ahead on the volunteer portal.

## Missing a duty

If you cannot make a rostered duty, give the duty coordinator at least 24 hours notice by email.
"""


@pytest.fixture
def handbooks(small_library):
    return small_library({"ballykeel_volunteer_handbook.md": HANDBOOK, "harbourside_volunteer_handbook.md": OTHER})


def test_a_place_only_the_file_name_holds_picks_its_document(handbooks):
    service, ids = handbooks
    out = answer_json(service.ask("how much notice do ballykeel volunteers give before missing a duty"))
    assert out["passages"][0]["doc"] == ids["ballykeel_volunteer_handbook.md"]
    assert "72 hours" in out["passages"][0]["text"]
