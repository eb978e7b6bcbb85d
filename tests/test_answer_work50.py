"""Answering stays in bounded work where a question's word or figure recurs through a long run (至 of a question's
month range over a run of ages joined by 至, the question's figure over a run of small figures, a name, a quoted
term, a list's item, Chinese numerals): each figure was weighed against every occurrence, and a run of numerals was
read again from each of its numerals. Made-up sentences of 20,000 characters; before, minutes to half an hour."""
from __future__ import annotations

import random
import re

import pytest
from reportbot.index.answering import figures_zh, ranges
from reportbot.index.answering.choose import extract
from reportbot.index.answering.near_terms import REACH, Disjoint, NearTerms, Overlapping
from reportbot.index.retrieval.numerals import NUMERAL_ZH
from reportbot.index.retrieval.query import analyse

from tests.bounded import bounded

_LIMIT = 60  # seconds: a pass takes a few on a loaded machine; before, many minutes


def _run(unit: str, size: int = 20_000) -> str:
    return "青禾镇今年共组织护林巡查" + unit * (size // len(unit)) + "，累计巡查多少趟。"


@pytest.mark.parametrize(("unit", "question"), [
    ("18至", "3至9月青禾镇护林巡查有多少趟"), ("1 2 ", "护林巡查了2趟以后又巡查了多少趟"),
    ("一二三四五六七八九十", "青禾镇今年护林巡查有多少趟"), ("十一十二十三", "谁牵头护林巡查"),
    ("“护林巡查”", "“护林巡查”有多少趟"), ("林晓东", "林晓东管什么"), ("林晓东", "林晓东巡查了多少趟"),
    ("护林车、", "护林车有多少辆"), ("护林车、", "护林巡查有哪些车"), ("3月4日", "3月4日护林巡查有多少趟"),
    ("3 crossings, ", "how many ferry crossings ran"), ("5%", "护林巡查占比5%还是多少"),
])
def test_a_word_of_the_question_recurring_through_a_long_run_is_answered_in_bounded_work(unit, question):
    extract(analyse("巡查几次"), "巡查3次")  # the word lists load first
    with bounded(_LIMIT):
        extract(analyse(question), _run(unit))


def test_a_word_with_few_occurrences_is_weighed_at_every_one():
    sentence = "巡查" + "，巡查12趟" * (REACH - 1)
    terms = [(m.start(), m.end(), 1.0) for m in re.finditer("巡查", sentence)]
    near = NearTerms(sentence, terms)
    assert near.around(0, 2) is terms and near.around(len(sentence), len(sentence)) is terms


def test_a_word_recurring_through_a_run_is_weighed_at_its_nearest_occurrences():
    sentence = "巡查12趟，" * (4 * REACH)
    terms = [(m.start(), m.end(), 1.0) for m in re.finditer("巡查", sentence)]
    middle = sentence.index("12", len(sentence) // 2)
    kept = NearTerms(sentence, terms).around(middle, middle + 3)
    assert len(kept) == 2 * REACH and kept == sorted(kept)
    assert all(abs(a - middle) < 6 * (REACH + 1) for a, _, _ in kept)


def test_numerals_read_from_a_run_s_first_find_what_they_found_before():
    rng = random.Random(50)
    pieces = [*"一二三十百千万零两", "人", "元", "个", "千克", "万人", "以上", "以下", "至", "3", "约", "，", "年"]
    before = {figures_zh._NUMBER: re.compile(figures_zh._NUMBER.pattern.replace(figures_zh._NUMERALS_FROM_FIRST, "")),
              ranges._BOUNDS_ZH: re.compile(ranges._BOUNDS_ZH.pattern.replace(f"(?<![{NUMERAL_ZH}])", ""))}
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for now, was in before.items():
            assert [m.span() for m in now.finditer(text)] == [m.span() for m in was.finditer(text)], text


def test_stretches_asked_by_halving_answer_as_a_walk_does():
    rng = random.Random(50)
    for _ in range(2_000):
        spans = [(a, a + rng.randint(1, 4)) for a in (rng.randint(0, 30) for _ in range(rng.randint(0, 8)))]
        taken, walked, anyway = Disjoint(), [], Overlapping(spans)
        for a, b in spans:
            assert taken.overlaps(a, b) == any(x < b and a < y for x, y in walked)
            if not taken.overlaps(a, b):
                taken.add(a, b)
                walked.append((a, b))
            c = rng.randint(0, 34)
            assert anyway.overlaps(c, c + 2) == any(x < c + 2 and c < y for x, y in spans)


def test_the_words_before_a_figure_read_near_it_are_those_read_from_the_start():
    from reportbot.index.answering import figures_en
    from reportbot.index.answering.near_terms import ends_at
    rng = random.Random(50)
    words = ["the", "from", "May", "September", ",", ".", " ", "  ", "x", "12", "our", "Sept", "\n", "them"]
    patterns = [figures_en._MONTH_BEFORE, figures_en._AFTER_MONTH, figures_en._DETERMINER, figures_en._FROM]
    for _ in range(5_000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        pos = rng.randint(0, len(text))
        for pattern in patterns:
            assert ends_at(pattern, text, pos) == (pattern.search(text[:pos]) is not None), (pattern, text, pos)
