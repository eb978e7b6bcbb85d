"""A form's long Chinese label with a number, a date or a name after it (紧急联系人电话：13705748899), and a line
holding a mobile number, are contact lines in every format: in a passage, never a heading the reader cannot find.
A heading whose subtitle after a colon is words stays a heading."""
from __future__ import annotations

import io

import pytest
from reportbot.corpus.loaders import read_document
from reportbot.corpus.sentences import is_heading
from reportbot.corpus.split import parse_text

FORM = ["志愿者登记表", "一、基本信息", "本表由志愿者本人填写，所填内容仅用于志愿服务联络。",
        "紧急联系人电话：13705748899", "值班联络人王芳13905761234", "二、服务意向",
        "愿意参加应急救护培训和献血宣传活动。"]


def _docx(lines: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for line in lines:  # Normal paragraphs only, no heading style: a line's shape says which are headings
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780.0
    for line in lines:  # one size: only a line's shape says whether it is a heading
        c.setFont("STSong-Light", 11)
        c.drawString(60, y, line)
        y -= 24
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("name", ["form.txt", "form.docx", "form.pdf"])
def test_a_long_label_and_a_mobile_number_line_are_in_a_passage_not_headings(name):
    data = {".txt": lambda: "\n\n".join(FORM).encode(), ".docx": lambda: _docx(FORM), ".pdf": lambda: _pdf(FORM)}
    doc = parse_text(read_document(data[name[name.rindex("."):]](), name), name)
    text = "\n".join(p.text for p in doc.body)
    for line in ("紧急联系人电话：13705748899", "值班联络人王芳13905761234"):
        assert line not in doc.headings and line in text
    assert "二、服务意向" in doc.headings


def test_a_heading_with_words_after_its_colon_stays_a_heading():
    assert is_heading("红十字会改革发展：回顾与展望")
    assert not is_heading("紧急联系人姓名：王芳") and not is_heading("首次献血登记日期：2025年3月4日")


NOTICE = ("关于做好防汛工作的通知\n\n一、提高认识\n\n各地要充分认识防汛工作的重要性。\n\n二、做好准备\n\n"
          "汛期实行24小时值班制度。\n\n附件：1.防汛责任人名单\n\n2.应急物资储备清单\n\n3.值班安排表\n\n"
          "金华市应急管理局\n\n2025年4月10日\n")


@pytest.mark.parametrize("name", ["notice.txt", "notice.md"])
def test_the_items_after_an_attachment_label_are_its_lines_not_section_headings(name):
    text = NOTICE if name.endswith(".txt") else NOTICE.replace("一、", "## 一、").replace("二、", "## 二、") \
        .replace("2.应急", "## 2.应急").replace("3.值班", "## 3.值班")
    doc = parse_text(text, name)
    assert "2.应急物资储备清单" not in doc.headings and "3.值班安排表" not in doc.headings
    last = doc.body[-1]
    assert "2.应急物资储备清单\n3.值班安排表" in last.text and "2025年4月10日" in last.text
    assert last.path == ("二、做好准备",)
