"""Questions asked as people talk, read as the written words the documents use: dialect words CC-CEDICT gives a
written equivalent for, a Cantonese sentence-final particle, an A-not-A verb, Cantonese 点 for "how". Made-up
documents and questions, none from the question sets."""
from __future__ import annotations

import pytest
from reportbot.index.retrieval.dialect import is_cantonese
from reportbot.index.retrieval.query import analyse, question_text
from reportbot.index.retrieval.spoken import equivalents, final_particles, written

FAQ = """長者探訪義工常見問題

問：颱風期間探訪活動會否取消？
答：八號或以上颱風信號生效時，所有探訪活動一律暫停，並順延至下星期同一時段。

問：義工探訪院舍時可以帶寵物嗎？
答：不可以，院舍範圍內不得攜帶任何寵物，導盲犬除外。

問：交通費如何申領？
答：義工須於活動後十四天內遞交交通費申領表，經統籌主任審批後以銀行轉帳發放。
"""


def test_dialect_words_are_read_as_the_written_words_the_dictionary_gives():
    assert {"啥": "什么", "咋": "怎么", "揾": "找", "佢": "他"}.items() <= equivalents().items()
    assert written("工具箱坏了揾边个修") == "工具箱坏了找边个修"
    assert question_text("報名表交咗之後揾邊個") == "报名表交了之后找谁"
    assert question_text("报名表交了之后咋办") == "报名表交了之后咋办"  # a question word the kinds read already


def test_a_closing_particle_is_dropped_and_marks_the_question_cantonese():
    assert "㗎" in final_particles() and not {"吗", "么"} & final_particles()  # particles that ask stay
    assert is_cantonese("义工队几时成立㗎")
    assert question_text("義工隊幾時成立㗎？") == "义工队什么时候成立？"
    assert not is_cantonese("培训几时开始")  # 几时 alone is also Mandarin: nothing else is read


def test_an_a_not_a_verb_is_asked_as_whether():
    assert question_text("院舍可唔可以帶寵物") == "院舍是否可以带宠物"
    assert question_text("台风天停不停课") == "台风天是否停课"
    assert question_text("这个项目是不是首创的") == "这个项目是不是首创的"  # read whole already
    assert [g for g in analyse("院舍可唔可以帶寵物").groups if "可不可以" in g] == []


def test_cantonese_dian_before_a_closing_verb_asks_how_and_a_clock_time_does_not():
    assert question_text("交通費點申領") == "交通费怎么申领"
    assert question_text("门诊几点开") == "门诊几点开"  # a clock time: the question asks 几
    assert question_text("活动地点") == "活动地点"  # 点 of a noun, no verb after it


@pytest.fixture(scope="module")
def library(library_with):
    return library_with("spoken", {"visit_faq.txt": FAQ.encode()})


def test_spoken_cantonese_questions_are_answered_from_the_faq(library):
    svc, ids = library
    a = svc.ask("探訪院舍可唔可以帶寵物㗎？")
    assert a.hits and a.hits[0].paragraph.doc_id == ids["visit_faq.txt"]
    assert not a.abstained and "不可以" in a.answer
    b = svc.ask("義工交通費點申領？")
    assert not b.abstained and b.hits[0].paragraph.doc_id == ids["visit_faq.txt"]
