"""A list's first item read back from its mark stops at a time word before it: 9月下旬 dates the list, it names none
of its items (…下旬华县、蓝田县 is 华县、蓝田县). Made-up sentences, none from the question sets."""
from __future__ import annotations

from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse


def ask(question: str, sentence: str) -> str:
    span = extract(analyse(question), sentence)
    return span.text if span else ""


def test_the_time_before_a_list_is_no_items():
    sentence = "9月下旬华县、蓝田县遭受冰雹，区红十字会当日下拨救灾物资折价12万元。"
    assert ask("冰雹打在哪两个县", sentence) == "华县、蓝田县"

