"""Review-49: the round's changed functions on made-up inputs (long lines answered in bounded work), and the helpers
put in one place (the clause around an answer, whether a span stands in its sentence)."""
from __future__ import annotations

import random
import re

from reportbot.index.answering.spans import Span

from tests.bounded import bounded


def test_a_long_run_of_word_characters_is_read_for_addresses_in_bounded_work():
    # an e-mail's local part ([\w.+-]+) was tried from each character of the run, each reading the run to its end
    from reportbot.index.answering.figure_marks import in_web_address

    for run in ("7" * 40_000, "巡" * 40_000, "ab.cd" * 8_000):
        with bounded(5):
            assert not in_web_address(f"编号{run}，统一调度。", 3)


def test_addresses_are_found_where_the_plain_reading_finds_them():
    from reportbot.index.answering.figure_marks import _WEB_ADDRESS, in_web_address

    rng = random.Random(49)
    pieces = ["a", "7", "巡", ".", "+", "-", "@", " ", "，", "www.", "http://", "x.org", "SW1A 1AA", "_", "/"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        found = [(m.start(), m.end()) for m in _WEB_ADDRESS.finditer(text)]
        for i in range(len(text)):
            assert in_web_address(text, i) == any(a <= i < b for a, b in found), (text, i)


def test_the_clause_around_an_answer_is_cut_by_the_marks_its_check_reads():
    from reportbot.index.answering.clause_bounds import clause_around, clause_end, clause_start

    sentence = "全年培训救护员1,200人；其中新增800人，复训400人"
    start = sentence.index("800")
    commas = re.compile(r"[，,；;]")
    assert clause_around(sentence, start, start + 4, commas) == "其中新增800人"
    # a thousands comma is a mark when the check's marks say so (spans._clauses keeps it inside its figure)
    assert clause_around(sentence, 7, 8, commas) == "全年培训救护员1"
    assert clause_around(sentence, start, start + 4, re.compile("[；;]")) == "其中新增800人，复训400人"
    assert (clause_start("", 0, commas), clause_end("", 0, commas)) == (0, 0)


def test_a_span_stands_in_its_sentence_only_where_it_is_read_from_it():
    from reportbot.index.answering.spans import stands_in

    sentence = "救护站设在码头东侧"
    assert stands_in(sentence, Span("码头东侧", 5, 9, "clause"))
    assert not stands_in(sentence, Span("码头东侧", 4, 8, "clause"))  # not at its place
    assert not stands_in(sentence, Span("码头东侧", 5, 9, "heading"))  # read from the section's heading
    assert not stands_in(sentence, None)
