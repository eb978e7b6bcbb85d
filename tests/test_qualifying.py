"""The refusal signal ``qualifying`` (index/answering/qualifying.py): the share of a question's qualifying words
(less its question word, the noun it asks about and the words its document's title and headings say) that the
evidence sentence says. A neighbour's figure (all customers where the German ones were asked) holds the asked noun
but not the qualifier. Made-up sentences of a made-up company's report."""
from __future__ import annotations

from reportbot.index.answering.qualifying import qualifying_held, qualifying_words
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse

TITLE = "星河仪器公司2024年度报告"
GERMAN = "2024年，公司共服务客户1260家，其中德国客户38家。"
ALL = "2024年，公司共服务客户1260家，营业收入增长12%。"
BRIDGE = Bridge.build({w: 2.0 for w in ("德国", "客户", "公司", "服务", "志愿者", "培训", "学校")})


def test_the_qualifier_is_what_is_left_of_the_question():
    q = analyse("2024年德国客户有多少家")
    # 多少 asks, 客户 is asked, 2024 is the title's, 家 is a measure: 德国 qualifies
    assert [sorted(g) for g in qualifying_words(q, TITLE)] == [["德国"]]
    assert [sorted(g) for g in qualifying_words(analyse("单个患儿最多补助多少钱"), TITLE)] == [["单个"], ["患儿"]]


def test_a_sentence_without_the_qualifier_holds_none_of_it():
    q = analyse("2024年德国客户有多少家")
    assert qualifying_held(q, GERMAN, TITLE) == 1.0
    assert qualifying_held(q, ALL, TITLE) == 0.0
    assert qualifying_held(analyse("客户有多少家"), ALL, TITLE) == 1.0  # nothing qualifies: nothing missing


def test_an_english_question_is_read_through_the_bridge():
    q = analyse("how many German customers did the company have", BRIDGE)
    assert qualifying_held(q, GERMAN, TITLE) == 1.0
    assert qualifying_held(q, ALL, TITLE) < 1.0
    trained = analyse("how many volunteers were trained in schools", BRIDGE)
    assert qualifying_held(trained, "全年培训志愿者860人，其中在学校开展培训42场。", TITLE) == 1.0
    assert qualifying_held(trained, "全年新增志愿者860人。", TITLE) == 0.0

