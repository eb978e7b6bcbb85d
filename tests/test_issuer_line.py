"""A report whose first line is its issuing organisation's name (星海县红十字会), with the report's title on the line
under it and numbered sections after: the title a user sees is the report's title, and the organisation's line
names the issuer (made-up documents)."""
from __future__ import annotations

from reportbot.corpus.split import parse_text

ISSUER, TITLE = "星海县红十字会", "二〇二五年度夏季水上救生服务成果报告"
BODY = ["发文日期：2025年9月22日", "承办人：救生队王大明队长", "一、工作缘起",
        "本会依据县政府计划，办理夏季海域守望勤务，经费186万元。", "二、工作成果",
        "守望期间共救起溺水游客7人，劝导离开危险水域1246人次。"]


def test_the_title_under_an_issuer_line_is_the_title_and_the_line_names_the_issuer():
    doc = parse_text("\n".join([ISSUER, TITLE, "", *BODY]), "report.txt")
    assert doc.title == TITLE
    assert doc.author == ISSUER
    assert ISSUER in doc.paragraphs[0].text  # on the header card, beside the title
    assert not any(TITLE in p.path for p in doc.body)  # the title heads no passage


def test_an_english_issuer_line_over_a_report_title():
    body = ["1. Background", "The branch ran lifeguard courses in May and June.", "2. Results",
            "Lifeguards rescued 7 swimmers over the summer."]
    doc = parse_text("\n\n".join(["Harbourside First Aid Society", "Summer Beach Patrol Report 2025", *body]),
                     "report.txt")
    assert (doc.title, doc.author) == ("Summer Beach Patrol Report 2025", "Harbourside First Aid Society")


def test_a_title_over_an_unnumbered_section_stays_the_title():
    # a report titled by its first line, whose sections are not numbered: its second line is a section, no title
    body = ["本会全年开展救护培训120场。", "志愿服务", "全年志愿服务时数1.2万小时。"]
    doc = parse_text("\n\n".join(["星海县红十字会", "工作概况", *body]), "report.txt")
    assert doc.title == "星海县红十字会"


def test_an_organisation_title_over_a_numbered_section_stays_the_title():
    doc = parse_text("\n\n".join(["星海县红十字会", "一、工作概况", "本会全年开展救护培训120场。",
                                  "二、志愿服务", "全年志愿服务时数1.2万小时。"]), "report.txt")
    assert doc.title == "星海县红十字会"
