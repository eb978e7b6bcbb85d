"""A contraction the documents never write (年报, 意外险) finds the full form they do write (年度报告, 意外保险)."""
from __future__ import annotations

from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.abbrev import Contractions
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.testing.fakes import HashEmbedder

VOCABULARY = ["年度报告", "年度", "报告", "意外保险", "意外", "保险", "公司", "捐赠", "年终总结报告"]


def test_a_contraction_is_read_as_the_documents_longer_word_in_the_same_order():
    c = Contractions(VOCABULARY)
    assert c.full_forms("年报") == ["年度报告", "年终总结报告"]
    assert c.full_forms("意外险") == ["意外保险"]
    assert c.full_forms("报年") == []  # the characters out of order
    assert c.full_forms("险意") == []  # the first character must open the full form
    assert c.full_forms("年度") == []  # a word the documents write is its own word
    assert c.full_forms("年") == [] and c.full_forms("aed") == []


def test_a_contraction_with_many_readings_is_left_alone():
    c = Contractions(VOCABULARY, most=1)
    assert c.full_forms("年报") == []
    assert c.full_forms("意外险") == ["意外保险"]


def test_the_full_forms_join_the_words_group_weaker_and_share_its_weight():
    c = Contractions(VOCABULARY, weight=0.8)
    (group,) = c.widen([{"意外险": 1.0, "意外": 0.6}])
    assert group == {"意外险": 1.0, "意外": 0.6, "意外保险": 0.8}
    (group,) = c.widen([{"年报": 1.0}])
    assert group["年度报告"] == group["年终总结报告"] == round(0.8 / 2 ** 0.5, 4)
    assert c.widen([{"公司": 1.0}]) == ({"公司": 1.0},)


REPORT = """星河电子股份有限公司2023年年度报告

一、社会责任

2023年公司向社区和学校捐赠AED 50台，并组织员工参加应急救护培训。
"""
MANUAL = """社区急救设备使用手册

一、AED

打开AED电源后按语音提示操作，AED会自动分析心律。

二、检查

AED应每月检查一次，AED电池和电极片过期要及时更换。
"""


def test_a_question_that_names_the_annual_report_by_its_contraction_finds_it(tmp_path):
    from reportbot.index.retrieval.search import Searcher

    docs = [parse_text(REPORT, "annual.txt"), parse_text(MANUAL, "manual.txt")]
    emb = HashEmbedder()
    index = PassageIndex.build(docs, emb, tmp_path / "ix")
    searcher = Searcher(index, emb)
    q = searcher.analyse("年报里公司一共捐赠几台AED")
    assert any("年度报告" in g for g in q.groups)
    top = searcher.search("年报里公司一共捐赠几台AED", k=3).top
    assert top is not None and top.paragraph.doc_id == docs[0].doc_id and "50台" in top.paragraph.text
