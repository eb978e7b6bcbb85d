"""A Chinese count or amount question answered by an English figure that counts another thing: the refusal model's
``glossed`` signal (index/answering/counted_glossed.py) is 0, and the fitted model weighs it for answering; its twin,
counting what the sentence names, keeps 1. Made-up documents only."""
from __future__ import annotations

from reportbot.index.answering import refusal
from reportbot.index.answering.counted_glossed import counted_glossed
from reportbot.index.answering.signals import FEATURES
from reportbot.index.answering.spans import Span
from reportbot.index.answering.together import measure_together
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.query import analyse

ROW = "2031 \u2014 Registered members: 412; Coaching hours: 1,950; Regattas entered: 9"


def _check(question: str, answer: str, sentence: str = ROW, context: str = "Club figures") -> float:
    at = sentence.find(answer)
    return counted_glossed(analyse(question), sentence, Span(answer, at, at + len(answer), "figure"), context)


def test_an_english_figure_that_names_no_form_of_the_counted_thing_reads_0():
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


def _glossed(question: str, answer: str) -> float:
    """The signal as the engine measures it (``together.measure_together``) over the made-up summary's row."""
    at = SUMMARY.find(answer)
    return measure_together(analyse(question, BRIDGE), SUMMARY, Span(answer, at, at + len(answer), "figure"),
                            "Kestrel Bay Lifeguards Annual Summary 2031 Figures by year")["glossed"]


def test_the_signal_of_a_figure_of_another_thing_in_an_english_row():
    assert "glossed" in FEATURES
    assert _glossed("Kestrel Bay志愿者2031年做了多少次心理辅导", "1,240") == 0.0  # the row counts volunteers
    assert _glossed("Kestrel Bay 2031年有多少志愿者", "1,240") == 1.0
    assert _glossed("Kestrel Bay 2031年巡逻了多少次", "212") == 1.0


def test_the_fitted_model_weighs_the_signal_for_answering():
    model = refusal.load()
    assert "glossed" in model.features and model.weights[model.features.index("glossed")] > 0
