"""What the document attaches to an answer's figure, and whether the question asks for it (tools/answer_labels.py,
the candidate refusal-36 judged and did not ship). Made-up sentences in the documents' style."""
from __future__ import annotations

import sys
from pathlib import Path

from reportbot.index.retrieval.query import analyse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from answer_labels import cell_unit, label_held, labels, unit_agrees  # noqa: E402

ROW = "青石镇 — 演练日期：2025年4月2日；参与人次：216；演练主题：避难场所开设"
CLAUSE = "全市推动86支救援队建立党支部，受益群众9.5万人次。"
CELL = "博爱家园建设 — 实施区域：青石镇；支出（万元）：128.4；受益对象：12个社区"


def _span(sentence: str, text: str) -> tuple[str, int, int]:
    start = sentence.index(text)
    return text, start, start + len(text)


def test_a_cell_is_labelled_by_its_column_and_a_figure_by_the_noun_it_counts():
    assert labels(ROW, *_span(ROW, "216")[1:])["colon"] == ["参与", "人次"]
    assert labels(CLAUSE, *_span(CLAUSE, "86支")[1:])["after"] == ["救援队"]
    assert "群众" in labels(CLAUSE, *_span(CLAUSE, "9.5万人次")[1:])["before"]
    english = "Refresher Course — Hours: 6; Fee: $40"
    found = labels(english, *_span(english, "6")[1:])
    assert found["colon"] == ["hour"] and found["row"] == ["refresh", "cours"]


def test_a_question_that_asks_for_the_label_holds_it_and_a_near_miss_does_not():
    span = _span(CLAUSE, "86支")
    assert label_held(analyse("全市有多少支救援队"), CLAUSE, span, ("after",)) == 1.0
    assert label_held(analyse("全市结对了多少个党建联盟"), CLAUSE, span, ("after",)) == 0.0
    # nothing attached: nothing to weigh
    assert label_held(analyse("全市有多少支救援队"), "共计86支。", _span("共计86支。", "86支"), ("colon",)) == 1.0


def test_a_bare_figure_takes_its_unit_from_the_bracket_of_its_label():
    span = _span(CELL, "128.4")
    assert cell_unit(CELL, span[1], span[2]) == "万元"
    assert unit_agrees(analyse("青石镇建了几个博爱家园"), CELL, span) == 0.0   # a count of things, money given
    assert unit_agrees(analyse("青石镇博爱家园建设支出多少钱"), CELL, span) == 1.0
    table = "普及培训（万人次） — 2024年：18.2；2025年：21.6"
    assert unit_agrees(analyse("2025年普及培训多少万人次"), table, _span(table, "21.6")) == 1.0


def test_the_tool_reads_its_candidates_from_a_rows_materials():
    from dataclasses import asdict

    from tests.tools_module import load_tool

    tool = load_tool("refusal_counting")
    text, start, end = _span(CELL, "128.4")
    row = {"said": {"sentence": CELL, "span": [text, start, end, "cell"], "passage": CELL, "context": "",
                    "query": asdict(analyse("青石镇建了几个博爱家园"))}}
    found = tool.measured(row)
    assert found["cnt_unit"] == 0.0 and found["cnt_colon"] == 0.0   # 支出（万元） neither asked nor of its measure
    assert set(tool.measured({"said": None}).values()) == {1.0}     # no materials: nothing to weigh
