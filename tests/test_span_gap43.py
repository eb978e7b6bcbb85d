"""Short answers read off a line whose fields are parted by a kept full-width gap (round 43)."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse

# made up: a drill report's line of honours, a post and a name and the honour parted by full-width gaps, as the
# document writes them (normalize keeps a gap between two Chinese fields)
HONOURS = "表现突出人员共8名，其中救生队队长　陈明德　记嘉奖一次。"


def test_a_name_asked_after_a_post_is_the_field_after_the_gap_not_the_honour_after_it():
    span = extract(analyse("救生队队长叫什么名"), HONOURS)
    assert span.text == "陈明德" and HONOURS[span.start:span.end] == "陈明德"


def test_only_a_slot_is_cut_at_a_gap():
    from reportbot.index.answering.spans import one_field

    listed = Span("会长　张文雄", 0, 6, "list")
    assert one_field(listed) is listed
    assert one_field(Span("陈明德", 3, 6, "slot")) == Span("陈明德", 3, 6, "slot")
