"""With other documents beside the report, a title question that names no document is about the report: its card
answers, even when another document's passage says "title" (made-up documents and questions)."""
from __future__ import annotations

from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.testing.fakes import HashEmbedder

REPORT = """攀登新高峰——星海市登山协会五年工作综述

一、队伍建设

协会现有会员820名，新建登山分队6支。
"""
FAQ = """星海市登山志愿者常见问题

问题一：志愿者可以获得什么称号？

累计服务满300小时的志愿者授予“金牌向导”称号，满500小时授予“终身向导”称号。
"""


def test_a_title_question_naming_no_document_gets_the_reports_title(tmp_path):
    from reportbot.index.retrieval.search import Searcher

    docs = [parse_text(REPORT, "report.txt"), parse_text(FAQ, "faq.md")]
    emb = HashEmbedder()
    index = PassageIndex.build(docs, emb, tmp_path / "ix")
    searcher = Searcher(index, emb, primary=frozenset({docs[0].doc_id}))
    top = searcher.search("what is the title of this piece?", k=3).top
    assert top is not None and top.paragraph.is_header and top.paragraph.doc_id == docs[0].doc_id
    top = searcher.search("这篇文章的标题是什么", k=3).top
    assert top.paragraph.is_header and top.paragraph.doc_id == docs[0].doc_id
    # naming the other document keeps its card
    top = searcher.search("志愿者常见问题那篇的标题是什么", k=3).top
    assert top.paragraph.is_header and top.paragraph.doc_id == docs[1].doc_id
