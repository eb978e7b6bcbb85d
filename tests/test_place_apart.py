"""An English question's word that is a place's name only in appearance names no place (place_apart.py): a name
inside a longer place name the question writes, or a syllable of a Chinese phrase spelled out in pinyin."""
from __future__ import annotations

from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.context import agrees, question_constraints
from reportbot.index.retrieval.gazetteer import gazetteer
from reportbot.index.retrieval.place_apart import in_spelled_phrase, within_longer
from reportbot.index.retrieval.query import analyse

BRIDGE = Bridge.build({"台北": 3.0, "新北": 3.0, "湖北": 2.0, "嵩县": 1.0, "司机": 2.0, "包裹": 1.0, "分会": 2.0})


def constraints(question: str):
    q = analyse(question, BRIDGE)
    return question_constraints(q.text, q.groups, gazetteer()[0], q.unmatched, BRIDGE)


def places(question: str) -> list[str]:
    return [c.forms[0] for c in constraints(question) if c.kind == "place"]


def test_a_name_inside_a_longer_place_name_is_not_named_alone():
    known = gazetteer()[0]
    assert within_longer("drivers hired by the new taipei branch", "taipei", known)
    assert not within_longer("drivers hired by the taipei branch", "taipei", known)
    assert not within_longer("the new taipei and the taipei branches", "taipei", known)
    assert not within_longer("did the branch hire drivers", "taipei", known)


def test_a_question_naming_the_longer_place_is_held_to_it_alone():
    asked = "drivers hired by the new taipei branch over winter, how many"
    assert places(asked) == ["新北"]
    assert agrees(constraints(asked), "新北市分会冬季招募工作 本季新招募司机十二名")
    assert places("drivers hired by the taipei branch over winter, how many") == ["台北"]


def test_a_syllable_of_a_chinese_phrase_spelled_out_names_no_place():
    # "kuaile song xinnian": a phrase spelled in pinyin; its "song" is a syllable, not a county's English name
    spelled = "parcels sent by the kuaile song xinnian drive in hubei, how many"
    assert in_spelled_phrase(spelled, "song")
    assert not in_spelled_phrase("which song did the choir sing in hubei", "song")
    assert not in_spelled_phrase("the hubei song contest", "song", gazetteer()[0])  # hubei names a place
    assert places(spelled) == ["湖北"]
    assert agrees(constraints(spelled), "湖北省红十字会 新春送包裹活动发出包裹一万件")
