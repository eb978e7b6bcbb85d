"""A table cell of several lines (``<br>`` read as ``；``) answers with all its lines: an unlabelled line after a
labelled cell of a row continues that cell, so a when-question over ``时间：周一至周五；9:00-16:30`` is answered with
the days and the hours, and typed as a time. Made-up rows only."""
from __future__ import annotations

from reportbot.index.answering.cells import cells
from reportbot.index.answering.choose import extract
from reportbot.index.answering.typed import typed_ok
from reportbot.index.retrieval.query import analyse

ROW = "急救课程预约 — 电话：0571-86001234；时间：周一至周五；9:00-16:30"
GOODS = "旧衣回收 — 电话：• 冬衣；• 被褥；时间：周末"


def test_an_unlabelled_line_continues_the_cell_before_it():
    values = {label: ROW[vs:ve] for label, _, vs, ve in cells(ROW)}
    assert values == {"电话": "0571-86001234", "时间": "周一至周五；9:00-16:30"}
    assert {label: GOODS[vs:ve] for label, _, vs, ve in cells(GOODS)}["电话"] == "• 冬衣；• 被褥"


def test_a_when_question_over_a_cell_of_days_and_hours_is_answered_with_both_and_typed():
    q = analyse("急救课程预约什么时间办理？")
    span = extract(q, ROW)
    assert span.text == "周一至周五；9:00-16:30"
    assert typed_ok(q, span, 1.0, sentence=ROW) == 1.0


def test_a_row_of_one_line_cells_is_read_as_before():
    row = "城东站 — 电话：0571-86005678；时间：全天"
    assert {label: row[vs:ve] for label, _, vs, ve in cells(row)} == {"电话": "0571-86005678", "时间": "全天"}


def test_a_header_less_column_after_a_labelled_cell_does_not_join_it():
    row = "城南义诊点 — 负责人：刘芳；0571-86112233；开放时间：周六"
    assert {label: row[vs:ve] for label, _, vs, ve in cells(row)} == {"负责人": "刘芳", "开放时间": "周六"}
    assert extract(analyse("义诊点负责人是谁"), row).text == "刘芳"


# a cell holding a numbered list (a Word cell's numbered paragraphs, read as lines: lead49, set 45's shape)
LISTED = "急救员课程：1. 每人200元；2. 须年满16岁；3. 每班限25人"


def test_a_cells_numbered_list_is_one_value_and_its_item_the_question_names_answers():
    assert extract(analyse("急救员课程每班限几人"), LISTED).text == "25人"
