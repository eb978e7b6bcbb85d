"""A figure after a sentence's opening time (2031年1月至10月，全县共采集血液…，较2030年同期增加…) is that time's, and
does not answer a question on the year it is compared with (index/answering/own_year.py). Made-up documents and
questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.own_year import opening_year, own_year_kept
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.context import question_constraints

APPEAL = """临江县中心血站冬季献血倡议书

临江县中心血站　2031年11月5日

冬季气温降低，献血人数普遍减少，县内血液库存偏紧。

2031年1月至10月，全县共采集血液约3.2万袋，较2030年同期增加5%；新登记献血者约4,100人。

欢迎市民到县城献血屋或流动献血车献血。
""".encode()


@pytest.fixture(scope="module")
def appeal(library_with):
    return library_with("openingyear", {"linjiang_blood_appeal_2031.txt": APPEAL})


def test_the_year_compared_with_is_refused(appeal):
    service, _ = appeal
    out = answer_json(service.ask("临江县2030年一共采集到几袋血液"))
    assert out["abstained"], out["answer"]


def test_the_opening_year_is_answered(appeal):
    service, _ = appeal
    out = answer_json(service.ask("临江县2031年一共采集到几袋血液"))
    assert not out["abstained"] and "3.2万袋" in out["answer"], out["answer"]


def _kept(question: str, sentence: str, answer: str) -> bool:
    at = sentence.index(answer)
    return own_year_kept(question_constraints(question, (), frozenset()), question, sentence,
                         Span(answer, at, at + len(answer), "figure"))


def test_a_sentences_opening_time():
    sentence = "2031年1月至10月，全县共采集血液约3.2万袋，较2030年同期增加5%。"
    assert opening_year(sentence, sentence.index("全县")) == "2031"
    assert opening_year("2031年上半年，全县新建瞭望塔6座。", 12) == "2031"
    assert opening_year("2029年至2031年，全县新建瞭望塔70座。", 12) is None  # a range: no one year
    assert opening_year("为落实2031年计划，全县新建瞭望塔6座。", 12) is None  # not only a time
    assert opening_year("2031年新建瞭望塔6座。", 0) is None  # the answer's own clause: read by clause_year
    assert not _kept("2030年采集血液多少袋", sentence, "3.2万袋")
    assert _kept("2031年采集血液多少袋", sentence, "3.2万袋")
