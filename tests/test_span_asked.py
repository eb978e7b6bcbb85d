"""A question on a span of years (这六年, 三大以来) is not answered by one year's figure from a document whose title
names that one year (index/answering/span_asked.py). Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.span_asked import asks_span, one_year_title, span_kept, writes_span
from reportbot.index.answering.spans import Span

YEARLY = """临江县护林协会2031年度工作进展通报

一、巡护培训
2031年，全县开展森林防火巡护培训4.2万人次，培训持证巡护员3,150人。

二、瞭望塔建设
全年新建瞭望塔12座，累计达到96座。
""".encode()

REVIEW = """守望青山——临江县护林协会“三大”以来工作综述

六年来，全县新建瞭望塔70座，建成护林站41个。
""".encode()


@pytest.fixture(scope="module")
def reports(library_with):
    return library_with("spanasked", {"linjiang_forest_2031_update.txt": YEARLY,
                                      "linjiang_forest_review.txt": REVIEW})


def test_a_span_of_years_asked_of_a_year_is_refused(reports):
    service, _ = reports
    out = answer_json(service.ask("临江县护林协会六年间持证巡护员培训了多少人"))
    assert out["abstained"], out["answer"]


def test_the_year_asked_of_the_year_is_answered(reports):
    service, _ = reports
    out = answer_json(service.ask("临江县2031年培训持证巡护员多少人"))
    assert not out["abstained"] and "3,150" in out["answer"], out["answer"]


def test_the_span_asked_of_the_review_is_answered(reports):
    service, _ = reports
    out = answer_json(service.ask("临江县护林协会三大以来新建了几座瞭望塔"))
    assert not out["abstained"] and "70" in out["answer"], out["answer"]


def _span(sentence: str, text: str) -> Span:
    return Span(text, sentence.index(text), sentence.index(text) + len(text), "figure")


def test_the_marks_of_a_span_and_of_one_year():
    assert asks_span("临江县这六年新建了几座塔") and asks_span("三大以來培訓咗幾多人") and asks_span("十年里办了几期")
    assert asks_span("临江县六年新建了几座塔")
    assert not asks_span("证书有效期几年") and not asks_span("2031年新建几座塔")
    assert not asks_span("三年行动方案要花多少钱") and not asks_span("五年前有几座塔")
    assert one_year_title("临江县护林协会2031年度工作进展通报") and one_year_title("民國120年度護林成果報告")
    assert one_year_title("临江县护林协会2031年1—10月工作进展")
    assert not one_year_title("临江县护林协会2026—2031年工作综述") and not one_year_title("“三大”以来工作综述")
    assert not one_year_title("2030-31年度年报") and not one_year_title("护林常见问题解答")
    assert writes_span("六年来，全县累计开展巡护培训23.6万人次") and writes_span("2026年至2031年共新建70座")
    assert not writes_span("2031年，全县新建瞭望塔12座，累计达到96座")
    line = "2031年，全县开展森林防火巡护培训4.2万人次。"
    assert not span_kept("这六年培训了多少人次", line, _span(line, "4.2万人次"), "临江县2031年度工作进展通报")
    assert span_kept("2031年培训了多少人次", line, _span(line, "4.2万人次"), "临江县2031年度工作进展通报")
    assert span_kept("这六年培训了多少人次", line, _span(line, "4.2万人次"), "临江县“三大”以来工作综述")
