"""An English question naming one item and asking for the others ("apart from X, how else …") over a Chinese
enumeration that holds X is answered with the enumeration, not the clause before it (issue 14). Made-up sentences."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.lists import others_listed
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse

SENTENCE = "各支部经常组织全体党员集体学习，采用专家讲座、参观纪念馆、观看纪录片等多种形式，确保学习入脑入心。"
BRIDGE = Bridge.build({"讲座": 3.0, "专家": 3.0, "学习": 2.0, "党员": 2.0, "纪念馆": 3.0, "纪录片": 3.0})


def test_apart_from_one_item_the_rest_of_its_list_answers():
    answer = extract(analyse("apart from expert lectures how else did members learn", BRIDGE), SENTENCE).text
    assert "参观纪念馆" in answer and answer.endswith("观看纪录片") and "集体学习" not in answer  # the list alone


def test_no_item_asked_about_or_none_in_the_list_gives_no_list():
    assert others_listed("how did members learn", SENTENCE, [(27, 29, 1.0)]) is None
    assert others_listed("apart from lectures what else", SENTENCE, [(2, 4, 1.0)]) is None  # the word is off the list
