"""A Chinese count or amount question answered by an English figure that counts another thing is refused
(index/answering/counted_glossed.py); its twin, counting what the sentence names, is still answered. Made-up
documents only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.counted_glossed import counted_glossed
from reportbot.index.answering.spans import Span
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


@pytest.fixture(scope="module")
def kestrel(library_with):
    service, _ = library_with("counted-glossed", {"kestrel_bay_2031.md": REPORT})
    return service


def test_a_count_of_a_thing_the_row_never_names_is_refused_and_its_twin_answered(kestrel):
    near = answer_json(kestrel.ask("Kestrel Bay划船俱乐部2031年看到多少次鲨鱼"))
    assert near["abstained"] and near["answer"] == ""
    twin = answer_json(kestrel.ask("Kestrel Bay划船俱乐部2031年有多少会员"))
    assert not twin["abstained"] and "412" in twin["answer"]
