"""A Chinese official document (公文, GB/T 9704) printed under a letterhead: the issuing body's mark, then the number
line (星红〔2025〕9号), then the title. The title a user sees is the line after the number, the mark names the issuer,
and the number line opens the first passage; in every format that can carry the layout (made-up documents)."""
from __future__ import annotations

import io

import pytest
from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text

MARK, NUMBER, TITLE = "星海市红十字会文件", "星红〔2025〕9号", "关于开展2025年星海市应急救护培训周活动的通知"
BODY = ["各区红十字会，市直有关单位：",
        "为普及应急救护知识，市红十字会决定于2025年9月8日至14日开展应急救护培训周活动。", "一、活动内容",
        "培训周期间，各区组织救护员培训不少于3场。", "星海市红十字会办公室2025年8月20日印发"]


def _docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(MARK)
    d.add_paragraph(NUMBER)
    d.add_heading(TITLE, level=1)
    for line in BODY:
        (d.add_heading(line, level=2) if line == "一、活动内容" else d.add_paragraph(line))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800.0
    body = [(15.0 if "、" in x[:3] else 12.0, x) for x in BODY]
    for size, line in [(26.0, MARK), (12.0, NUMBER), (18.0, TITLE), *body]:
        c.setFont("STSong-Light", size)
        c.drawString(60, y, line)
        y -= size * 2
    c.save()
    return buf.getvalue()


FILES = {
    "notice.txt": lambda: "\n\n".join([MARK, NUMBER, TITLE, *BODY]).encode(),
    "notice.md": lambda: "\n\n".join([f"# {MARK}", NUMBER, f"## {TITLE}", *BODY]).encode(),
    "notice.docx": _docx,
    "notice.pdf": _pdf,
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_title_is_the_line_after_the_number_and_the_letterhead_names_the_issuer(name):
    doc = parse_text(read_document(FILES[name](), name), name)
    assert doc.title == TITLE
    assert doc.author == "星海市红十字会"
    assert MARK in doc.paragraphs[0].text  # the letterhead on the header card, beside the title
    assert doc.body[0].text.startswith(NUMBER)  # the number line opens the first passage, a line of it
    assert not any(NUMBER in p.path for p in doc.body)  # no passage stands under it as under a heading


def test_a_letterhead_of_the_bodys_name_alone_names_it_too():
    doc = parse_text("\n\n".join(["星海市红十字会", NUMBER, TITLE, *BODY]), "notice.txt")
    assert (doc.title, doc.author) == (TITLE, "星海市红十字会")


def test_a_number_under_a_title_is_no_letterhead():
    # a notice printed without a letterhead: its title first, its number under it; the title stays its title
    doc = parse_text("\n\n".join([TITLE, NUMBER, *BODY]), "notice.txt")
    assert doc.title == TITLE and doc.author is None


ISSUER, MATTER = "星海市红十字会", "关于开展2026年度博爱家园项目申报工作的通知"


def _two_line_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800.0
    body = [(15.0 if "、" in x[:3] else 12.0, x) for x in BODY]
    for size, line in [(26.0, MARK), (12.0, NUMBER), (18.0, ISSUER), (18.0, MATTER), *body]:
        c.setFont("STSong-Light", size)
        c.drawString(60, y, line)
        y -= size * 2
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("name, make", [
    ("notice.pdf", _two_line_pdf),
    ("notice.md", lambda: "\n\n".join([f"# {MARK}", NUMBER, f"## {ISSUER}", f"## {MATTER}", *BODY]).encode())])
def test_a_title_set_on_two_lines_issuer_over_matter_is_both_lines(name, make):
    # 赣州市红十字会 / 关于开展…的通知 under the number: the title is both lines, no heading over the first passages
    doc = parse_text(read_document(make(), name), name)
    assert doc.title == ISSUER + MATTER
    assert doc.author == ISSUER
    assert not any(MATTER in p.path for p in doc.body)
