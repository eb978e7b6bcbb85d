"""A question asking over a count of years (这五年, over the five years) is about the document that writes such a span
(a congress term's review: 五年来…), not the same organisation's yearly update (index/retrieval/year_counts.py)."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.retrieval.year_counts import asked_count, written_counts


def test_a_count_of_years_asked_over_is_read_and_a_duration_or_frequency_is_not():
    assert asked_count("甘肃五年里培训持证救护员多少人次") == 5
    assert asked_count("浙江七大以来这五年多少支救援队建了党支部") == 5
    assert asked_count("how much did the branch raise over the five years") == 5
    assert asked_count("first aid training in those 5 years") == 5
    assert asked_count("registered volunteers in the five year review") == 5
    assert asked_count("近十年累计捐献多少例") == 10
    assert asked_count("服务满五年可以拿什么奖") is None
    assert asked_count("每五年复训一次吗") is None
    assert asked_count("2025年培训多少人") is None


def test_a_document_writes_a_span_in_its_text_or_a_headings_years():
    assert written_counts(["五年来募集社会捐赠款物超3.8亿元"]) == {5}
    assert written_counts(["Over the five years we trained 9,000 people."]) == {5}
    assert written_counts(["主要指标"], ["表1 2017—2021年主要工作指标"]) == {5}
    assert written_counts(["连续五年获评先进", "服务满五年颁发奖章"]) == set()


REVIEW = ("# 博爱谱新篇——临江市红十字会“六大”以来工作综述\n\n## 一、政治建设\n\n坚持党的领导，完善制度建设。\n\n"
          "## 二、服务大局\n\n“救在身边”强主业。五年来募集社会捐赠款物超3.8亿元，投入使用3.52亿元，"
          "惠及困难群众150万人次。"
          "开展应急救护普及培训96万人次，培训持证救护员14.2万人次，实施公益项目236个，开展志愿服务1.2万场次。"
          "地震发生后，组织41支救援队参与抗震救灾，发放棉帐篷、棉被等救灾物资价值2870万元。\n").encode()

UPDATE = """# 临江市红十字会2025年度工作进展通报

2026年1月22日

## 一、“三救”主业

全市培训持证救护员5.6万人次。
""".encode()


@pytest.fixture(scope="module")
def review_library(library_with):
    return library_with("review", {"linjiang_review.md": REVIEW, "linjiang_2025_update.md": UPDATE})


def test_a_question_over_five_years_is_answered_by_the_review(review_library):
    service, ids = review_library
    out = answer_json(service.ask("临江五年里培训持证救护员多少人次"))
    assert out["passages"][0]["doc"] == ids["linjiang_review.md"]
    assert "14.2万" in out["answer"]


def test_a_question_naming_no_span_is_not_moved(review_library):
    service, ids = review_library
    out = answer_json(service.ask("临江2025年培训持证救护员多少人次"))
    assert out["passages"][0]["doc"] == ids["linjiang_2025_update.md"]
