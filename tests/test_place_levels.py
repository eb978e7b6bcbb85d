"""A place a question names bare (吉林) is its document's province when the title says 吉林省: a passage that writes
the name only as a city's (吉林市, a row of the province's table of cities) does not answer for the province."""
from __future__ import annotations

import numpy as np
from reportbot.corpus.split import parse_text
from reportbot.index.retrieval import place_levels as pl
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.testing.fakes import HashEmbedder

PROVINCE = """吉林省红十字会2024年度工作报告

一、总体情况

全省全年募集社会捐赠款物2.38亿元。

二、各市情况

吉林市全年募集社会捐赠款物4120万元。

三、救护培训

全省开展应急救护普及培训19.2万人次。
"""
CITY = """温州市红十字会2024年度工作报告

一、总体情况

温州市全年募集捐赠款物5200万元。

二、救护培训

全年开展应急救护普及培训3.1万人次。
"""


def test_the_level_a_bare_place_is_asked_at_is_the_one_its_document_names():
    assert pl.asked_level("吉林", "吉林募集了多少", "吉林省红十字会2024年度工作报告") == "省"
    assert pl.asked_level("吉林", "吉林市募集了多少", "吉林省红十字会2024年度工作报告") == "市"
    assert pl.asked_level("温州", "温州募集了多少", "温州市红十字会2024年度工作报告") == "市"
    assert pl.asked_level("吉林", "吉林募集了多少", "吉林大学 吉林") is None  # no level said: nothing is held


def test_a_passage_writing_the_name_only_at_another_level_is_elsewhere():
    assert pl.elsewhere("吉林", "省", "吉林市募集捐赠款物4120万元")
    assert not pl.elsewhere("吉林", "省", "吉林省吉林市")  # it writes the province too
    assert not pl.elsewhere("温州", "市", "温州市全年募集捐赠款物5200万元")  # 温州 = 温州市
    assert not pl.elsewhere("吉林", None, "吉林市募集")


def test_the_question_without_its_place_drops_its_suffix_and_english_name():
    assert pl.without_place("吉林省2024年募集了多少", ("吉林", "jilin")) == "2024年募集了多少"
    assert pl.without_place("Jilin 2025 first aid training", ("吉林", "jilin")) == "2025 first aid training"


def test_the_lift_is_held_to_the_typical_lift_of_the_documents_other_passages():
    with_place = np.array([0.95, 0.90, 0.91, 0.80], np.float32)
    without = np.array([0.90, 0.89, 0.90, 0.70], np.float32)
    affected = np.array([True, False, False, False])
    plain = np.array([False, True, True, True])
    doc = np.array([0, 0, 0, 1])
    out = pl.held_lift(with_place, without, affected, plain, doc)
    assert np.isclose(out[0], 0.91) and np.allclose(out[1:], with_place[1:])  # document 1's lift counts not


def _search(tmp_path, question):
    from reportbot.index.retrieval.search import Searcher

    docs = [parse_text(PROVINCE, "jilin_2024.txt"), parse_text(CITY, "wenzhou_2024.txt")]
    emb = HashEmbedder()
    return Searcher(PassageIndex.build(docs, emb, tmp_path / "ix"), emb).search(question, k=3)


def test_a_province_question_is_answered_by_the_provinces_figure_not_its_namesake_citys(tmp_path):
    top = _search(tmp_path, "吉林全年募集了多少款物").top
    assert top is not None and "2.38亿元" in top.paragraph.text


def test_a_city_named_without_its_suffix_still_finds_its_own_report(tmp_path):
    top = _search(tmp_path, "温州全年募集了多少款物").top
    assert top is not None and "5200万元" in top.paragraph.text
