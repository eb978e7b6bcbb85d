"""A table drawn with box-drawing bars in a plain text is shown as the document draws it (rank-42): a row quoted
from the file (``│松湾区      │1200``) is in its passage as shown, as a pipe table's row quoted as written is
(test_rows_written); search and answers still read each row with its header. A pipe table keeps its pipe rows."""
from __future__ import annotations

import pytest
from reportbot.bot.render import answer_json
from reportbot.corpus.split import parse_text
from reportbot.index.evaluate import norm

# made-up notice: districts and their quotas in a box table whose header wraps its units onto a second line
NOTICE = """榆河市红十字会关于开展急救知识进社区活动的通知

各区红十字会：

为普及应急救护知识，现将各区年度任务分解如下。

┌────────────┬──────────┬──────────┐
│区域        │宣讲场次  │培训人数  │
│            │（场）    │（人）    │
├────────────┼──────────┼──────────┤
│松湾区      │48        │1200      │
├────────────┼──────────┼──────────┤
│榆林区      │36        │900       │
├────────────┼──────────┼──────────┤
│合计        │84        │2100      │
└────────────┴──────────┴──────────┘

请各区于9月30日前报送完成情况。
"""

DOUBLE = """Harbour Food Bank - Quarterly Report

╔══════════════╦══════════╗
║ Site         ║ Parcels  ║
╠══════════════╬══════════╣
║ Northside    ║ 1,240    ║
║ Eastgate     ║ 875      ║
╚══════════════╩══════════╝
"""


def _table(text: str, name: str = "t.txt"):
    return next(p for p in parse_text(text, name).paragraphs if p.kind == "table")


def test_a_box_tables_row_quoted_from_the_file_is_in_its_passage_as_shown():
    table = _table(NOTICE)
    assert norm("│松湾区      │48        │1200") in norm(table.shown)
    # the header as drawn, both its lines, over the rows
    assert norm("│区域        │宣讲场次  │培训人数  │") in norm(table.shown)
    assert norm("│            │（场）    │（人）    │") in norm(table.shown)
    # what search and answers read is as it was: each row read with its header, no bars
    assert any(s.startswith("松湾区 — ") and "1200" in s for s in table.sentences)
    assert "│" not in table.text and "| 松湾区 |" not in table.shown


def test_a_double_lined_boxs_rows_are_shown_with_its_own_bars():
    table = _table(DOUBLE)
    assert "║ Northside ║ 1,240 ║" in table.shown and "| Northside |" not in table.shown


def test_a_pipe_table_in_a_plain_text_keeps_its_pipe_rows():
    table = _table("各市献血情况\n\n市（州） | 献血人次 | 增长（%）\n长春市 | 2650 | 3.2\n四平市 | 1830 | 5.1\n")
    assert "| 四平市 | 1830 | 5.1 |" in table.shown


@pytest.fixture(scope="module")
def library(library_with):
    svc, _ = library_with("box_written", {"yuhe_notice.txt": NOTICE.encode()})
    return svc


def test_an_answer_from_a_box_table_quotes_the_row_as_drawn_in_its_first_passage(library):
    answer = library.ask("榆河市松湾区培训人数是多少？")
    reply = answer_json(answer)
    assert not answer.abstained and "1200" in answer.answer
    assert norm("│松湾区      │48        │1200") in norm(reply["passages"][0]["text"])
