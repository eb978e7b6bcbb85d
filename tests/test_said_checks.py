"""The answer checks read a date, a label, a role, a venue and a counted noun by their shape, not by any numeral or
any capital (label_figure.py, time_said.py, near.py, signals.py, counted_said.py). Made-up sentences only."""
from __future__ import annotations

from reportbot.index.answering.counted_said import heads_counted
from reportbot.index.answering.label_figure import label_checked
from reportbot.index.answering.near import role_placed
from reportbot.index.answering.spans import Span
from reportbot.index.answering.time_said import time_said
from reportbot.index.answering.typed import typed_ok
from reportbot.index.answering.venue import venue_end
from reportbot.index.retrieval.query import analyse


def span_of(sentence: str, text: str, source: str = "count") -> Span:
    start = sentence.index(text)
    return Span(text, start, start + len(text), source)


def test_a_place_with_a_numeral_or_a_word_like_a_month_is_no_time():
    q = analyse("义诊活动什么时候举行")
    hall = "义诊活动在社区服务中心一楼大厅举行。"
    assert time_said(q, hall, span_of(hall, "一楼大厅")) == 0.0
    desk = "报名请到前台登记。"
    assert time_said(q, desk, span_of(desk, "前台")) == 0.0
    when = "义诊活动于开学前举行。"
    assert time_said(q, when, span_of(when, "开学前")) == 1.0
    en = analyse("when is the safety talk held")
    marine = "The safety talk is held at the Marine Centre."
    assert time_said(en, marine, span_of(marine, "Marine Centre")) == 0.0
    dated = "The safety talk is held every March."
    assert time_said(en, dated, span_of(dated, "every March")) == 1.0


def test_a_count_in_a_heading_or_in_chinese_is_no_label():
    q = analyse("how many branches does the society have")
    figures = "Key Figures: 12 Branches, 340 Volunteers"
    assert label_checked(q, figures, span_of(figures, "12")) == 1.0
    heading = "Volunteers 340 across the district."
    assert label_checked(analyse("how many volunteers are registered"), heading, span_of(heading, "340")) == 1.0
    zh = "注册志愿者：2000"
    assert label_checked(analyse("注册志愿者有多少"), zh, span_of(zh, "2000")) == 1.0
    assert label_checked(analyse("how many volunteers are registered"), zh, span_of(zh, "2000")) == 1.0
    counted = "The club had 2000 members at the end of the year."
    assert label_checked(analyse("how many members does the club have"), counted, span_of(counted, "2000")) == 1.0
    gallery = "Gallery 2 – Lifeboats: three restored boats and a launching slipway."
    assert label_checked(analyse("how many boats are shown"), gallery, span_of(gallery, "2")) == 0.0
    opened = "2019 was the club's first year in the new hall."
    assert label_checked(analyse("how many halls does the club have"), opened, span_of(opened, "2019")) == 0.0
    dated = "The club opened its second hall in 2019."
    assert label_checked(analyse("how many halls does the club have"), dated, span_of(dated, "2019")) == 0.0


def test_a_country_or_everyone_is_no_role_asked_by_name():
    line = "红十字运动发源于瑞士日内瓦。"
    at = line.index("瑞士")
    assert role_placed(analyse("红十字运动发源的国家叫什么"), line, at, at + 2) == 1.0
    team = "丽水红十字山地救援队全年执行搜救任务41次，队长王建国获评“最美救援人”。"
    where = team.index("全年执行搜救任务41次")
    assert role_placed(analyse("丽水山地救援队队长叫啥"), team, where, where + 10) == 0.0


def test_a_direction_ends_a_place_only_after_one():
    for place in ("九龙东", "城东", "沙田西", "展覽館", "禮堂二樓", "會展廣場", "中環大廈", "社区活动中心"):
        assert venue_end(place), place
    for thing in ("买东西", "那个东西", "往东"):
        assert not venue_end(thing), thing
    q = analyse("义卖活动在哪里举行")
    line = "义卖活动的收入用来买东西。"
    assert typed_ok(q, span_of(line, "买东西", "slot"), sentence=line) < 1.0


def test_a_quota_is_not_a_count_of_heads():
    line = "服务队全年出勤1200人次，明年计划招募新队员。"
    turnouts = span_of(line, "1200人次")
    assert heads_counted(analyse("服务队有多少名队员"), line, turnouts) == 0.0
    assert heads_counted(analyse("服务队明年招募多少名额"), line, turnouts) == 1.0
