"""A library of documents: the right document answers, cited by heading path and page; an uncovered place is refused."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json, source_line

from tests.files import make_docx, make_pdf

LOOKALIKE_A = """福建省红十字会2023年工作综述

一、救援队伍

全省红十字救援队发展到156支，全部建立党支部，队员总数达到8200名。

二、人道救助

全年募集社会捐赠款物2.4亿元，惠及困难群众35万人次。
"""
LOOKALIKE_B = LOOKALIKE_A.replace("福建省", "江西省").replace("156支", "74支").replace("8200名", "3900名") \
    .replace("2.4亿元", "0.9亿元").replace("35万人次", "12万人次")
# a notice whose title does not name its university; most of its passages do, the fee passage does not
NOTICE = """关于举办秋季救护员培训班的通知

为提升师生自救互救能力，东湖大学红十字会定于10月举办秋季救护员培训班。

一、培训安排

东湖大学秋季救护员培训班共开设两期，每期限额40人，培训地点为东湖校区医学楼。

二、费用说明

学生培训费由学校承担；教职工每人缴纳教材及考核费50元。

三、联系方式

报名请联系东湖大学红十字会办公室，电话027-87650000。
"""
MANUAL = """# Field Manual for First Aiders (Second Edition)

Read this before your first shift.

## 4. Severe Bleeding

### 4.2 Tourniquets

Apply a tourniquet 5–7 cm above the wound and note the time of application.

## 5. Burns

Cool the burn under running water for 20 minutes.
"""


@pytest.fixture(scope="module")
def library(library_with):
    docs = {"fujian.txt": LOOKALIKE_A.encode(), "jiangxi.txt": LOOKALIKE_B.encode(), "manual.md": MANUAL.encode(),
            "notice.txt": NOTICE.encode(),
            "annual.docx": make_docx(),
            "minutes.pdf": make_pdf([["Minutes of the Board Meeting", "Item 1. Opening",
                                      "The Chair opened the meeting at 18:30."],
                                     ["Item 2. Budget", "The board approved a total budget of $4.85 million."]],
                                    title="Harbour City Board Minutes")}
    return library_with("library", docs)


def passage(a):
    return answer_json(a)["passages"][0]


def test_a_docx_table_row_is_found_and_cited(library):
    svc, ids = library
    a = svc.ask("华瑞康2023年献血人次是多少？")
    assert not a.abstained and "9800" in a.answer
    p = passage(a)
    assert p["doc"] == ids["annual.docx"] and "献血人次：9800" in p["text"]
    assert "献血人次 | 9800" in p["text"]  # (and the row as written: rows-37)
    assert p["section"] == "一、社会责任 › （一）公益数据"


def test_a_pdf_page_is_found_and_cited(library):
    svc, ids = library
    a = svc.ask("What total budget did the board approve?")
    p = passage(a)  # the short answer is the answer stage's (issue 14); found and cited is the library's
    assert p["doc"] == ids["minutes.pdf"] and p["page"] == 2 and p["section"] == "Item 2. Budget"
    assert "$4.85 million" in p["text"]
    assert "page 2" in source_line(a)


def test_which_page_is_answered_by_the_page_its_heading_stands_on(library):
    svc, ids = library
    a = svc.ask("On which page of the board minutes is the budget?")
    p = passage(a)
    assert not a.abstained and a.answer == "page 2"
    assert p["doc"] == ids["minutes.pdf"] and p["text"].startswith("Item 2. Budget")  # the heading opens it


def test_a_page_or_a_part_the_document_does_not_have_is_refused(library):
    svc, _ = library
    assert svc.ask("What is on page 7 of the board minutes?").abstained
    assert svc.ask("field manual for first aiders: what does chapter 9 say?").abstained


def test_a_question_about_what_the_title_says_is_answered_by_the_title(library):
    svc, ids = library
    a = svc.ask("Which edition is the field manual for first aiders?")
    p = passage(a)
    assert p["doc"] == ids["manual.md"] and p["paragraph"] == 0 and "Second" in a.answer


def test_a_markdown_heading_path_is_found_and_cited(library):
    svc, ids = library
    a = svc.ask("How far above the wound should a tourniquet be applied?")
    p = passage(a)
    assert p["doc"] == ids["manual.md"] and p["section"] == "4. Severe Bleeding › 4.2 Tourniquets"
    assert "5–7 cm above the wound" in p["text"]
    assert "4. Severe Bleeding › 4.2 Tourniquets" in source_line(a)


@pytest.mark.parametrize("place,doc,figure", [("福建省", "fujian.txt", "156"), ("江西省", "jiangxi.txt", "74")])
def test_two_lookalike_documents_each_answer_from_their_own(library, place, doc, figure):
    svc, ids = library
    a = svc.ask(f"{place}红十字会有多少支救援队？")
    assert not a.abstained and figure in a.answer
    assert a.hits[0].paragraph.doc_id == ids[doc]


@pytest.mark.parametrize("question", ["how many rescue teams have Party branches", "全省建立党支部的救援队有多少支？"])
def test_a_question_naming_no_document_is_answered_from_the_report_not_a_lookalike(library, question):
    svc, ids = library  # each look-alike says its own province's teams all have Party branches
    a = svc.ask(question)
    assert not a.abstained and "123" in a.answer
    assert a.hits[0].paragraph.doc_id not in ids.values()


@pytest.mark.parametrize("question", ["四川省红十字会有多少支救援队？",
                                      "How many rescue teams does the Shaanxi Red Cross have?"])
def test_a_place_no_document_covers_is_refused(library, question):
    svc, _ = library
    a = svc.ask(question)
    assert a.abstained and a.answer == ""
    assert not a.hits or not a.hits[0].constraints_ok


def test_a_chinese_question_reaches_an_english_document(library):
    svc, ids = library
    a = svc.ask("烧伤应该用流水冷却多少分钟？")
    assert a.hits and a.hits[0].paragraph.doc_id == ids["manual.md"]


def test_a_place_its_passages_name_holds_for_a_passage_that_does_not_repeat_it(library):
    svc, ids = library
    a = svc.ask("东湖大学救护员培训班，教职工需要缴纳多少费用？")
    assert not a.abstained and "50元" in a.answer
    assert a.hits[0].paragraph.doc_id == ids["notice.txt"] and a.hits[0].constraints_ok
    assert "考核费50元" in a.hits[0].paragraph.text  # not the line that repeats the university's name
