"""The words a table row shares with its table's other rows (its column headers) weigh less than its own (its label).

Every row of a table passage is read with its header (``西安市 — 普及培训（万人次）：26.3``), so a column's name or year
is in every row; how many of the other rows hold a word is worked out when the index is built and kept with its
postings, and the search weighs a word by it (``SearchTuning.table_shared``).
"""
from __future__ import annotations

import json

import numpy as np
from reportbot.corpus.document import Paragraph
from reportbot.index.library.service import QAService
from reportbot.index.retrieval.bm25 import BM25
from reportbot.index.retrieval.table_shares import table_shares, tables
from reportbot.index.retrieval.tokenize import tokenize

from tests.conftest import SEEDS

ROWS = ("西安市 — 普及培训（万人次）：26.3；新增AED（台）：760", "宝鸡市 — 普及培训（万人次）：9.8；新增AED（台）：210",
        "咸阳市 — 普及培训（万人次）：10.4；新增AED（台）：230")


def _para(n: int, sentences: tuple[str, ...], kind: str = "table", doc: str = "d1") -> Paragraph:
    return Paragraph(doc, n, " ".join(sentences), sentences, kind=kind)


def test_a_column_header_has_share_1_and_a_row_label_none():
    paras = [_para(1, ("各设区市主要数据",), "text"), _para(2, ("表3 各市数据", *ROWS))]
    by_para, by_sentence = table_shares(paras, tokenize)
    assert by_para[1]["培训"] == 1.0 and "西安" not in by_para[1]
    assert 1 not in by_sentence  # the caption line is no row
    assert by_sentence[2]["培训"] == 1.0 and "西安" not in by_sentence[2]
    assert 0 not in by_para and 0 not in by_sentence  # prose has no table


def test_a_table_cut_in_two_passages_is_one_table_and_a_table_of_other_headers_another():
    other = ("长春市 — 募集款物（万元）：8650", "吉林市 — 募集款物（万元）：4120")
    paras = [_para(1, ROWS[:2]), _para(2, ROWS[2:]), _para(3, other), _para(4, ROWS, doc="d2")]
    assert tables(paras) == [[0, 1], [2], [3]]
    by_para, by_sentence = table_shares(paras, tokenize)
    assert by_sentence[2]["培训"] == 1.0  # the one-row part shares its headers with the rows before it
    assert by_para[2]["募集"] == 1.0 and "培训" not in by_para[2]


def test_a_shared_word_counts_less_by_its_share_through_append_removal_and_saving(tmp_path):
    docs = [["培训", "西安"], ["培训", "宝鸡"], ["培训", "人次"]]
    bm = BM25.from_tokens(docs).with_shares({0: {"培训": 1.0}, 1: {"培训": 1.0}})
    full = bm.group_scores([{"培训": 1.0}])
    half = bm.group_scores([{"培训": 1.0}], shared=0.5)
    assert np.allclose(half[:2], full[:2] * 0.5) and half[2] == full[2]
    assert np.allclose(bm.group_scores_at([{"培训": 1.0}], np.array([0, 2]), shared=1.0), [0.0, full[2]])
    grown = bm.appended([["培训", "咸阳"]], {0: {"培训": 0.5}}).without(np.array([0]))
    bm.save(tmp_path / "k.npz")
    assert np.allclose(BM25.load(tmp_path / "k.npz").shares, bm.shares)
    scores = grown.group_scores([{"培训": 1.0}], shared=1.0)
    assert scores[0] == 0.0 and scores[1] > 0 and 0 < scores[2] < grown.group_scores([{"培训": 1.0}])[2]


DOC = """# 秦川县红十字会2024年工作总结

## 三、各乡镇主要数据

| 乡镇 | 普及培训（人次） | 新增AED（台） |
| --- | --- | --- |
| 城关镇 | 2600 | 18 |
| 杨柳镇 | 1400 | 9 |
| 南山镇 | 900 | 6 |
"""


def test_an_index_of_format_9_gets_its_tables_shares_on_start(library_with, e5):
    svc, _ = library_with("table_shares_upgrade", {"qinchuan.md": DOC.encode()})
    built, folder = svc.engine.index, svc.library.current_path()
    assert built.sent_bm25.shares is not None and built.sent_bm25.shares.max() == 1.0
    for name in ("paragraphs.bm25.npz", "sentences.bm25.npz"):  # format 9's postings had no shares
        old = BM25.load(folder / name)
        old.shares = None
        old.save(folder / name)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    (folder / "manifest.json").write_text(json.dumps(manifest | {"format_version": 9}), encoding="utf-8")

    again = QAService(svc.library.root, SEEDS, embedder=e5).engine.index
    assert again.manifest["upgraded_from"] == 9
    assert np.array_equal(again.sent_bm25.shares, built.sent_bm25.shares)
    assert np.array_equal(again.para_bm25.shares, built.para_bm25.shares)


NOTICE = """# 青溪大学红十字会关于举办2025年秋季急救员培训班的通知

各学院、各部门：

为提升师生自救互救能力，校红十字会定于2025年10月至12月举办秋季急救员培训班，共开设6批，每批限额40人。现将有关事项通知如下。

## 一、培训安排

| 批次 | 培训日期 | 培训地点 | 培训名额 |
| --- | --- | --- | --- |
| 第一批 | 10月11日—12日 | 主校区教学楼A101 | 40人 |
| 第二批 | 10月25日—26日 | 主校区教学楼A101 | 40人 |
| 第三批 | 11月8日—9日 | 东校区体育馆二楼 | 40人 |
| 第四批 | 11月22日—23日 | 东校区体育馆二楼 | 40人 |
| 第五批 | 12月6日—7日 | 主校区教学楼A101 | 40人 |
| 第六批 | 12月20日—21日 | 主校区教学楼A101 | 40人 |

## 二、报名方式

请于10月5日前登录校红十字会网站报名，额满即止。
"""


def test_words_every_row_of_a_table_repeats_do_not_put_it_before_the_paragraph_that_says_it(library_with):
    # 批 (第一批, 第二批, …), 培训 and 名额 are in all six rows: the table matched the question six times over
    svc, _ = library_with("table_shares_notice", {"notice.md": NOTICE.encode()})
    answer = svc.ask("秋季培训每批名额多少人")
    first = answer.hits[0].paragraph
    assert first.kind == "text" and "每批限额40人" in first.text
    assert not answer.abstained and "40" in answer.answer
