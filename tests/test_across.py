"""A Chinese question answered with a clause of English text (made-up sentences in the documents' style, none of the
question sets' words)."""
from __future__ import annotations

from reportbot.index.answering.across import clause_across
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse

STEP = "Press the reset button if the alarm sounds, then wait for the display to clear."


def _across(question: str, sentence: str, answer: str, source: str = "clause") -> float:
    at = sentence.find(answer)
    return clause_across(analyse(question), sentence, Span(answer, at, at + len(answer), source))


def test_an_english_clause_does_not_answer_a_chinese_how_question():
    assert _across("手册里书架倒了怎么处理", STEP, "Press the reset button if the alarm sounds") == 0.0


def test_an_english_clause_answers_a_chinese_whether_question():
    assert _across("警报响了能按复位键吗", STEP, "Press the reset button if the alarm sounds") == 1.0


def test_typed_answers_and_chinese_clauses_are_not_weighed():
    assert _across("警报响后要等多久", "Wait 30 seconds after the alarm.", "30 seconds", "figure") == 1.0
    sentence = "书架倒塌时，先疏散读者，再联系物业"
    assert _across("书架倒了怎么处理", sentence, "先疏散读者，再联系物业") == 1.0


def test_an_english_clause_naming_a_thing_answers_a_chinese_what_question():
    sentence = "Log every patrol hour in the TideWatch tablet app before leaving the tower."
    assert _across("巡逻时长用啥app记录", sentence, "Log every patrol hour in the TideWatch tablet app") == 1.0
    assert _across("当救生员对年纪有啥规定", "Lifeguards must be aged 16–60.", "Lifeguards must be aged 16–60") == 1.0
    assert _across("上课要带咩文件", "Bring a Medical Certificate, which we copy.", "Medical Certificate") == 1.0


def test_an_english_clause_naming_nothing_or_a_heading_still_answers_no_what_question():
    intro = "This handbook is written for trained beach patrol members."
    assert _across("巡逻手册里被水母蛰了咋处理", intro, intro.rstrip(".")) == 0.0
    assert _across("救生员手册讲的是啥", "Patrol Equipment and Tower Safety Procedures",
                   "Patrol Equipment and Tower Safety Procedures") == 0.0
    assert _across("手册里溺水点样处理", "do not leave the casualty alone", "do not leave the casualty alone") == 0.0
    assert _across("救生塔在哪里", "Central Tower Lookout Point", "Central Tower Lookout Point") == 0.0


def test_an_english_clause_naming_a_thing_still_answers_no_where_or_when_question():
    sentence = "The Harbour Lodge office opens on the second floor at 9:30 daily."
    assert _across("物资仓库在什么地方", sentence, "The Harbour Lodge office opens on the second floor") == 0.0
    assert _across("游泳课什么时候开始", sentence, "The Harbour Lodge office opens on the second floor at 9:30") == 0.0


def test_an_english_clause_writing_a_street_address_answers_a_chinese_where_question():
    office = "Depot Office: 27 Harbour View Road, Lakeside"
    assert _across("湖畔分会办公室地址在哪", office + ".", office) == 1.0
    assert _across("湖畔分会办公室喺边度", office + ".", office) == 1.0
    plain = "The depot is open to members on weekdays"
    assert _across("湖畔分会办公室在哪里", plain + ".", plain) == 0.0  # no street written
    assert _across("湖畔分会办公室有啥用", office + ".", office) == 1.0  # a what-question, as before
