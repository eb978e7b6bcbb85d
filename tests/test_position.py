"""A question that places what it asks at one end of a document is answered by the passage standing there
(retrieval/position.py): the closing paragraph for 结尾说…, not the body paragraph that shares its words."""
from __future__ import annotations

import numpy as np
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.position import end_first, named_end, prose_ends
from reportbot.index.retrieval.search import Searcher
from reportbot.testing.fakes import HashEmbedder


def test_the_end_a_question_names():
    assert named_end("报告结尾提出要建设什么平台") == "end"
    assert named_end("文末说明年要办几期培训") == "end"
    assert named_end("what does the report promise in the conclusion") == "end"
    assert named_end("文章开头说这一年是怎样的一年") == "start"
    assert named_end("what does the opening paragraph say about the year") == "start"
    assert named_end("电话号码以0571开头吗") is None  # what a number begins with, not where in the document
    assert named_end("最后一期培训是几号") is None  # the last session, not the last paragraph
    assert named_end("从开头到结尾一共几部分") is None  # both ends: neither


def test_a_documents_first_and_last_passages_of_prose():
    texts = ["青川市红十字会2025年工作总结", "这一年，全市新建救护站12个。", "明年将建成“智慧救护”平台。",
             "青川市红十字会 2026年1月5日", "Lakeside Rowing Club", "The club grew to 300 members."]
    ends = prose_ends(texts, [0, 0, 0, 0, 1, 1], [True, False, False, False, True, False])
    assert ends == {0: (1, 2), 1: (5, 5)}  # a sign-off and a header card are no prose


def test_the_named_end_of_the_best_passages_document_goes_first():
    ends = {0: (1, 2), 1: (5, 5)}
    rows, docs = np.array([1, 2, 5]), np.array([0, 0, 1])
    assert end_first("end", rows, docs, np.array([0.9, 0.6, 0.7]), ends) == 1
    assert end_first("start", rows, docs, np.array([0.6, 0.9, 0.7]), ends) == 0
    assert end_first("end", rows, docs, np.array([0.9, 0.6, 0.7]), {1: (5, 5)}) is None  # its document has none
    assert end_first(None, rows, docs, np.array([0.9, 0.6, 0.7]), ends) is None
    assert end_first("end", rows[:1], docs[:1], np.array([0.9]), ends) is None  # not a candidate


SUMMARY = """# 青川市红十字会2025年工作总结

## 一、救护培训

今年，青川市红十字会全面建成“数字博爱”平台，实现救护培训报名、证书查询线上办理，全年开展培训320场次。

## 二、人道救助

全年发放救助金186万元，惠及困难群众4200人次。

## 三、明年打算

新的一年，将建设“智慧救护”平台，推动救助申请全程线上办理。
"""


def test_a_question_about_the_documents_end_is_answered_from_its_closing_paragraph(tmp_path):
    doc = parse_text(SUMMARY, "qingchuan_summary.md")
    index = PassageIndex.build([doc], HashEmbedder(), tmp_path / "ix", second_opinion=None)
    searcher = Searcher(index, HashEmbedder())
    assert "智慧救护" in searcher.search("青川市红十字会总结结尾说要建设什么平台").top.paragraph.text
    assert "数字博爱" in searcher.search("青川市红十字会全面建成什么平台").top.paragraph.text  # no end named
