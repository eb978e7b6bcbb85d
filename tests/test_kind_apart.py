"""An answer of another kind than the question asks is not typed, though it holds a figure: a clock time or a bare
figure for how long something lasts or is valid, a day of a month or a year opening a clause for how many
(index/answering/kind_apart.py, read by ``typed.typed_ok``). The kind asked still passes. Made-up passages only."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.index.answering.spans import Span
from reportbot.index.answering.typed import typed_ok
from reportbot.index.retrieval.query import analyse


def _span(text: str, source: str = "figure") -> Span:
    return Span(text, 0, len(text), source)


@pytest.mark.parametrize("question, wrong, right", [
    ("how long is the wilderness first aid certificate valid", "9:00 am - 5:00 pm", "three years"),
    ("how long is the rope rescue level 1 course at glenrock", "2", "2 days"),
    ("岩石救援课程要上多久", "9:00–17:00", "共16学时"),
    ("捐全血要隔幾耐先可以再捐", "90", "90天"),
])
def test_how_long_is_answered_by_a_length_of_time_not_a_clock_time_or_a_bare_figure(question, wrong, right):
    q = analyse(question)
    assert typed_ok(q, _span(wrong)) == 0.0
    assert typed_ok(q, _span(right)) == 1.0


def test_a_clock_time_beside_its_hours_still_answers_how_long():
    assert typed_ok(analyse("岩石救援课程要上多久"), _span("9:00–17:00，共8小时")) == 1.0


@pytest.mark.parametrize("question, wrong, right", [
    ("how many people died in the pine ridge flood", "3-5 March", "seven people"),
    ("松林镇洪灾一共转移了多少人", "2023年7月", "1,240人"),
    ("how many volunteers does the lakeview unit have", "2024 our", "86 volunteers"),
])
def test_how_many_is_answered_by_a_count_not_a_date(question, wrong, right):
    q = analyse(question)
    assert typed_ok(q, _span(wrong)) == 0.0
    assert typed_ok(q, _span(right)) == 1.0


def test_a_date_still_answers_when_and_days_still_answer_how_many_days():
    assert typed_ok(analyse("when are the pine ridge summer first aid classes"), _span("9:00 am - 5:00 pm")) == 1.0
    assert typed_ok(analyse("松林镇洪灾是哪几天"), _span("7月3日—5日")) == 1.0
    assert typed_ok(analyse("漏报的服务时长多少日内可以补录"), _span("30日")) == 1.0
    assert typed_ok(analyse("how many volunteers does the lakeview unit have"), _span("2,024")) == 1.0


GLENROCK = b"""# Glenrock Red Cross: first aid courses 2025

## Wilderness First Aid certificate
Wilderness First Aid certificate course: Saturday 14 June, 9:00 am - 5:00 pm, Glenrock training centre.
Fee: $120, including the course manual and a triangular bandage kit.
"""


@pytest.fixture(scope="module")
def glenrock(library_with):
    service, _ = library_with("kind-apart", {"glenrock_wfa.md": GLENROCK})
    return service


def test_how_long_a_certificate_is_valid_is_refused_when_the_notice_gives_only_class_hours(glenrock):
    near = answer_json(glenrock.ask("how long is the glenrock wilderness first aid certificate valid"))
    assert near["abstained"], near["answer"]
    twin = answer_json(glenrock.ask("what time do the glenrock wilderness first aid classes run"))
    assert not twin["abstained"] and "9:00" in twin["answer"]


@pytest.mark.parametrize("question", ["whats the phone number of the lakeview red cross", "湖景红会电话号码是多少"])
def test_a_phone_number_asked_is_answered_by_digits_not_a_distance(question):
    q = analyse(question)
    assert typed_ok(q, _span("1公里")) == 0.0
    assert typed_ok(q, _span("0572-8421 1234")) == 1.0
    assert typed_ok(analyse("how many fax numbers does the lakeview office list"), _span("two")) == 1.0
