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
                                            ("石排湾救护队全年的出勤人次有多少", "412人次"),
                                            ("血小板隔多长时间可以捐", "two weeks")])
def test_a_chinese_question_is_not_answered_from_a_contact_line(library, question, said):
    # the search's first passage is the one that says it, not the review's contact line
    first = library.ask(question).hits[0].paragraph.text
    assert "2870" not in first and said in first, first
