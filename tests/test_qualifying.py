"""The refusal signal ``qualifying`` (index/answering/qualifying.py): the share of a question's qualifying words
(less its question word, the noun it asks about and the words its document's title and headings say) that the
evidence sentence says. A neighbour's figure (all distributors where the Japanese ones were asked) holds the asked
noun but not the qualifier. Made-up sentences of a made-up company's report."""
from __future__ import annotations

from reportbot.index.answering.qualifying import qualifying_held, qualifying_words
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse

TITLE = "星河仪器公司2024年度报告"
JAPANESE = "2024年，公司共有经销商126家，其中日本经销商18家。"
ALL = "2024年，公司共有经销商126家，营业收入增长12%。"
BRIDGE = Bridge.build({w: 2.0 for w in ("日本", "经销商", "公司", "志愿者", "培训", "学校")})


def test_the_qualifier_is_what_is_left_of_the_question():
    q = analyse("2024年日本经销商有多少家")
    # 多少 asks, 经销商 is asked, 2024 is the title's, 家 is a measure: 日本 qualifies
    assert [sorted(g) for g in qualifying_words(q, TITLE)] == [["日本"]]
    # 钱 is a measure, so the word touching 多少 is what is asked (补贴); who gets it qualifies
    assert [sorted(g) for g in qualifying_words(analyse("每名学员最多补贴多少钱"), TITLE)] == [["每名"], ["学员"]]


def test_a_sentence_without_the_qualifier_holds_none_of_it():
    q = analyse("2024年日本经销商有多少家")
    assert qualifying_held(q, JAPANESE, TITLE) == 1.0
    assert qualifying_held(q, ALL, TITLE) == 0.0
    assert qualifying_held(analyse("经销商有多少家"), ALL, TITLE) == 1.0  # nothing qualifies: nothing missing


def test_an_english_question_is_read_through_the_bridge():
    q = analyse("how many Japanese distributors did the company have", BRIDGE)
    assert qualifying_held(q, JAPANESE, TITLE) == 1.0
    assert qualifying_held(q, ALL, TITLE) == 0.0
    trained = analyse("how many volunteers were trained in schools", BRIDGE)
    assert qualifying_held(trained, "全年培训志愿者860人，其中在学校开展培训42场。", TITLE) == 1.0
    assert qualifying_held(trained, "全年新增志愿者860人。", TITLE) == 0.0


ELDERLY = "2024年，社區中心為獨居長者安裝平安鐘86部。"


def test_a_word_written_otherwise_is_held_in_its_reading():
    # a simplified question over a traditional sentence: 独居长者 is said as 獨居長者
    assert qualifying_held(analyse("2024年为独居长者装了多少部平安钟"), ELDERLY, TITLE) == 1.0
    # a typo by glyph in a word of three characters (救缓队 for 救援队), a homophone (只愿者 for 志愿者)
    assert qualifying_held(analyse("山地救缓队2024年出动多少次"), "2024年，山地救援队共出动42次。", TITLE) == 1.0
    assert qualifying_held(analyse("社区只愿者有多少人"), "全年社区志愿者达860人。", TITLE) == 1.0
    # another word of two characters one apart is no typo (救灾 is not 救援)
    assert qualifying_held(analyse("山地救灾队2024年出动多少次"), "2024年，山地救援队共出动42次。", TITLE) == 0.5
    # an English word the bridge renders otherwise: "aid" is 援助 to the bridge, the sentence says 救助 (aid)
    bridge = Bridge.build({w: 2.0 for w in ("人道", "援助", "项目")})
    aid = analyse("how many humanitarian aid schemes did the branch run", bridge)
    assert qualifying_held(aid, "全年实施人道救助项目36个。", TITLE) == 1.0


def test_the_answers_clause_is_read_instead_of_the_sentence():
    sentence = "2024年，公司共有经销商126家，其中日本经销商18家。"
    q = analyse("2024年日本经销商有多少家")
    whole = sentence.index("126家")
    assert qualifying_held(q, sentence, TITLE) == 1.0
    assert qualifying_held(q, sentence, TITLE, span=(whole, whole + 4)) == 0.0  # its clause names no Japanese
    japanese = sentence.index("18家")
    assert qualifying_held(q, sentence, TITLE, span=(japanese, japanese + 3)) == 1.0
