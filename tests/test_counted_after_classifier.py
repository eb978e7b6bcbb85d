"""The noun a count asks for, written after the figure's classifier (twentieth round, span-20): 多少个县 over
…推动全市37个县（市、区）建立工作站，9个街道… is 37个县, the figure whose classifier the asked noun follows, even when
jieba joins that noun to the verb after it in the question (县建) and another figure stands nearer the question's
other words; and "the number of X" asks what "how many X" does (number of rescue teams -> 支). Made-up sentences in
the documents' style, none from the question sets."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse


def test_the_figure_whose_classifier_the_asked_noun_follows_is_the_count():
    bridge = Bridge.build({"工作站": 3.0, "县建": 1.0, "红会": 2.0, "街道": 2.0})
    sentence = "推动全市37个县（市、区）红十字会全部建成工作站，9个街道工作站站长全部由专职干部担任。"
    assert extract(analyse("红会多少个县建了工作站", bridge), sentence).text.startswith("37个")


def test_a_count_of_another_noun_keeps_its_nearer_figure():
    bridge = Bridge.build({"工作站": 3.0, "红会": 2.0, "街道": 2.0})
    sentence = "推动全市37个县（市、区）红十字会全部建成工作站，9个街道工作站站长全部由专职干部担任。"
    assert extract(analyse("多少个街道的工作站站长由专职干部担任", bridge), sentence).text.startswith("9个")


def test_the_number_of_a_thing_asks_its_count_in_its_measure_word():
    bridge = Bridge.build({"救援队": 3.0, "党支部": 3.0, "出动": 2.0},
                          to_english={"救援队": [("rescue team", 1.0)], "党支部": [("party branch", 1.0)]})
    sentence = "各救援队党支部年均出动约640次，已有42支建立党支部。"
    assert extract(analyse("number of rescue teams with party branches", bridge), sentence).text.endswith("42支")
