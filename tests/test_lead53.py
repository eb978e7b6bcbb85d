"""Loading faults of set 49's file shapes (lead53). Made-up documents in the shapes of its files: a Word FAQ whose
line under the title gives its issuer and the month it was issued (and who reviewed it), no day; a Word report whose
table gives its figures' unit only in the header cell over its rows' names. Other bodies, places and figures than
any question set's."""
from __future__ import annotations

import pytest

from tests.files import docx_saved, load

# (tried and reverted, lead53: on the holding sets it moved library_tune12 one near miss answered, no gain)
_REVERTED = pytest.mark.xfail(reason="issuer's month line: reverted by the held-out rule (docs/lead53.md)",
                              strict=True)


def _faq(issuer_line: str) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("青川市中心血站献血服务常见问题（2026年版）", style="Title")
    d.add_paragraph(issuer_line)
    for q, a in (("问1：献血前可以吃早饭吗？", "答：可以，宜吃清淡早餐，不要空腹献血。"),
                 ("问2：献全血以后隔多长时间可以再献？", "答：两次捐献全血应相隔6个月以上。")):
        d.add_paragraph().add_run(q).bold = True
        d.add_paragraph(a)
    return docx_saved(d)


@_REVERTED
def test_an_issuers_line_with_a_month_under_the_title_names_and_dates_the_document():
    # (青川市红十字会　2026年4月 under the title: who issued it and when, as a compiler's line 编　2026年4月 is;
    # it had been the first answer's line, the document with no author and no date)
    doc = load(_faq("青川市红十字会　2026年4月　　审核：副会长 罗文斌"), "faq.docx")
    assert doc.author == "青川市红十字会" and doc.date == "2026年4月", (doc.author, doc.date)
    first = next(p for p in doc.body if "清淡早餐" in p.text)
    assert "罗文斌" not in first.text and "2026年4月" not in first.text, first.text
    assert "审核：副会长" in doc.paragraphs[0].text, doc.paragraphs[0].text  # (on the header card)


@_REVERTED
def test_an_issuers_line_with_a_month_alone_under_a_markdown_title():
    text = ("# 青川市红十字会2025年工作情况通报\n\n青川市红十字会　2026年3月\n\n"
            "## 一、基本情况\n\n全市组建应急救援分队9支。\n")
    doc = load(text.encode(), "report.md")
    assert doc.author == "青川市红十字会" and doc.date == "2026年3月", (doc.author, doc.date)


def test_a_unit_given_only_in_the_header_cell_over_the_rows_names_goes_with_each_figure():
    from tests.files import docx_table_of

    rows = [("县区（单位：人次）", "普及培训", "持证培训"), ("东城区", "4210", "980"), ("西湖县", "3175", "640"),
            ("合计", "7385", "1620")]
    doc = load(docx_table_of(rows, before=["表2　2025年各县区救护培训情况"]), "report.docx")
    table = next(p for p in doc.body if p.kind == "table")
    # (a row read 西湖县 — 普及培训：3175, a bare count, where the table counts 人次 in every column)
    assert "普及培训：3175人次" in table.text and "持证培训：1620人次" in table.text, table.text


def _in_control(element, parts) -> None:
    """Wrap ``parts`` (children of ``element``, in order) in a content control (``w:sdt``) in their place."""
    from docx.oxml.ns import qn
    from lxml import etree

    sdt = etree.Element(qn("w:sdt"))
    etree.SubElement(sdt, qn("w:sdtPr"))
    content = etree.SubElement(sdt, qn("w:sdtContent"))
    parts[0].addprevious(sdt)
    for part in parts:
        content.append(part)


def test_a_word_body_inside_content_controls_is_read():
    import docx

    d = docx.Document()
    d.add_paragraph("青川市红十字会2025年工作报告", style="Title")
    d.add_paragraph("一、应急救护", style="Heading 1")
    trained = d.add_paragraph("年内完成救护员取证培训3120人，新增公共场所AED 45台。")
    raised = d.add_paragraph("年内筹得善款和物资860万元，其中资金710万元。")
    dated = d.add_paragraph("报送日期：")
    run = dated.add_run("2026年1月9日")
    # (a form's body in block content controls, its date in an inline one: python-docx reads neither)
    _in_control(d.element.body, [trained._p, raised._p])
    _in_control(dated._p, [run._r])
    doc = load(docx_saved(d), "report.docx")
    text = "\n".join(p.text for p in doc.body)
    assert "取证培训3120人" in text and "善款和物资860万元" in text, text
    assert "报送日期：2026年1月9日" in text, text
