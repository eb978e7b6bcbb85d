"""Runs of numbered paragraphs with no lead-in (runs-44), on small made-up documents of their shapes: items each ending
their own sentence are paragraphs, a passage each; items that are clauses of one sentence (…； …； …。) stay one list;
an annex's mark on a line of its own (附件) over its title and table heads the table, not the last section; and the
run's layout values are in the index manifest's tunables."""
from __future__ import annotations

import dataclasses

from tests.files import docx_saved, load

# a newsletter's section of numbered items, each a sentence of its own with its own figures (Macau's, set 20)
NEWSLETTER_TXT = "\n".join([
    "星海同心会会讯", "《星海同心会讯》第12期", "2025年10月出版", "",
    "一、上半年服务概况",
    "1. 派发食物包2,150份，受惠家庭860户。",
    "2. 探访独居长者940人次，由义工每月上门探访两次。",
    "3. 全年善款收入目标为320万元，上半年已筹得140万元。", "",
    "二、招募义工",
    "本会现招募义工60名，年满16岁即可报名。", ""])



def _conditions_docx() -> bytes:
    """A notice's section of numbered items, clauses of one sentence (…； …； …。) (Ganzhou's, set 38)."""
    import docx

    d = docx.Document()
    d.add_paragraph("星海市红十字会项目申报通知", style="Title")
    d.add_heading("一、申报条件", level=2)
    for line in ["（一）申报单位为城乡社区，常住人口原则上不少于1,500人；",
                 "（二）已建立红十字基层组织，有不少于20名志愿者；",
                 "（三）近三年内未发生重大安全事故。"]:
        d.add_paragraph(line)
    d.add_heading("二、支持标准", level=2)
    d.add_paragraph("全市拟支持项目12个，每个补助15万元。")
    return docx_saved(d)


def _under(doc, heading: str) -> list:
    return [p for p in doc.body if p.path and p.path[-1] == heading]


def test_items_each_ending_their_own_sentence_are_a_passage_each():
    doc = load(NEWSLETTER_TXT.encode(), "newsletter.txt")
    under = _under(doc, "一、上半年服务概况")
    # (loader-43 had read them as one list's passage: the target's line lost to shorter passages stating less)
    assert [p.text for p in under] == ["1. 派发食物包2,150份，受惠家庭860户。",
                                       "2. 探访独居长者940人次，由义工每月上门探访两次。",
                                       "3. 全年善款收入目标为320万元，上半年已筹得140万元。"]


def test_items_that_are_clauses_of_one_sentence_stay_one_list():
    doc = load(_conditions_docx(), "notice.docx")
    under = _under(doc, "一、申报条件")
    assert len(under) == 1 and under[0].kind == "list"
    assert "（一）申报单位" in under[0].text and "（三）近三年内" in under[0].text


def test_items_counted_as_parts_of_one_statement_stay_one_list():
    """一是…。 / 二是…。 (the first is …): parts of the plans the heading names, no sentences of their own, whatever
    they end in (Chengdu's 2025 plans, set 8: the first, on its own, won a question on another document's event)."""
    import docx

    d = docx.Document()
    d.add_paragraph("星海市红十字会2024年工作总结", style="Title")
    d.add_heading("（二）2025年工作打算", level=2)
    for line in ["一是建成新区应急救护培训基地。", "二是全市持证救护员达到3万人以上。", "三是新增公共场所AED 120台。"]:
        d.add_paragraph(line)
    doc = load(docx_saved(d), "summary.docx")
    under = _under(doc, "（二）2025年工作打算")
    assert len(under) == 1 and "一是建成新区" in under[0].text and "三是新增" in under[0].text


def _notice_with_annex() -> bytes:
    """A notice whose last numbered section is followed by its signature, then an annex: ``附件`` alone on a line,
    the annex's title, its table (Lhasa's, set 32)."""
    import docx

    d = docx.Document()
    d.add_paragraph("星海市红十字会关于开展救护培训的通知", style="Title")
    d.add_heading("一、任务分配", level=2)
    d.add_paragraph("全市全年计划开展普及培训60场，各区任务详见附件。")
    d.add_heading("二、宣传要求", level=2)
    d.add_paragraph("各区要充分利用本地渠道宣传培训成效，每季度至少报送1篇工作信息。")
    for line in ["星海市红十字会", "2025年4月28日", "附件", "2025年救护培训任务分配表"]:
        d.add_paragraph(line)
    table = d.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [("区", "普及培训场次"), ("东区", "36"), ("西区", "24")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    return docx_saved(d)


def test_an_annex_marked_on_a_line_of_its_own_heads_its_table_not_the_last_section():
    doc = load(_notice_with_annex(), "notice.docx")
    table = next(p for p in doc.body if p.kind == "table")
    assert "东区" in table.text and "2025年救护培训任务分配表" in table.text
    assert table.path == ("附件 2025年救护培训任务分配表",)  # (it had stood under 二、宣传要求)
    assert not any("东区" in p.text for p in _under(doc, "二、宣传要求"))


def test_the_run_layout_is_recorded_in_the_index_manifests_tunables():
    from reportbot.corpus.item_runs import RUNS
    from reportbot.index.retrieval.passage_texts import tunables

    recorded = tunables()
    assert recorded["item_runs"] == dataclasses.asdict(RUNS)
    assert dataclasses.is_dataclass(RUNS) and RUNS.__dataclass_params__.frozen
