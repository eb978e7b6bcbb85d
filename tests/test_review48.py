"""Round 48's review: one pattern for a date written as day, month and year with slashes, read alike by the search
(retrieval.dates.DATE) and the answers (corpus.numeric_dates.NUMERIC_DATE). Made-up lines."""
from __future__ import annotations

from reportbot.corpus.numeric_dates import NUMERIC_DATE
from reportbot.index.retrieval.dates import DATE


def test_a_slashed_date_is_one_the_search_and_the_answers_read_alike():
    for line in ("Renewed on 14/03/2019 at the depot", "Renewed on 3/9/2024 at the depot"):
        assert DATE.search(line).group(0) == NUMERIC_DATE.search(line).group(0)
    # a score or a ratio over a year is no date: no part of it is a day's or a month's figure (45, 60)
    assert DATE.search("Drill score 45/60/2019 on file") is None
    assert NUMERIC_DATE.search("Drill score 45/60/2019 on file") is None


def test_cells_run_on_in_linear_time():
    # a row of 20,000 short cells (a ruled form read as a table): run on at once, joined as before
    import time

    from reportbot.corpus.docx_held import run_on

    start = time.perf_counter()
    line = run_on(["Fee"] * 20000 + ["甲"])
    assert time.perf_counter() - start < 1.0
    assert line == ", ".join(["Fee"] * 20000) + "，甲"
    assert run_on(["Fees", "as below:", "其中"]) == "Fees, as below: 其中"
    assert run_on(["Fees", "by class"]) == "Fees, by class"
