"""Places as CC-CEDICT writes them (index/retrieval/gazetteer.py): their English names hold a question's place to a
document written in English, and a district or county jieba does not know is a place too."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.context import agrees, question_constraints
from reportbot.index.retrieval.gazetteer import english_names, gazetteer, named_in_english
from reportbot.index.retrieval.place_names import jieba_places
from reportbot.index.retrieval.query import analyse


def constraints(question: str):
    q = analyse(question)
    return question_constraints(q.text, q.groups, jieba_places() | gazetteer()[0])


def test_english_names_are_the_dictionarys_not_pinyin():
    assert english_names("陕西") == ("shaanxi",) and english_names("山西") == ("shanxi",)
    assert english_names("香港") == ("hong kong",)
    assert "taipei" in english_names("台北") and english_names("九龙") == ("kowloon",)
    # a gloss naming another place (南开区 is glossed "Hebei district of Tianjin") is not this place's name
    assert "hebei" not in english_names("南开区")


def test_a_district_is_a_place_and_a_word_with_a_common_sense_is_not():
    places = gazetteer()[0]
    assert {"萧山", "拱墅", "九龙"} <= places
    assert "和平" not in places  # peace, though also a district's name


def test_a_name_districts_lie_in_is_a_place_the_answer_must_name():
    # CC-CEDICT glosses 香港 only "Hong Kong", but "Kowloon district of Hong Kong": a place, in either language
    hong_kong = constraints("香港的献血站有几个？")
    assert [c.kind for c in hong_kong] == ["place"] and "hong kong" in hong_kong[0].forms
    assert agrees(hong_kong, "香港红十字会献血站共有8个") and agrees(hong_kong, "hong kong has 8 donor centres")
    assert not agrees(hong_kong, "澳门红十字会献血站共有3个")


def test_two_provinces_with_one_pinyin_are_told_apart():
    shaanxi = constraints("陕西省红十字会去年培训了多少人？")
    assert agrees(shaanxi, "the shaanxi branch trained 4,100 people last year")
    assert not agrees(shaanxi, "the shanxi branch trained 3,900 people last year")
    assert not agrees(constraints("山西省红十字会去年培训了多少人？"), "the shaanxi branch trained 4,100 people")


def test_a_chinese_place_agrees_with_the_english_name_of_a_text():
    assert agrees(constraints("台北的防灾公园有几个？"), "taipei city has 12 disaster prevention parks")
    assert agrees(constraints("九龙的义工队有多少人？"), "the kowloon corps has 612 volunteers")
    assert not agrees(constraints("九龙的义工队有多少人？"), "the taipei corps has 845 volunteers")
    # an English name is a word of its own
    assert named_in_english("Macaulay Street", frozenset({"澳门"})) == set()
    assert named_in_english("the Macau office", frozenset({"澳门"})) == {"澳门"}


def test_an_english_name_no_document_writes_is_a_place_the_answer_must_name():
    # the bridge reaches only the documents' words: "Shaanxi" has no group, yet it names a place
    places = jieba_places() | gazetteer()[0]
    q = analyse("How many registered volunteers does the Shaanxi Red Cross have?")
    found = question_constraints(q.text, q.groups, places, ("shaanxi",))
    assert [c.kind for c in found] == ["place"] and "陕西" in found[0].forms
    assert not agrees(found, "the harbour city branch had 2,870 registered volunteers")
    assert agrees(found, "the shaanxi branch had 2,870 registered volunteers")
    # a word the documents write is the bridge's to read; "Red Cross" names no place
    assert question_constraints(q.text, q.groups, places, ("registered",)) == ()


def notes(place: str, volunteers: int, sessions: int) -> bytes:
    """A made-up English annual note whose place is named once, in the heading under its title."""
    return f"""# Volunteer Corps Annual Notes

## {place} Community Volunteer Corps, 2024

Prepared by the corps secretary for the annual meeting of members, held in the community hall in March.

## Members

The corps had {volunteers} registered volunteers at the end of the year. New members complete an induction
course and two supervised duties before they serve alone.

## Training

The corps ran {sessions} first-aid sessions for residents, schools and local companies during the year.
""".encode()


@pytest.fixture(scope="module")
def corps(library_with):
    return library_with("gazetteer", {"kowloon.md": notes("Kowloon", 612, 37), "taipei.md": notes("Taipei", 845, 52)})


@pytest.mark.parametrize("question, want, doc", [
    ("九龙的志愿者队伍年底有多少名注册志愿者？", "612", "kowloon.md"),
    ("台北志愿者一年开了多少场急救培训？", "52", "taipei.md"),
])
def test_look_alike_english_documents_answer_a_chinese_question_from_the_place_it_names(corps, question, want, doc):
    service, ids = corps
    out = answer_json(service.ask(question))
    assert out["passages"][0]["doc"] == ids[doc]
    assert not out["abstained"] and want in out["answer"]


def test_a_place_whose_dictionary_name_differs_keeps_its_pinyin_too():
    # CC-CEDICT glosses 新疆 by its people ("Uighur"): an English text writes Xinjiang
    assert agrees(constraints("新疆分会培训了多少名志愿者？"), "the xinjiang branch trained 4,300 volunteers")


def test_a_common_word_the_dictionary_also_lists_as_a_place_is_no_place():
    places = gazetteer()[0]
    assert not {"开封", "山上", "天府"} & places  # to unseal, on the hill, heaven's storehouse: common words first
    assert "仙居" in places  # a county jieba barely knows stays a place
    assert constraints("碘伏开封后能用多久？") == ()
