"""Review 50: the round's new readings on made-up inputs, in bounded work and as they read before."""
from __future__ import annotations

from reportbot.corpus.blocks import Block
from reportbot.corpus.md_grid import piped
from reportbot.corpus.note_leads import raised_notes
from reportbot.index.answering import near_terms
from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

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


LIST = ("白沙护林员38名，柳溪护林员81名，临江护林员55名，云台护林员共有299名，桃源护林员共有278名，西山护林员28名，"
        "花溪护林员共有52名，东坪护林员183名，北岭护林员共有241名，石门护林员276名，南湖护林员4名，龙口护林员共有74名，"
        "青石护林员119名，松湾护林员共有194名。")


def test_a_list_of_fourteen_named_items_is_answered_as_with_every_occurrence_weighed(monkeypatch):
    # a word repeated through an ordinary list (护林员 fourteen times): the bound on work leaves no occurrence out
    q = analyse("北岭护林员多少名")
    bounded_answer = extract(q, LIST)
    monkeypatch.setattr(near_terms, "REACH", 10 ** 9)
    assert (bounded_answer.text, bounded_answer.start) == (extract(q, LIST).text, extract(q, LIST).start)


def test_a_run_in_label_whose_numeral_is_no_number_is_left_as_text():
    # 三二、 reads as no number (a paragraph of a PDF opening so had stopped the document's loading)
    from reportbot.corpus.run_in_labels import labelled

    blocks = [Block("text", "三二、应急救护。全市开展培训活动共计十场。"),
              Block("text", "四、血液工作。全年采血量保持平稳。")]
    assert labelled(blocks) == blocks
