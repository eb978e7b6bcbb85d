"""Short answers from the right sentence: a duration of minutes and seconds is one answer (made-up sentences)."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

_CIRCLE = ("在滨江区试点基础上，宁波市将“黄金4分钟”急救圈建设纳入实事项目，建成示范点120个，"
           "平均响应时间缩短至4分30秒。")


def test_seconds_after_minutes_are_given_with_the_minutes():
    # the question's own 4 names the minutes of 4分30秒: the seconds chosen are given with their minutes
    assert extract(analyse("average response time in ningbo's golden 4 min circle"), _CIRCLE).text == "4分30秒"


def test_seconds_alone_stay_alone():
    sentence = "救护车到达现场平均用时50秒，较上年缩短12秒。"
    assert extract(analyse("救护车到达现场平均用时多少"), sentence).text == "50秒"


_INTERVALS = "单采血小板捐献后，须相隔最少4星期方可再捐；全血捐献后须相隔最少12星期方可再捐。"


def test_a_figure_of_weeks_keeps_its_unit():
    assert extract(analyse("成分献血后要隔多久才能再献"), _INTERVALS).text == "4星期"
    assert extract(analyse("全血捐献后要隔多久"), _INTERVALS).text == "12星期"
