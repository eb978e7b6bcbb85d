"""A summary table and the prose that states the same figure: the prose answers, when it is close behind."""
from __future__ import annotations

import numpy as np
from reportbot.index.retrieval.tables import asked_values, cells, figures, prose_for_table

TABLE = "成人会员 — 2023年数值：72.4万名；备注：同比增长6.4%"
PROSE = "实施强基工程二期，发展成人会员72.4万名，较2022年底的68.05万名增长6.4%。"
OTHER = "江苏省发展成人会员51.3万名。"


def test_figures_leave_years_out():
    assert figures(TABLE) == {"72.4", "6.4"}
    assert figures("Compress 5–6 cm; ratio 30:2") == {"5", "6", "30", "2"}


def choose(fused, kinds, docs, texts, margin=0.15):
    return prose_for_table(range(len(texts)), np.array(fused), kinds, docs, texts, TABLE, margin)


def test_the_prose_of_the_same_document_close_behind_goes_first():
    assert choose([0.9, 0.8], ["table", "text"], ["a", "a"], [TABLE, PROSE]) == 1


def test_the_table_stays_first_when_the_prose_is_far_behind_or_elsewhere_or_lacks_the_figure():
    assert choose([0.9, 0.6], ["table", "text"], ["a", "a"], [TABLE, PROSE]) is None
    assert choose([0.9, 0.8], ["table", "text"], ["a", "b"], [TABLE, PROSE]) is None
    assert choose([0.9, 0.8], ["table", "text"], ["a", "a"], [TABLE, OTHER]) is None
    # 72.4 is not 172.4 or 72.45
    assert choose([0.9, 0.8], ["table", "text"], ["a", "a"], [TABLE, "会员172.4万名，增长6.45%"]) is None
    assert choose([0.9, 0.8], ["text", "text"], ["a", "a"], [PROSE, PROSE]) is None


ROW = "东区队 — 注册义工：538人；出勤次数：141次；队长：何美玲"
YEARS = "应急救护培训场次（场） — 2023年：4600；2024年：5200"


def says(*words):
    return lambda text: any(w in text for w in words)


def test_a_row_reads_as_cells_with_their_headers():
    assert cells(ROW) == [("注册义工", "538人"), ("出勤次数", "141次"), ("队长", "何美玲")]
    assert cells("Emergency calls answered — 2023: 200,730; 2024: 214,380") == [("2023", "200,730"),
                                                                                ("2024", "214,380")]
    assert cells("献血人次：1260") == [("献血人次", "1260")]


def test_the_asked_cells_are_those_whose_header_the_question_says():
    assert asked_values(ROW, says("东区", "队长")) == ["何美玲"]
    assert asked_values(YEARS, says("2024", "培训")) == ["5200"]
    # a question that names no column asks the whole row
    assert asked_values(ROW, says("东区")) == []
    # a cell whose value the question says counts when it holds a figure, a note alone does not
    note = "持证救护员培训 — 2023年数值：31.5万人次；备注：同比增长9.8%"
    assert asked_values(note, says("2023", "增长")) == ["31.5万人次", "同比增长9.8%"]
    assert asked_values("成人会员 — 2023年数值：72.4万名；备注：截至2023年底", says("2023", "截至")) == ["72.4万名"]
    # another column's figure is not asked because the question says its measure (人次)
    plan = "应急救护普及培训 — 2025年完成：212万人次；2026年目标：230万人次"
    assert asked_values(plan, says("2025", "培训", "人次")) == ["212万人次"]
    # a column of another year is not asked because the question says the rest of its header (上半年)
    halves = "无偿献血（万人次） — 2024年上半年：4.1；2025年上半年：4.3；同比：+4.9%"
    assert asked_values(halves, says("2025", "上半年", "献血")) == ["4.3"]


def test_the_prose_that_states_the_asked_cell_goes_first_though_it_lacks_the_other_figures():
    prose = "全年开展应急救护培训5200余场次，培训持证救护员21.4万人。"

    def pick(row, text, question):
        return prose_for_table(range(2), np.array([0.9, 0.85]), ["table", "text"], ["a", "a"], [row, text], row,
                               0.15, question)
    assert pick(YEARS, prose, says("2024")) == 1
    assert pick(YEARS, prose, None) is None  # every figure of the row: 4600 is not in it
    assert pick(YEARS, "2023年开展培训4600场次。", says("2024")) is None
    assert pick(ROW, "东区队队长何美玲获颁金奖。", says("队长")) == 1
