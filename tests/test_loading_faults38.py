"""Loading faults set 33's and set 34's documents showed (lead-38). Made-up documents in the bench documents' shapes."""
from __future__ import annotations

from tests.files import load


def _table_passage(doc, cell):
    return next(p for p in doc.body if p.kind == "table" and cell in p.text)


def test_an_annex_table_after_the_last_section_stands_under_the_annex_title_not_the_section():
    text = ("# 某市红十字会2024年工作报告\n\n## 五、组织建设\n\n全年新建博爱家园30个。\n\n"
            "## 六、2025年工作安排\n\n2025年新建博爱家园25个，完成普及培训90万人次。\n\n"
            "附件：2024年主要数据\n\n| 指标 | 数值 |\n| --- | --- |\n| 新建博爱家园 | 30个 |\n"
            "| 注册志愿者 | 8.93万名 |\n")
    doc = load(text.encode(), "report.md")
    annex = _table_passage(doc, "8.93万名")
    assert annex.path == ("附件：2024年主要数据",)  # its section (and year) is the annex's, not 六、2025年工作安排's
    assert annex.text.startswith("附件：2024年主要数据")
    plan = next(p for p in doc.body if "2025年新建博爱家园25个" in p.text)
    assert plan.path[-1] == "六、2025年工作安排"


def test_an_english_appendix_table_stands_under_its_appendix_title():
    text = ("# Annual Review 2024\n\n## 5. Looking ahead to 2025\n\nWe plan 40 new courses in 2025.\n\n"
            "Appendix A: Key figures 2024\n\n| Measure | Figure |\n| --- | --- |\n| Courses run | 212 |\n"
            "| Volunteers | 1,480 |\n")
    doc = load(text.encode(), "review.md")
    assert _table_passage(doc, "1,480").path == ("Appendix A: Key figures 2024",)


def test_a_table_caption_that_names_no_annex_keeps_the_section_it_stands_in():
    text = ("# 某市红十字会2024年工作报告\n\n## 二、应急救护培训\n\n全年培训12万人次，各区情况见下表。\n\n"
            "表1 各区培训情况\n\n| 区 | 培训（人次） |\n| --- | --- |\n| 东区 | 5200 |\n| 西区 | 4100 |\n")
    doc = load(text.encode(), "report.md")
    assert _table_passage(doc, "5200").path[-1] == "二、应急救护培训"
