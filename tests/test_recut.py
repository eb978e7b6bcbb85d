"""A colloquial Chinese question's words the documents never write, cut again along their words (retrieval/recut.py),
and a name made of number characters left a name."""
from __future__ import annotations

from reportbot.corpus.split import parse_text
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.query import analyse, chinese_to_int
from reportbot.index.retrieval.recut import overlapping_word, recut_groups
from reportbot.index.retrieval.tokenize import tokenize_spans
from reportbot.testing.fakes import HashEmbedder

KNOWN = {"三办", "守住", "老人", "看望", "社区"}


def test_the_longest_document_word_across_the_cut_is_found():
    # jieba's cut 三 / 办联: the documents write 三办, which the same characters spell
    text = "市三办联合发的通知"
    assert overlapping_word(text, 2, 4, KNOWN) == "三办"
    assert overlapping_word(text, 6, 8, KNOWN) is None  # nothing overlaps 通知
    assert overlapping_word("守住底线", 0, 2, KNOWN) is None  # a word the documents write is its own word


def test_an_unknown_word_gets_the_overlapping_word_weaker_and_a_known_word_is_left_alone():
    text = "要守住什么"
    spans = [(0, 2, {"要守": 1.0}), (2, 3, {"住": 1.0})]
    groups = recut_groups(text, spans, [g for _, _, g in spans], KNOWN.__contains__, 0.8)
    assert groups[0] == {"要守": 1.0, "守住": 0.8}
    assert groups[1] == {"住": 1.0}  # 住 alone is unknown, but 守住 is taken already: one concept, counted once


def test_units_must_fall_and_follow_a_digit_for_a_chinese_numeral():
    assert chinese_to_int("一百二十三") == 123 and chinese_to_int("十二") == 12 and chinese_to_int("两千") == 2000
    assert chinese_to_int("千百") is None and chinese_to_int("百千") is None and chinese_to_int("十百") is None
    q = analyse("「千百万」工程搞到第几期")
    assert any("千百万" in g for g in q.groups)  # the quoted name, not 1100 and 万


NOTICE = """城东街道工作简报

一、通知

街道“三办”联合印发《关于做好独居老人冬季看望工作的通知》，要求各社区每周上门一次。

二、活动

社区组织志愿者开展垃圾分类宣传活动120场，发放宣传册3000份。

三、培训

街道举办网格员培训班4期，培训网格员260人次。
"""


def test_a_colloquial_question_finds_the_paragraph_through_its_recut_words(tmp_path):
    from reportbot.index.retrieval.search import Searcher

    doc = parse_text(NOTICE, "notice.txt")
    emb = HashEmbedder()
    searcher = Searcher(PassageIndex.build([doc], emb, tmp_path / "ix"), emb)
    question = "三办发的文件叫啥"
    assert [t for _, _, g in tokenize_spans(question) for t in g if t == "三办"] == []  # jieba cuts across it
    q = searcher.analyse(question)
    assert any("三办" in g for g in q.groups)
    top = searcher.search(question, k=3).top
    assert top is not None and "独居老人" in top.paragraph.text
    # the keyword side found the question's words there: coverage, which refusal reads, is not nil
    assert top.keyword > 0 and top.coverage > 0


def test_a_word_holding_a_question_word_is_what_is_asked_and_is_left_alone():
    from reportbot.index.retrieval.query import QUESTION_WORD_ZH

    # 几支 ("how many", with its measure word): 支队, which its characters spell across the cut, is no reading of it
    text = "几支队伍"
    spans = [(0, 2, {"几支": 1.0})]
    assert recut_groups(text, spans, [{"几支": 1.0}], lambda t: t == "支队", 0.8) == [{"几支": 1.0, "支队": 0.8}]
    groups = recut_groups(text, spans, [{"几支": 1.0}], lambda t: t == "支队", 0.8, asks=QUESTION_WORD_ZH)
    assert groups == [{"几支": 1.0}]


def test_a_word_with_its_alternatives_in_brackets_is_also_the_word_a_question_types():
    from reportbot.index.retrieval.tokenize import bracketed_alternatives, tokenize

    assert bracketed_alternatives("全市12个县（市、区）和各乡镇（街道、社区）") == ["县市区", "乡镇街道社区"]
    assert bracketed_alternatives("一核（党建引领）两翼（规范化、专业化）") == []  # not alternatives of the word before
    assert "县市区" in tokenize("推动全市12个县（市、区）建立志愿服务站")


REVIEW = """某市红十字工作综述

一、组织

推动全市12个县（市、区）红十字会全部建立理事会，实现应建尽建。

二、服务

全市建成红十字服务站30个，县级救护培训基地5个，服务群众2万人次。
"""


def test_a_question_typing_the_bracketed_word_whole_finds_its_paragraph(tmp_path):
    from reportbot.index.retrieval.search import Searcher

    doc = parse_text(REVIEW, "review.txt")
    emb = HashEmbedder()
    searcher = Searcher(PassageIndex.build([doc], emb, tmp_path / "ix"), emb)
    top = searcher.search("多少个县市区红会建了理事会", k=3).top
    assert top is not None and "12个县" in top.paragraph.text
    assert top.coverage > 0.5  # 县市区 is found there, not only 理事会
