"""第几号 asks a number in a series (a decree's, a notice's), not a date; a version (3.0版) counts nothing (issue 14).
Made-up sentences in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_which_number_of_a_decree_is_its_number_not_its_date():
    q = analyse("海曙急救条例是第几号区长令")
    assert q.kind != "when"
    sentence = "（2026年4月8日海曙区第5次区长办公会议审议通过，海曙区区长令第87号公布，自2026年7月1日起施行）"
    assert "87" in extract(q, sentence).text
    assert analyse("夏令营登记最晚几号").kind == "when"  # a day of the month still


def test_a_version_is_no_count():
    sentence = "“掌上红会”2.0版正式开通，17项便民服务同步开通。"
    assert extract(analyse("掌上红会总共开通多少"), sentence).text.startswith("17")  # not the version beside the name


def test_a_version_asked_is_answered_with_the_version():
    sentence = "“掌上红会”2.0版正式开通，17项便民服务同步开通。"
    assert extract(analyse("掌上红会更新到几点几版"), sentence).text.startswith("2.0")


def test_publishing_or_copyright_asks_no_version():
    sentence = "家庭护理读本2.1版于今年出版，全书收录护理技能36项。"
    assert extract(analyse("家庭护理读本出版那年共收技能几项"), sentence).text.startswith("36")  # 出版 is no 版
    assert extract(analyse("家庭护理读本出到第几版"), sentence).text.startswith("2.1")
