"""Short answers from the right sentence: a duration of minutes and seconds is one answer (made-up sentences)."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

_RING = "滨江区推进“黄金4分钟”救护圈建设，全年新增急救点36个，救护员平均到场用时降至4分30秒。"


def test_seconds_after_minutes_are_given_with_the_minutes():
    # the question's own 4 names the minutes of 4分30秒: the seconds chosen are given with their minutes
    assert extract(analyse("binjiang 4 minute ring: mean time for first aiders to arrive"), _RING).text == "4分30秒"


def test_seconds_alone_stay_alone():
    sentence = "巡逻艇到达出事水域平均用时50秒，较上年缩短12秒。"
    assert extract(analyse("巡逻艇到达出事水域平均用时多少"), sentence).text == "50秒"


_REFRESHERS = "水上救生员结业后须隔8星期方可参加复训；潜水搜救员结业后须隔12星期方可参加复训。"


def test_a_figure_of_weeks_keeps_its_unit():
    assert extract(analyse("水上救生员结业后隔多久参加复训"), _REFRESHERS).text == "8星期"
