"""A document's date named as a noun (set52). Made-up documents: other bodies, places and figures than any
question set's."""
from __future__ import annotations

import pytest

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
