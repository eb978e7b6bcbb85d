"""A question on last year (去年) is read against the evidence's document's own date
(index/answering/last_year.py). Made-up documents and questions."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.last_year import last_year_kept, year_before
from reportbot.index.answering.spans import Span

NOTICE = """青石县红十字会关于开展2031年“防溺水宣传周”活动的通知

各乡镇红十字会：
2031年7月1日至7日为第9个“防溺水宣传周”，今年的宣传口号为“远离野泳，平安一夏”。请各单位认真组织。

青石县红十字会
2031年6月20日
""".encode()

REPORT = """白沙镇救护站2030年度服务报告

一、全年服务
全年巡护水域186次，劝离野泳人员1,204人次。

白沙镇救护站
2031年1月12日
""".encode()


@pytest.fixture(scope="module")
def documents(library_with):
    return library_with("lastyear", {"qingshi_notice.txt": NOTICE, "baisha_report.txt": REPORT})


def test_last_year_asked_of_this_years_notice_is_refused(documents):
    service, _ = documents
    out = answer_json(service.ask("青石县去年防溺水宣传周的口号是什么"))
    assert out["abstained"], out["answer"]


def test_this_year_asked_of_the_notice_is_answered(documents):
    service, _ = documents
    out = answer_json(service.ask("青石县防溺水宣传周的口号是什么"))
    assert not out["abstained"] and "远离野泳" in out["answer"], out["answer"]


def test_last_year_asked_of_a_report_dated_the_next_year_is_answered(documents):
    service, _ = documents
    out = answer_json(service.ask("白沙镇救护站去年劝离野泳多少人次"))
    assert not out["abstained"] and "1,204" in out["answer"], out["answer"]


def _span(sentence: str, text: str) -> Span:
    return Span(text, sentence.index(text), sentence.index(text) + len(text), "clause")


def test_the_year_before_a_date():
    assert year_before("2031年6月20日")[0].forms == ("2030",)
    assert "119年" in year_before("民国120年2月3日")[0].forms
    assert year_before(None) == () and year_before("6月20日") == ()
    sentence = "今年的宣传口号为“远离野泳，平安一夏”。"
    span = _span(sentence, "“远离野泳，平安一夏”")
    assert not last_year_kept((), "去年的口号是什么", sentence, span, "2031年防溺水宣传周通知", "", "2031年6月20日")
    assert last_year_kept((), "去年的口号是什么", sentence, span, "", "", None)  # no date: not read
    assert last_year_kept((), "口号是什么", sentence, span, "", "", "2031年6月20日")  # no last year asked
    own = "去年的宣传口号为“戏水有度”。"
    assert last_year_kept((), "去年的口号是什么", own, _span(own, "“戏水有度”"), "", "", "2031年6月20日")
    english = "Last summer 14% of patrols were cut short."
    assert last_year_kept((), "去年提前收队的巡逻占几成", english, _span(english, "14%"), "", "", "2 May 2031")
