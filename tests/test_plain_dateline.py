"""A plain text's line right under its title that gives the issuer and the date is the document's date line, as an
html page's or a Word file's is: a line of text, no heading over the sections after it, and the document's date
(layout-31). Made-up documents and questions, none from the question sets."""
from __future__ import annotations

import pytest
from reportbot.corpus.split import parse_text
from reportbot.index.answering.engine import Engine
from reportbot.index.retrieval.passage_index import PassageIndex

HANT = """桃園市紅十字會防災宣導手冊
桃園市紅十字會　中華民國114年3月5日

家中應準備至少三天份的飲用水與乾糧，並每半年檢查一次。

一、避難路線
請事先確認住家附近的避難處所，並與家人約定集合地點。
"""
LABELLED = """某某区红十字会救护员培训安排
发布单位：某某区红十字会  2025年3月12日
每期培训16学时，考核合格者取得救护员证书。

报名方式
请于3月31日前到区红十字会报名，每期限额40人。
"""
ENGLISH = """Winter Safety Guide
Issued by the Otago Branch, 4 March 2025

The branch runs first aid courses every month at its Crawford Street rooms, and each course takes a full day.

Booking a course

Call the branch office to book a place; courses fill about two weeks ahead.
"""


@pytest.mark.parametrize(("text", "line", "date", "first_heading"), [
    (HANT, "桃园市红十字会中华民国114年3月5日", "中华民国114年3月5日", "一、避难路线"),
    (LABELLED, "发布单位：某某区红十字会 2025年3月12日", "2025年3月12日", "报名方式"),
    (ENGLISH, "Issued by the Otago Branch, 4 March 2025", "4 March 2025", "Booking a course"),
], ids=["taiwan", "labelled", "english"])
def test_the_issuer_and_date_line_under_the_title_is_no_heading(text, line, date, first_heading):
    doc = parse_text(text, "guide.txt")
    assert doc.headings[0] == first_heading  # the date line heads nothing
    assert doc.date == date
    first = doc.paragraphs[1]
    assert first.path == () and first.sentences[0].replace(" ", "").replace("\u3000", "") == \
        line.replace(" ", "").replace("\u3000", "")


def test_a_period_under_the_title_and_a_sentence_with_a_date_are_no_date_lines():
    from reportbot.corpus.byline import dateline

    assert not dateline("Financial year 1 July 2024 to 30 June 2025")
    assert not dateline("The branch opened a welfare centre on 17 June 2025, which stayed open for three nights")
    assert not dateline("一、2025年3月5日演练情况")
    assert dateline("（2025年1月20日某某县人民政府办公室印发）")
    doc = parse_text("Annual Statement\nFinancial year 1 July 2024 to 30 June 2025\n\nIncome rose by a tenth.\n",
                     "statement.txt")
    assert doc.headings == ("Financial year 1 July 2024 to 30 June 2025",)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, e5):
    docs = [parse_text(ENGLISH, "guide.txt"), parse_text(HANT, "handbook.txt")]
    return Engine(PassageIndex.build(docs, e5, tmp_path_factory.mktemp("dateline") / "ix"), e5)


def test_when_the_guide_was_issued_is_the_date_its_issuer_line_gives(engine):
    assert engine.ask("When was this winter safety guide issued?").answer == "4 March 2025"


def test_a_date_in_the_republics_years_is_a_signature_and_the_documents_own_only_on_a_date_line():
    faq = "某某社区大学选课须知\n\n一、报名\n\n问：什么时候可以报名？答：旧生自114年8月4日起报名。\n"
    assert parse_text(faq, "faq.txt").date is None  # a date in an answer is no date the document gives itself
    signed = parse_text(faq + "\n某某社区大学敬启\n\n114年7月15日\n", "faq.txt")
    assert signed.date == "114年7月15日"
    assert signed.headings == ("一、报名",)  # the signature and its date are lines of the last passage, no headings
    assert signed.paragraphs[-1].text.endswith("某某社区大学敬启\n114年7月15日")
