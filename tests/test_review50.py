"""Review 50: the round's new readings on made-up inputs, in bounded work and as they read before."""
from __future__ import annotations

from reportbot.corpus.blocks import Block
from reportbot.corpus.md_grid import piped
from reportbot.corpus.note_leads import raised_notes

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


def test_many_notes_no_paragraph_marks_are_read_once():
    # 20,000 paragraphs opening with a raised mark, none marked: each had looked back through all before it
    blocks = [Block("text", f"¹ 第{k}条补充说明。") for k in range(20_000)]
    with bounded(20):
        assert raised_notes(blocks) == blocks


def test_a_note_reads_under_the_nearest_paragraph_marking_it():
    blocks = [Block("text", "全年巡护里程1,250公里¹，较上年有所增加。"), Block("text", "另有夜巡队²参与。"),
              Block("text", "车辆补贴3万元¹。"), Block("text", "¹ 含油料费用。"), Block("text", "² 由志愿者组成。"),
              Block("text", "³ 无人标注。")]
    leads = [b.lead for b in raised_notes(blocks)]
    assert leads == ["", "", "", "车辆补贴3万元。", "另有夜巡队参与。", ""]
