"""Figures that count nothing never answer a count. A list item's label at the start of a stored line ("1.队员…",
"2) Bring …") numbers the item (a PDF keeps its numbered lines as they were printed, label and all); a clock time's
hour (上午9时) tells a time of day."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def test_a_chinese_item_label_is_no_count():
    plan = "1.队伍规模扩大到310名，党员比例不低于40%；"
    assert "310" in ask("队伍规模要扩大到多少人", plan)
    assert "310" in ask("队伍2026年想扩到几多个队员", plan)
    assert "5" in ask("每组几个人", "（2）每组5人，轮流值守；")


def test_an_english_step_label_is_no_count():
    step = "2) Bring 3 forms of ID to the front desk."
    assert ask("How many forms of ID should I bring?", step).startswith("3")


def test_an_english_item_label_alone_is_no_count():
    assert ask("How many volunteers staff the desk?", "3. Volunteers staff the desk every morning.") != "3"


def test_a_decimal_at_a_line_start_is_still_a_figure():
    assert "1.5万" in ask("培训了多少人", "1.5万人次参加了培训。")


EVENT = "冬季派发活动将于12月5日（星期六）上午9时至下午1时在中山公园举行，预计派发温暖礼包800份，每份价值约200元。"


def test_a_clock_time_is_no_count():
    assert ask("how many gift bags are given out", EVENT) == "800份"
    assert ask("冬季派发几多份礼包", EVENT) == "800份"
    assert "9" in ask("上午几点开始派发", "派发活动上午9时开始，下午1时结束。")


def test_a_duration_in_hours_and_minutes_is_still_a_count():
    assert ask("演练用了几个小时", "演练共用时3时30分。").startswith("3")


MAILED = "各单位于6月3日前将报名表报送市红十字会，电子版发送至邮箱jxhszh@163.com，共收到报名表48份。"


def test_a_figure_of_an_e_mail_or_web_address_is_no_count():
    assert "163" not in ask("jiaxing red cross phone number for the contest", MAILED)
    assert ask("收到多少份报名表", MAILED) == "48份"
    assert "2025" not in ask("how many pages does the site list", "See www.example.org/2025/list for all 12 pages.")
