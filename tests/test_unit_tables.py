"""The readers of a figure's dimension and of the unit a question asks read one table (index/answering/units.py):
the dimension check of an answer (dimension_said) and the sentence choice (units) agree on every unit of length and
time, and a question word typed as Hong Kong writes it (幾) asks as 几 does. Made-up sentences only."""
from __future__ import annotations

import re

import pytest
from reportbot.index.answering.dimension_said import answered_dimension, dimension_of
from reportbot.index.answering.unit_dimensions import LENGTH_UNITS, TIME_UNITS, unit_dimension
from reportbot.index.answering.units import named_unit


def _words(alternatives: str) -> list[str]:
    """The plain words of a table entry (its optional plural letter dropped and kept)."""
    out = []
    for w in alternatives.split("|"):
        if re.fullmatch(r"[a-z]+s\?", w):
            out += [w[:-2], w[:-1]]
        elif re.fullmatch(r"[\w]+", w):
            out.append(w)
    return out


@pytest.mark.parametrize("dimension, table", [("length", LENGTH_UNITS), ("time", TIME_UNITS)])
def test_both_readers_give_every_unit_of_the_table_its_dimension(dimension, table):
    for word in _words(table[0]) + _words(table[1]):
        assert unit_dimension(word) == dimension, word
        assert dimension_of(word) == dimension, word


def test_an_answer_in_feet_or_inches_is_a_length():
    assert answered_dimension("the ramp rises 2 feet") == "length"
    assert answered_dimension("12 inches") == "length"
    assert answered_dimension("hold it for 10 secs") == "time"


def test_a_question_word_typed_in_traditional_characters_names_its_unit():
    assert named_unit("義工每年要服務幾天") == "天"
    assert named_unit("义工每年要服务几天") == "天"
