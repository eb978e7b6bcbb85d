"""A range is answered whole: both ends, joined as the document writes them (issue 13: figures with units and
ranges in both directions). Made-up sentences in the documents' styles, none from the question sets."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.ranges import whole_range
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    return extract(analyse(question), sentence).text


def widened(question: str, sentence: str, text: str) -> str:
    at = sentence.index(text)
    return whole_range(analyse(question), sentence, Span(text, at, at + len(text), "figure")).text


def test_an_age_range_is_answered_with_both_ends():
    assert ask("报名年龄有什么要求", "报名者年龄为20周岁至60周岁，身体健康。") == "20周岁至60周岁"


def test_a_range_of_days_and_of_clock_times_is_one_answer():
    assert ask("复赛什么时候举行", "2. 复赛：2026年3月9日至3月12日，在市体育馆举行。") == "2026年3月9日至3月12日"
    assert widened("服务时间", "服务时间为8:30-17:00，周末休息。", "8:30") == "8:30-17:00"
    assert widened("when is it open", "Open 10am to 4pm on Sundays.", "10am") == "10am to 4pm"


def test_either_end_found_widens_to_the_range():
    s = "材料费约新台币300元至900元不等。"
    assert widened("材料费多少", s, "新台币300元") == "新台币300元至900元"
    assert widened("材料费多少", s, "900元") == "新台币300元至900元"
    assert widened("how long is the wait", "Expect a wait of 4 to 6 weeks.", "6 weeks") == "4 to 6 weeks"


def test_one_end_asked_keeps_one_end():
    assert widened("最大年龄是多少", "年龄为20周岁至60周岁。", "60周岁") == "60周岁"


def test_a_change_a_code_or_two_measures_is_no_range():
    assert widened("现在有几个", "服务站由4个增至9个。", "9个") == "9个"
    assert widened("new fee", "The board raised the fee from $20 to $35 a year.", "$35") == "$35"
    assert widened("电话", "咨询电话0571-86661234。", "0571") == "0571"
    assert widened("发布日期", "发布日期：2026-02-11", "2026") == "2026"
    assert widened("多少", "共3个-5名志愿者", "3个") == "3个"


def test_a_sum_and_a_count_are_no_range():
    # review-30: "£48,000 to 16 local groups" had been answered "£48,000 to 16"
    s = "Last year the fund granted £48,000 to 16 local groups."
    assert ask("How much was granted?", s) == "£48,000"
    assert widened("How much was granted?", s, "£48,000") == "£48,000"
    assert widened("how much is a ticket", "Tickets cost $5 to €10.", "$5") == "$5"  # two currencies
    assert widened("how much is a ticket", "Tickets cost £5 to £10.", "£5") == "£5 to £10"
    assert widened("how much is a ticket", "Tickets cost £5–10.", "£5") == "£5–10"
    assert widened("报名年龄", "年龄为18至55周岁。", "18") == "18至55周岁"  # a bare left end, the unit on the right
