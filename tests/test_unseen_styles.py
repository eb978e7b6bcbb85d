"""Documents in styles the tuned libraries barely hold, asked as their readers would: a Hong Kong team's summary
that names the team once and calls it 本隊 after, asked in Cantonese; a regulation's articles asked by number in
digits (第11条 for 第十一条). Made-up documents and questions, none from the question sets."""
from __future__ import annotations

import pytest
from reportbot.index.retrieval.defined import defined_name

TEAM = """2023年度工作回顧

過去一年，九龍西社區救援隊（下稱「本隊」）共有註冊隊員640人，全年出動救援95次，服務時數達21,300小時。

一、培訓

本隊全年舉辦急救課程30班，合格學員410人，合格率91%。

二、合作

本隊與城東理工學院護理學系簽署合作協議，共同培訓心理急救員，為期三年。

三、裝備

本隊共有救援艇4艘，每艘救援艇每3個月須全面檢查一次，救生衣每年更換。
"""
OTHER = """2023年度工作回顧

過去一年，新界北山嶺搜救隊共有註冊隊員380人，全年出動救援57次。

一、培訓

山嶺搜救隊全年舉辦登山安全課程12班，合格學員150人。
"""
RULES = """城东区志愿服务管理办法

第一章 总则

第一条 为规范本区志愿服务活动，保障志愿者合法权益，制定本办法。

第二章 服务记录

第十条 志愿者每年参加志愿服务不少于20小时。

第十一条 志愿服务时长由区志愿服务中心统一记录，并出具服务证明。

第十二条 连续三年服务满60小时的志愿者，可申请星级认定。
"""


@pytest.fixture(scope="module")
def library(library_with):
    docs = {"team.txt": TEAM.encode(), "other_team.txt": OTHER.encode(), "rules.txt": RULES.encode()}
    return library_with("unseen", docs)


def test_a_question_naming_the_team_a_document_calls_itself_finds_the_passage_not_the_definition(library):
    svc, ids = library  # the name is spelled out once, in the first paragraph; the agreement says 本隊
    a = svc.ask("九龍西社區救援隊同邊個學系簽咗協議？")
    assert a.hits and a.hits[0].paragraph.doc_id == ids["team.txt"]
    assert "護理學系" in a.hits[0].paragraph.text and not a.abstained


def test_a_cantonese_how_long_question_is_answered_with_the_interval(library):
    svc, ids = library
    a = svc.ask("九龍西救援隊啲救援艇幾耐要檢查一次？")
    assert a.hits and a.hits[0].paragraph.doc_id == ids["team.txt"]
    assert not a.abstained and "3個月" in a.answer.replace("个", "個")


def test_an_article_asked_by_its_number_in_digits_is_the_article_written_in_chinese_numerals(library):
    svc, ids = library
    a = svc.ask("管理办法第11条规定服务时长由谁记录？")
    assert a.hits and a.hits[0].paragraph.doc_id == ids["rules.txt"]
    assert a.hits[0].paragraph.text.startswith("第十一条")
    assert "第十二条" in svc.ask("第12条讲什么？").hits[0].paragraph.text


def test_only_a_name_a_document_gives_itself_is_its_subject():
    assert defined_name("過去一年，九龍西社區救援隊（下稱「本隊」）共有隊員640人。") == "九龙西社区救援队"
    assert defined_name("本队与城东理工学院（下称“学院”）签署协议。") is None  # a partner's short name
    assert defined_name('The Riverside Rescue Unit (hereinafter "the Unit") met twice.') == "The Riverside Rescue Unit"
    assert defined_name("本队全年出动救援95次。") is None
