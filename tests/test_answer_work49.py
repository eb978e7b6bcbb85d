"""Answering never stalls on a passage of many figures: the work of choosing a figure grows with the sentence, not
with its square or cube (a run of 1,2.3/ of 2,400 characters took 88 s; each figure's words were weighed against every
other figure, and a currency was looked for over all the text before each). Made-up sentences; each run is 6,000
characters, which took about half an hour before."""
from __future__ import annotations

import random

import pytest
from reportbot.index.answering.choose import extract
from reportbot.index.answering.figure_items import own_terms
from reportbot.index.answering.ranges import whole_range
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import analyse

from tests.bounded import bounded

_LIMIT = 60  # seconds: minutes of work fail; a pass takes a few seconds on a loaded machine


def _run(unit: str, size: int = 6_000) -> str:
    return "滨江区今年共组织水上巡逻" + unit * (size // len(unit)) + "，累计出动多少艘次。"


@pytest.mark.parametrize(("unit", "question"), [
    ("1,2.3/", "滨江区今年水上巡逻出动了多少艘次"), ("1,2.3/", "how many patrols went out"),
    ("7—", "滨江区今年水上巡逻出动了多少艘次"), ("5%", "巡逻占比百分之几"), ("5%", "how many patrols went out"),
    ("18至", "参加巡逻的年龄要求是多少岁"), ("1 2 ", "滨江区今年水上巡逻出动了多少艘次"),
    ("3分40秒", "滨江区今年水上巡逻出动了多少艘次"), ("5~", "how many patrols went out"),
    ("3-", "滨江区今年水上巡逻出动了多少艘次"), ("2024年", "滨江区今年水上巡逻出动了多少艘次"),
    ("3月4日", "参加巡逻的年龄要求是多少岁"),
])
def test_a_long_run_of_figures_is_answered_in_bounded_work(unit, question):
    extract(analyse("巡逻几次"), "巡逻3次")  # the word lists load first
    with bounded(_LIMIT):
        extract(analyse(question), _run(unit))


@pytest.mark.parametrize("unit", ["18岁、", "18岁，"])
def test_a_figure_repeated_through_a_long_sentence_is_widened_in_bounded_work(unit):
    sentence = "巡逻队员年龄" + unit * 15_000 + "18岁"  # each 18岁 before the answer was read to its start
    span = Span("18岁", len(sentence) - 3, len(sentence), "figure")
    with bounded(20):
        assert whole_range(analyse("巡逻队员的年龄要求是多少岁"), sentence, span) == span


@pytest.mark.parametrize(("digits", "question"), [("12", "谁负责水上巡逻"), ("12", "巡逻在哪里集合"),
                                                  ("１２", "谁负责水上巡逻")])
def test_a_long_run_of_digits_is_answered_in_bounded_work(digits, question):
    sentence = "滨江区水上巡逻编号" + digits * 10_000 + "，由区应急办统一调度。"  # a range by its bounds was looked
    with bounded(20):  # for from each digit, reading all the digits after it each time
        extract(analyse(question), sentence)


_MEASURES = ["", "人", "money", "%"]
_PIECES = ["，", "、", "至", "和", "and", ". ", "-", " ", "巡逻", "队员", "；", "to", "增至"]


def _made_up(rng: random.Random) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, int, float]]]:
    text, figures, terms = "", [], []
    for _ in range(rng.randint(1, 14)):
        piece = rng.choice(_PIECES + ["fig", "fig", "term"])
        if piece == "fig":
            figures.append((len(text), len(text) + 2, rng.choice(_MEASURES)))
            text += "12"
        elif piece == "term":
            terms.append((len(text), len(text) + 2, 1.0))
            text += "救护"
        else:
            text += piece
    if figures and rng.random() < 0.3:  # a term inside a figure (its unit)
        s, e, _ = rng.choice(figures)
        terms.append((s + 1, e, 0.5))
    return text, figures, terms


def test_the_indexed_figures_part_words_as_the_plain_reading_does():
    from reportbot.index.answering.figure_field import FigureField  # the index of this round
    rng = random.Random(49)
    for _ in range(3000):
        text, figures, terms = _made_up(rng)
        field = FigureField(text, figures)
        for i, figure in enumerate(field.figures):
            skip = range(rng.randint(0, i), rng.randint(i + 1, len(field.figures)))  # the figure's run
            others = [f for j, f in enumerate(field.figures) if j not in skip]
            assert field.own(figure, terms, skip) == own_terms(text, figure, terms, others), text
