"""A short answer that is a field's label (the words right before its colon) answers with the field's value: the
label is what the question names, the value what it asks (made-up lines in the documents' style)."""
from __future__ import annotations

from bounded import bounded
from reportbot.index.answering.choose import extract
from reportbot.index.answering.label_value import label_value
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse


def test_a_label_in_chinese_question_gives_its_value():
    line = "Newest depot: Ashby, opened 3 June 2024"
    assert extract(analyse("最新开放的depot是哪个"), line).text == "Ashby"


def test_two_fields_without_a_separator_give_the_asked_value():
    line = "Manual code: OPS-SAF-07 Edition: 5.1"
    assert extract(analyse("what edition is the safety manual up to"), line).text == "5.1"


def test_a_year_column_the_question_does_not_name_gives_no_value():
    line = "Juniors (U8-U15) — 2024-25: 187; 2023-24: 172"  # a column per year: structure.labelled_value's to read
    assert extract(analyse("juniors numbers this year at the club"), line).text != "187"


def test_a_time_or_a_figure_before_a_colon_is_no_label():
    line = "Doors open 10:30 each day"
    span = Span("10", 11, 13, "figure")
    assert label_value(analyse("what time do doors open"), line, span) is span


def test_a_value_the_question_already_says_keeps_the_label():
    line = "Newest depot: Ashby, opened 3 June 2024"
    span = Span("Newest depot", 0, 12, "field")
    assert label_value(analyse("what is Ashby"), line, span) is span


def test_a_long_line_of_labels_is_read_in_time():
    line = "; ".join(f"Field {i}: value {i}" for i in range(1500))[:20000]
    with bounded(10):
        for at in range(0, 20000, 997):
            label_value(analyse("which field"), line, Span("Field", at, at + 5, "field"))


def test_a_value_of_many_spaces_is_read_in_time():
    line = "Field: a" + " " * 20000 + "b"
    with bounded(10):
        assert label_value(analyse("which field"), line, Span("Field", 0, 5, "field")).text.startswith("a")
