"""Headings numbered in a decimal outline (1., 1.1, 1.1.1), set by hand in a plain text or as bold lines in a Word
file, nest by their numbers: a part's passages stand under its section, and the next section under none of them."""
from __future__ import annotations

import io

from reportbot.corpus.loaders import read_document
from reportbot.corpus.outline import outline_level
from reportbot.corpus.split import parse_text

OUTLINE = [("h", "1. 2024年工作回顾"), ("p", "全年募集社会捐赠款物8,760万元，开展应急救护普及培训21.3万人次。"),
           ("h", "1.1 党的建设"), ("h", "1.1.1 党组建设全面加强"), ("p", "党组全年召开党组会议21次，集中学习32次。"),
           ("h", "1.2 应急救援"), ("p", "全年组织救援队出动486次，成功救助被困人员74人。"),
           ("h", "2. 2025年工作安排"), ("p", "全年开展普及培训23万人次，新增配置AED 500台。")]


def _plain() -> str:
    return "某市红十字会2024年工作报告\n\n" + "\n\n".join(text for _, text in OUTLINE) + "\n"


def _docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph().add_run("某市红十字会2024年工作报告").bold = True
    for kind, text in OUTLINE:
        if kind == "h":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _path(doc, words: str) -> tuple[str, ...]:
    return next(p for p in doc.paragraphs if words in p.text and not p.is_header).path


def test_a_plain_texts_decimal_outline_nests_its_parts_under_their_sections():
    doc = parse_text(_plain(), "report.txt")
    # (a heading's number keeps its space in a plain text too since loaders47: heading_number)
    assert _path(doc, "党组会议21次") == ("1. 2024年工作回顾", "1.1 党的建设", "1.1.1 党组建设全面加强")
    assert _path(doc, "出动486次") == ("1. 2024年工作回顾", "1.2 应急救援")
    assert _path(doc, "AED 500台") == ("2. 2025年工作安排",)


def test_a_word_files_bold_decimal_headings_nest_by_their_numbers():
    doc = parse_text(read_document(_docx(), "report.docx"), "report.docx")
    # (a heading's number keeps its space since set-46: heading_number)
    assert _path(doc, "党组会议21次") == ("1. 2024年工作回顾", "1.1 党的建设", "1.1.1 党组建设全面加强")
    assert _path(doc, "AED 500台") == ("2. 2025年工作安排",)


def test_a_figure_is_no_section_number():
    assert [outline_level(h) for h in ("1. Scope", "1.1 Party", "1.1.1党组", "1.5万人次", "12月工作", "12.3%")] == \
        [2, 3, 4, None, None, None]


def test_a_text_numbered_one_deep_keeps_its_chinese_numbering():
    text = ("某会工作总结\n\n一、总体情况\n\n（一）培训\n\n1. 普及培训\n\n全年培训2.1万人次。\n\n"
            "二、下步打算\n\n继续推进。\n")
    doc = parse_text(text, "summary.txt")
    assert _path(doc, "2.1万人次") == ("一、总体情况", "（一）培训", "1. 普及培训")


def test_a_list_of_steps_numbered_under_a_part_is_no_section_of_the_outline():
    from reportbot.corpus.outline import outlined

    heads = ["1. 2024年工作回顾", "1.1 应急救护", "1.1.1 救护员培训", "1. 网上报名", "2. 理论学习", "3. 实操考核",
             "1.2 造血干细胞捐献", "2. 2025年工作计划"]
    assert outlined(heads) == {"1. 2024年工作回顾", "1.1 应急救护", "1.1.1 救护员培训", "1.2 造血干细胞捐献",
                               "2. 2025年工作计划"}


def test_a_plain_texts_steps_under_a_part_leave_the_next_part_under_its_section():
    text = ("某市红十字会2024年工作报告\n\n1. 2024年工作回顾\n\n1.1 应急救护\n\n1.1.1 救护员培训\n\n"
            "报名取证分三步。\n\n"
            "1. 网上报名\n\n2. 理论学习\n\n3. 实操考核\n\n考核合格者取得救护员证。\n\n1.2 造血干细胞捐献\n\n"
            "全年实现造血干细胞捐献12例。\n\n2. 2025年工作计划\n\n全年开展普及培训23万人次。\n")
    doc = parse_text(text, "report.txt")
    assert _path(doc, "造血干细胞捐献12例")[-2:] == ("1. 2024年工作回顾", "1.2 造血干细胞捐献")
    assert _path(doc, "普及培训23万人次")[-1] == "2. 2025年工作计划"
