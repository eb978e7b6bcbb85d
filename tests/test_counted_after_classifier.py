"""The noun a count asks for, written after the figure's classifier (twentieth round, span-20): 多少个县 over
…推动37个县（市、区）的协会全部设立服务站，9个街道… is 37个县, the figure whose classifier the asked
noun follows, even when jieba joins that noun to the verb after it in the question (县设) and another figure
stands nearer the question's other words; and "the number of X" asks what "how many X" does (the number of
volunteer teams -> 支). Made-up sentences in the documents' style, none from the question sets."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse


def test_the_figure_whose_classifier_the_asked_noun_follows_is_the_count():
    bridge = Bridge.build({"服务站": 3.0, "县设": 1.0, "协会": 2.0, "街道": 2.0})
    sentence = "推动37个县（市、区）的协会全部设立服务站，9个街道协会服务站站长由专职干部担任。"
    assert extract(analyse("协会在多少个县设了服务站", bridge), sentence).text.startswith("37个")


def test_a_count_of_another_noun_keeps_its_nearer_figure():
    bridge = Bridge.build({"服务站": 3.0, "协会": 2.0, "街道": 2.0})
    sentence = "推动37个县（市、区）的协会全部设立服务站，9个街道协会服务站站长由专职干部担任。"
    assert extract(analyse("多少个街道的服务站站长由专职干部担任", bridge), sentence).text.startswith("9个")


def test_the_number_of_a_thing_asks_its_count_in_its_measure_word():
    bridge = Bridge.build({"志愿队": 3.0, "服务站": 3.0, "巡逻": 2.0},
                          to_english={"志愿队": [("volunteer team", 1.0)], "服务站": [("service station", 1.0)]})
    sentence = "各志愿队服务站年均巡逻约640次，已有42支设立服务站。"
    assert extract(analyse("the number of volunteer teams with a service station", bridge), sentence).text == "42支"
