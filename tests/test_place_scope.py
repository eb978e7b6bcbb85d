"""A place the question names must scope the answer (index/answering/placed.py): a place no document covers is
refused, two look-alike documents each answer from their own, and a place named in passing in another clause does
not make a province's figure the city's."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.placed import places_placed
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.context import Constraint

LINHAI = """临海市红十字会2023年工作总结

一、组织建设
全年新增注册志愿者1280名，志愿服务团体达到46个。

二、筹资救助
全年募集社会捐赠款物320万元，圆满完成天台山马拉松应急救护保障。
""".encode()

WENLING = """温岭市红十字会2023年工作总结

一、组织建设
全年新增注册志愿者2150名，志愿服务团体达到63个。

二、筹资救助
全年募集社会捐赠款物580万元，救助困难群众1900人次。
""".encode()


@pytest.fixture(scope="module")
def twins(library_with):
    return library_with("placed", {"linhai_2023.txt": LINHAI, "wenling_2023.txt": WENLING})


def span_of(sentence: str, text: str, source: str) -> Span:
    """``text``'s span where it first stands in ``sentence``."""
    start = sentence.index(text)
    return Span(text, start, start + len(text), source)


def test_two_look_alike_documents_each_answer_from_their_own(twins):
    service, ids = twins
    for question, doc, figure in (("临海市2023年新增注册志愿者多少名", "linhai_2023.txt", "1280"),
                                  ("温岭市2023年新增注册志愿者多少名", "wenling_2023.txt", "2150")):
        out = answer_json(service.ask(question))
        assert not out["abstained"], question
        assert out["passages"][0]["doc"] == ids[doc] and figure in out["answer"], question


def test_a_place_no_document_covers_is_refused(twins):
    service, _ = twins
    out = answer_json(service.ask("甘肃省2023年新增注册志愿者多少名"))
    assert out["abstained"] and out["answer"] == ""


def test_a_place_named_in_passing_in_another_clause_is_not_the_answers_place(twins):
    service, _ = twins
    # 天台 stands in the clause after the figure (a marathon the city's society served), not in the figure's own
    out = answer_json(service.ask("天台县红十字会2023年募集了多少社会捐赠款物"))
    assert out["abstained"], out["answer"]


def test_the_answers_own_clause_or_the_documents_context_scopes_a_place():
    place = (Constraint("place", ("宁海", "ninghai")),)
    sentence = "全年全市募集捐赠款物2.3亿元，圆满完成宁海马拉松赛事保障。"
    span = Span("2.3亿元", sentence.index("2.3"), sentence.index("2.3") + 5, "figure")
    assert not places_placed(place, sentence, span, "象山县红十字会2023年工作总结")
    assert places_placed(place, sentence, span, "宁海县红十字会2023年工作总结")
    said = "宁海县全年募集捐赠款物2.3亿元，圆满完成马拉松赛事保障。"
    assert places_placed(place, said, Span("2.3亿元", said.index("2.3"), said.index("2.3") + 5, "figure"), "")
    # a year is left to the search (a paragraph's year scopes all its sentences)
    assert places_placed((Constraint("year", ("2023",)),), sentence, span, "")


def test_a_place_listed_among_others_does_not_scope_their_total():
    place = (Constraint("place", ("温岭", "wenling")),)
    sentence = "赛事期间，在临海及温岭、天台、仙居4个协办城市共布设救护站36个。"
    assert not places_placed(place, sentence, span_of(sentence, "36个", "figure"), "台州市红十字会2023年工作总结")
    alone = "赛事期间，在温岭共布设救护站36个。"
    assert places_placed(place, alone, span_of(alone, "36个", "figure"), "台州市红十字会2023年工作总结")


def test_a_place_scopes_a_clause_that_names_the_thing_the_passage_names_it_with():
    place = (Constraint("place", ("临海", "linhai")),)
    passage = "全年为临海马拉松赛会志愿者开展救护培训800人次。马拉松期间，全市共派出救护志愿者260名。"
    sentence = "马拉松期间，全市共派出救护志愿者260名。"
    span = span_of(sentence, "260名", "figure")
    assert places_placed(place, sentence, span, "台州市红十字会2023年工作总结", passage)
    assert not places_placed(place, sentence, span, "台州市红十字会2023年工作总结", "临海第3届运动会。" + sentence)


def test_a_list_of_people_each_with_a_place_is_no_list_of_places():
    place = (Constraint("place", ("天台", "tiantai")),)
    sentence = "涌现出“最美志愿者”陈立新、天台红十字山地救援队队长许文涛等一批优秀党员。"
    assert places_placed(place, sentence, span_of(sentence, "许文涛", "name"), "台州市红十字会工作综述")


def test_a_body_named_after_the_place_does_not_scope_a_clause_about_the_whole_province():
    place = (Constraint("place", ("临海", "linhai")),)
    passage = "临海市红十字会举办救护培训。全省红十字系统共募集社会捐赠款物2.1亿元。"
    sentence = "全省红十字系统共募集社会捐赠款物2.1亿元。"
    span = span_of(sentence, "2.1亿元", "figure")
    assert not places_placed(place, sentence, span, "浙江省红十字会2023年工作总结", passage)


def test_a_place_after_a_sentences_opening_date_scopes_the_sentence():
    # the opening clause only dates the sentence (2026年3月, 5月中旬汛期期间): the clause after it is its topic
    place = (Constraint("place", ("柳溪", "liuxi")),)
    sentence = "2026年3月，清河市柳溪县遭遇强降雨，市红十字会启动III级应急响应，转移群众640人。"
    assert places_placed(place, sentence, span_of(sentence, "III级", "level"), "清河市红十字会2026年工作总结")
    rainy = "5月中旬汛期期间，柳溪县遭遇连续强降雨，市、县两级红十字会派出救援队员96人次，转移群众640人。"
    assert places_placed(place, rainy, span_of(rainy, "640人", "figure"), "清河市红十字会2026年工作总结")


def test_a_place_further_on_than_the_clause_after_an_opening_date_still_does_not_scope_it():
    place = (Constraint("place", ("柳溪", "liuxi")),)
    sentence = "2026年3月，市红十字会启动III级应急响应，石门县转移群众640人，柳溪县转移群众310人。"
    assert not places_placed(place, sentence, span_of(sentence, "640人", "figure"), "清河市红十字会2026年工作总结")
    topic = "全市红十字会启动III级应急响应，柳溪县遭遇强降雨，石门县转移群众640人。"  # no date opens it
    assert not places_placed(place, topic, span_of(topic, "640人", "figure"), "清河市红十字会2026年工作总结")
