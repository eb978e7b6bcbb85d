"""A counted noun typed short for speed (ppl, yrs, hrs) asks the same measure as the whole word (issue 14): "how
many ppl trained" is a count of people, 210人, not the figure of classes next to the question's words. Made-up
sentences in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.counted import counted_unit
from reportbot.index.retrieval.query import analyse

SENTENCE = "举办全系统急救干部培训班3期，培训185人。"


def test_people_typed_short_asks_for_people():
    bridge = Bridge.build({"培训班": 2.0, "培训": 2.0, "急救": 3.0, "干部": 2.0})
    idf = {"培训班": 8.5, "培训": 3.7, "急救": 8.3}  # the class is the rarer word, and stands right before 3期
    assert extract(analyse("first aid training class: how many ppl trained", bridge), SENTENCE, idf).text == "185人"


def test_shortenings_read_as_the_unit_nouns_they_stand_for():
    assert counted_unit("how many yrs has she served") == "年"
    assert counted_unit("how many hrs of training") == "小时"
    assert counted_unit("how many ppl came") == "人"
    assert counted_unit("how many cars came") is None  # a short word of its own is no shortening
