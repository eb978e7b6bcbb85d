"""A passage not in the question's language is read more by its whole paragraph than by its best line
(``SearchTuning.cross_sentence_share``, fitted by tools/fit_cross_sentence.py): across languages one line's e5 cosine is
a noisier reading, and a line that echoes the question drew it to a passage that does not answer."""
from __future__ import annotations

import dataclasses
import json
from importlib import resources

import numpy as np
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.hits import Candidates
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.search import Searcher
from reportbot.index.retrieval.tuning import DEFAULT
from reportbot.testing.fakes import HashEmbedder

NOTICE = """# 青川社区急救设备说明

AED training volunteers checked where：社区一楼大厅配置AED两台，由志愿者volunteers checked，每月检查电池和电极片。

社区卫生站负责组织全体居民的应急救护普及培训和复训考核工作。AED training volunteers where is the AED checked。\
报名请联系居委会办公室，名额有限，额满即止，逾期不再受理，具体安排另行通知各楼栋长。\
培训结束后由区红十字会统一组织理论和操作考核，合格者颁发救护员证书，证书有效期三年。\
复训每两年组织一次，每次不少于八学时，未按期复训的证书自动失效。
"""


def _dense(tmp_path, question: str, lang: str, share: float) -> np.ndarray:
    index = PassageIndex.build([parse_text(NOTICE, "qingchuan_aed.md")], HashEmbedder(), tmp_path / "ix",
                               second_opinion=None)
    searcher = Searcher(index, HashEmbedder(), dataclasses.replace(DEFAULT, cross_sentence_share=share))
    rows = np.arange(len(index.paragraphs))
    dense, _ = searcher.dense(Candidates.of(index, rows), HashEmbedder().encode_queries([question])[0], lang)
    return dense


def test_an_english_question_draws_the_chinese_paragraph_that_matches_whole_not_one_echoing_line(tmp_path):
    question = "AED training volunteers where is the AED checked"
    shipped = _dense(tmp_path / "a", question, "en", DEFAULT.cross_sentence_share)
    assert int(np.argmax(shipped)) == 1  # the paragraph about where the AEDs are, as a whole
    as_prose = _dense(tmp_path / "b", question, "en", DEFAULT.sentence_share)
    assert int(np.argmax(as_prose)) == 2  # read as a same-language passage, its one echoing line won


def test_a_question_in_the_passages_language_is_scored_as_before(tmp_path):
    question = "一楼大厅的AED多久检查一次"
    assert np.allclose(_dense(tmp_path / "a", question, "zh", DEFAULT.cross_sentence_share),
                       _dense(tmp_path / "b", question, "zh", 0.0))


def test_the_share_in_use_is_the_fitted_one_with_its_held_out_figures():
    fit = json.loads((resources.files("reportbot.index.retrieval") / "fitted" / "cross_sentence.json").read_text())
    assert fit["cross_sentence_share"] == DEFAULT.cross_sentence_share < DEFAULT.sentence_share
    assert fit["share"]["adopted"] and fit["share"]["leave_one_set_out"]
    assert {"rule", "date", "commit"} <= fit.keys()
