"""With a look-alike beside the report (another city's review in the same words), a question that names neither is
about the report, however closely the look-alike's table row matches; a question only the look-alike covers, or
one naming its city, is the look-alike's (made-up documents and questions)."""
from __future__ import annotations

from dataclasses import replace

from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.tuning import DEFAULT
from reportbot.testing.fakes import HashEmbedder

REPORT = """攀登新高峰——星海市登山协会五年工作综述

一、队伍建设

五年来，星海市登山协会坚持以服务会员为中心，不断加强队伍建设，推动全市新建登山分队6支，发展会员820名。
"""
LOOKALIKE = """# 月湖市登山协会工作总结

## 一、主要数据

| 指标 | 数量 |
|---|---|
| 登山分队 | 9支 |
| 会员 | 640名 |
| 攀岩馆 | 3个 |
"""


def _searcher(tmp_path, tuning):
    from reportbot.index.retrieval.search import Searcher

    docs = [parse_text(REPORT, "report.txt"), parse_text(LOOKALIKE, "yuehu.md")]
    emb = HashEmbedder()
    index = PassageIndex.build(docs, emb, tmp_path / "ix")
    return Searcher(index, emb, tuning, primary=frozenset({docs[0].doc_id})), docs


def test_a_question_the_report_covers_as_well_as_a_lookalike_is_the_reports(tmp_path):
    # only the prior for a question the report covers as well as any document: the other priors off
    searcher, docs = _searcher(tmp_path, replace(DEFAULT, primary_prior=0.0, primary_prior_named=0.0,
                                                 primary_prior_even=1.0))
    top = searcher.search("登山分队有几支", k=3).top
    assert top is not None and top.paragraph.doc_id == docs[0].doc_id and "6支" in top.paragraph.text
    # words only the look-alike writes, or its city named: the look-alike's
    top = searcher.search("攀岩馆有几个", k=3).top
    assert top is not None and top.paragraph.doc_id == docs[1].doc_id
    top = searcher.search("月湖市登山分队有几支", k=3).top
    assert top is not None and top.paragraph.doc_id == docs[1].doc_id


def test_without_that_prior_the_lookalikes_row_answers(tmp_path):
    searcher, docs = _searcher(tmp_path, replace(DEFAULT, primary_prior=0.0, primary_prior_named=0.0,
                                                 primary_prior_even=0.0))
    top = searcher.search("登山分队有几支", k=3).top
    assert top is not None and top.paragraph.doc_id == docs[1].doc_id  # what the prior is there to overturn


GUIDE = """# 徒步安全手册

## 饮水

每徒步四小时须携带两升饮用水，高温天气加倍。
"""


def _with_guide(tmp_path, share):
    from reportbot.index.retrieval.search import Searcher

    docs = [parse_text(REPORT, "report.txt"), parse_text(GUIDE, "hiking.md")]
    emb = HashEmbedder()
    index = PassageIndex.build(docs, emb, tmp_path / f"ix{share}")
    tuning = replace(DEFAULT, primary_prior=1.5, primary_prior_named=1.5, primary_prior_even=1.5,
                     primary_coverage_share=share)
    return Searcher(index, emb, tuning, primary=frozenset({docs[0].doc_id})), docs


def test_a_report_passage_that_says_none_of_the_questions_words_gets_no_prior(tmp_path):
    # the whole prior, whatever a passage says: the report's passage outranks the guide that answers
    searcher, docs = _with_guide(tmp_path, 0.0)
    top = searcher.search("徒步每四小时要带多少饮用水", k=3).top
    assert top is not None and top.paragraph.doc_id == docs[0].doc_id
    # the prior scaled by what each passage covers: the guide's passage, which says the words, answers
    searcher, docs = _with_guide(tmp_path, 1.0)
    top = searcher.search("徒步每四小时要带多少饮用水", k=3).top
    assert top is not None and top.paragraph.doc_id == docs[1].doc_id and "两升" in top.paragraph.text
    # a question the report covers is still the report's
    top = searcher.search("星海市登山协会发展会员多少名", k=3).top
    assert top is not None and top.paragraph.doc_id == docs[0].doc_id and "820" in top.paragraph.text


def test_the_share_of_the_prior_follows_coverage_over_the_best():
    import numpy as np
    from reportbot.index.retrieval.coverage import prior_share

    got = prior_share(np.array([0.8, 0.4, 0.0, np.nan], np.float32), 0.5)
    assert np.allclose(got, [1.0, 0.75, 0.5, 0.5])  # the best gets it whole; a passage covering nothing half
    assert prior_share(np.array([0.8, 0.0], np.float32), 0.0) == 1.0  # off: the prior whole for every passage
    assert prior_share(np.array([0.0, np.nan], np.float32), 0.5) == 1.0  # nothing covered anywhere: no signal
