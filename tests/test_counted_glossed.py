"""A Chinese count or amount question answered by an English figure that counts another thing is refused
(index/answering/counted_glossed.py); its twin, counting what the sentence names, is still answered. Made-up
documents only."""
from __future__ import annotations

from reportbot.index.answering.answer_checks import counts_asked
from reportbot.index.answering.counted_glossed import counted_glossed
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse

REPORT = b"""# Kestrel Bay Rowing Club Annual Report 2031

## Club figures

2031 \xe2\x80\x94 Registered members: 412; Coaching hours: 1,950; Regattas entered: 9

## Boats

The club keeps 14 racing shells and 3 coaching launches at the Kestrel Bay boathouse.
"""

ROW = "2031 \u2014 Registered members: 412; Coaching hours: 1,950; Regattas entered: 9"


def _check(question: str, answer: str, sentence: str = ROW, context: str = "Club figures") -> float:
    at = sentence.find(answer)
    return counted_glossed(analyse(question), sentence, Span(answer, at, at + len(answer), "figure"), context)


def test_an_english_figure_that_names_no_form_of_the_counted_thing_fails():
    assert _check("Kestrel Bay划船俱乐部2031年有多少鲨鱼", "412") == 0.0
    assert _check("Kestrel Bay划船俱乐部2031年有多少会员", "412") == 1.0  # member: a sense of 会员
    assert _check("Kestrel Bay划船俱乐部2031年有多少名会员", "412") == 1.0


def test_what_is_not_read():
    # an English question, a Chinese sentence, a physical quantity and words without a figure are left alone
    assert _check("how many sharks did Kestrel Bay see in 2031", "412") == 1.0
    assert _check("Kestrel Bay划船俱乐部2031年有多少鲨鱼", "412", "2031年注册会员412名", "") == 1.0
    assert _check("赛艇重多少公斤", "95 kg", "A racing shell weighs 95 kg.", "") == 1.0
    assert _check("Kestrel Bay划船俱乐部有多少鲨鱼", "racing shells", "The club keeps racing shells.", "") == 1.0


SUMMARY = "2031 \u2014 Active volunteers: 1,240; Volunteer hours: 38,600; Beach patrols: 212; Rescues: 57"
BRIDGE = Bridge.build({"志愿者": 2.0, "巡逻": 2.0}, to_english={"志愿者": [("volunt", 1.0)], "巡逻": [("patrol", 1.0)]})


def _answers(question: str, answer: str) -> bool:
    """The engine's checks of an answer (``answer_checks.counts_asked``) over the made-up summary's row."""
    at = SUMMARY.find(answer)
    return counts_asked(analyse(question, BRIDGE), SUMMARY, Span(answer, at, at + len(answer), "figure"),
                        lambda: "Kestrel Bay Lifeguards Annual Summary 2031 Figures by year", lambda s: False,
                        lambda s: False)


def test_a_figure_of_another_thing_in_an_english_row_does_not_answer_a_chinese_count():
    assert not _answers("Kestrel Bay志愿者2031年做了多少次心理辅导", "1,240")  # the row counts volunteers
    assert _answers("Kestrel Bay 2031年有多少志愿者", "1,240")
    assert _answers("Kestrel Bay 2031年巡逻了多少次", "212")
