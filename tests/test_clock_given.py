"""An hour asked is answered by an hour (index/answering/time_said.py ``clock_given``): a notice that dates a final
and never says when in the day it ends does not answer "几点结束" with the date; its twin asking the day is answered,
and so is the hour where the notice gives one. Made-up documents only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.spans import Span
from reportbot.index.answering.time_said import clock_given
from reportbot.index.retrieval.query import analyse

NOTICE = """# 青山区红十字会关于举办2025年应急救护技能竞赛的通知

## 竞赛安排
初赛于2025年5月20日上午9:00在青山区体育馆开始。决赛定于2025年6月12日在青山区红十字培训中心举行。
""".encode()


def _span(sentence: str, answer: str) -> Span:
    at = sentence.find(answer)
    return Span(answer, at, at + len(answer), "clause")


def test_a_date_alone_gives_no_hour():
    sentence = "决赛定于2025年6月12日在青山区红十字培训中心举行。"
    date = _span(sentence, "2025年6月12日")
    assert not clock_given(analyse("青山区竞赛决赛几点结束"), sentence, date)
    assert not clock_given(analyse("what time does the qingshan final end"), sentence, date)
    assert clock_given(analyse("青山区竞赛决赛哪天举行"), sentence, date)
    assert clock_given(analyse("这套系统要升级到几点零版"), sentence, date)  # a version asked, no hour
    assert clock_given(analyse("这套系统搞到几点几版本了"), sentence, date)
    timed = "初赛于2025年5月20日上午9:00在青山区体育馆开始。"
    assert clock_given(analyse("青山区竞赛初赛几点开始"), timed, _span(timed, "2025年5月20日上午9:00"))
    assert clock_given(analyse("what time does the qingshan first round start"), timed, _span(timed, "上午9:00"))


@pytest.fixture(scope="module")
def qingshan(library_with):
    service, _ = library_with("clock-given", {"qingshan_contest.md": NOTICE})
    return service


def test_an_hour_the_notice_does_not_give_is_refused_and_the_day_answered(qingshan):
    near = answer_json(qingshan.ask("青山区应急救护技能竞赛决赛几点结束"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(qingshan.ask("青山区应急救护技能竞赛决赛哪天举行"))
    assert not twin["abstained"] and "6月12日" in twin["answer"]
