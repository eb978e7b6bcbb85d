"""第几号 asks a number in a series (a decree's, a notice's), not a date; a version (3.0版) counts nothing (issue 14).
Made-up sentences in the documents' style."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def test_which_number_of_a_decree_is_its_number_not_its_date():
    q = analyse("宁海救护办法是第几号政府令")
    assert q.kind != "when"
    sentence = "（2025年6月3日宁海县人民政府第12次常务会议审议通过，宁海县人民政府令第87号公布，自2025年9月1日起施行）"
    assert "87" in extract(q, sentence).text
    assert analyse("报名截止是几号").kind == "when"  # a day of the month still


def test_a_version_is_no_count():
    sentence = "“智慧红会”2.0版正式上线，17个涉民事项同步上线。"
    assert extract(analyse("智慧红会上线了多少"), sentence).text.startswith("17")  # not the version beside the name


def test_a_version_asked_is_answered_with_the_version():
    sentence = "“智慧红会”2.0版正式上线，17个涉民事项同步上线。"
    assert extract(analyse("智慧红会现在是几点零版"), sentence).text.startswith("2.0")


def test_publishing_or_copyright_asks_no_version():
    sentence = "家庭护理读本2.1版于今年出版，全书收录护理技能36项。"
    assert extract(analyse("家庭护理读本出版时一共收录了多少"), sentence).text.startswith("36")  # 出版 is no 版
    assert extract(analyse("家庭护理读本第几版"), sentence).text.startswith("2.1")
