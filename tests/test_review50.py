"""Review 50: the round's new readings on made-up inputs, in bounded work and as they read before."""
from __future__ import annotations

from reportbot.corpus.md_grid import piped

from tests.bounded import bounded


def test_a_long_run_of_bars_that_is_no_grid_table_is_read_once():
    # a border of one column over rows of two, 20,000 lines: no table, each border had read the run to its end
    text = "\n".join(["+------+", "| a | b |"] * 10_000)
    with bounded(20):
        assert piped(text) == text
    borders = "\n".join(["+---+---+"] * 20_000)  # borders and no row: no table either
    with bounded(20):
        assert piped(borders) == borders


def test_a_grid_table_after_a_run_of_bars_is_still_read():
    table = "+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+"
    assert piped("+-+\n" + table) == "+-+\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"
    assert piped(table) == "\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"
