"""A Chinese passage's language is told from its words, not from the letters of an e-mail or web address it holds
(set52). A review's closing contact line (查詢電話：…　電郵：name@example.org) has more Latin letters in its address
than Chinese characters; read as English, it took the cross-language offset every Chinese question gives an English
passage and came first for Chinese questions about other documents. Made-up documents: other bodies, places and
figures than any question set's."""
from __future__ import annotations

import pytest
from reportbot.corpus.document import Paragraph
from reportbot.index.retrieval.passage_texts import chinese_rows

REVIEW = """<html><head><meta charset="utf-8"><title>石排灣社區救護隊2025年度工作回顧</title></head><body>
<h1>石排灣社區救護隊2025年度工作回顧</h1>
<h2>一、隊伍概況</h2>
<p>截至2025年12月31日，本隊登記隊員58人，全年出勤412人次。</p>
<h2>二、器材</h2>
<p>本年新添置擔架4副，急救包30個。</p>
<p>查詢電話：2870 5512　電郵：shipaiwan.rescue.team@example.org</p>
</body></html>
"""

GUIDE = """# Kaikoura Donor Room — Donor Guide 2026

## Giving platelets

Platelets can be given every two weeks, up to 24 times a year. Each platelet donation takes about 90 minutes.

## Opening hours

The donor room opens Tuesday to Saturday, 8:30 am to 4:30 pm.
"""


def _paragraph(text: str) -> Paragraph:
    return Paragraph(doc_id="d", number=1, text=text, sentences=(text,))


def test_a_chinese_contact_line_with_a_long_address_is_chinese():
    rows = chinese_rows([_paragraph("查詢電話：2870 5512　電郵：shipaiwan.rescue.team@example.org"),
                         _paragraph("Contact: 2870 5512, shipaiwan.rescue.team@example.org"),
                         _paragraph("本年新添置擔架4副，急救包30個。")])
    assert rows.tolist() == [True, False, True]


@pytest.fixture(scope="module")
def library(library_with):
    svc, _ = library_with("set52", {"shipaiwan_review_2025.html": REVIEW.encode(), "kaikoura_guide.md": GUIDE.encode()})
    return svc


@pytest.mark.parametrize("question, said", [("石排湾救护队添了几副担架", "擔架4副"),
                                            ("石排湾救护队全年出勤多少人次", "412人次"),
                                            ("血小板隔多长时间可以捐", "two weeks")])
def test_a_chinese_question_is_not_answered_from_a_contact_line(library, question, said):
    # the search's first passage is the one that says it, not the review's contact line
    first = library.ask(question).hits[0].paragraph.text
    assert "2870" not in first and said in first, first


# A question that names a document's date as a noun, with no when-word or verb of issuing ("… report date",
# 报告日期), asks the date the document gives itself, as "when was the report issued" does.
DATED = """青川市红十字会2026年1—9月工作进展情况

青川市红十字会办公室 2026年10月9日

一、主要指标完成情况

1—9月新增持证救护员8,400人，新增配置AED 96台。2019年以来累计培训持证救护员6.1万人。

二、第四季度工作安排

11月底前完成博爱家园验收。
"""
BULLETIN = """Marlow Coast Lifesaving Club — Season Bulletin

Issued 4 May 2026

Our season

The club was founded in 1962. Members patrolled the beach for 5,120 hours this season.
"""


@pytest.fixture(scope="module")
def dated(tmp_path_factory, e5):
    from reportbot.corpus.split import parse_text
    from reportbot.index.answering.engine import Engine
    from reportbot.index.retrieval.passage_index import PassageIndex

    docs = [parse_text(DATED, "progress.txt"), parse_text(BULLETIN, "bulletin.txt")]
    return Engine(PassageIndex.build(docs, e5, tmp_path_factory.mktemp("dated") / "ix"), e5)


@pytest.mark.parametrize("question, date", [("qingchuan progress report date", "2026年10月9日"),
                                            ("青川工作进展情况报告日期", "2026年10月9日"),
                                            ("marlow season bulletin date", "4 May 2026"),
                                            ("date of the marlow season bulletin", "4 May 2026")])
def test_a_documents_date_named_as_a_noun_is_its_own_date(dated, question, date):
    assert dated.ask(question).answer == date


def test_a_date_noun_after_no_document_is_no_question_on_its_date():
    from reportbot.index.answering.issued import asks_issued
    from reportbot.index.retrieval.query import analyse

    assert not asks_issued(analyse("marlow club founding date"))
    assert not asks_issued(analyse("博爱家园验收日期"))
