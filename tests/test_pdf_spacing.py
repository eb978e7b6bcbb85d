"""A PDF's paragraphs read from where its lines stand (pdf_spacing): the gap between lines, the room left on a line.

Each test draws a page line by line at chosen heights and checks the stored text a user would read.
"""
from __future__ import annotations

import io

from reportbot.corpus.loaders import read_document


def _pdf(lines: list[tuple[float, str]], font: str = "Helvetica", size: float = 10.5) -> bytes:
    """A one-page PDF: each line drawn at the left margin, ``gap`` points below the one before."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if font == "STSong-Light":
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(font, size)
    y = 760.0
    for gap, line in lines:
        y -= gap
        c.drawString(72, y, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def _paragraphs(data: bytes) -> list[str]:
    return [p.strip() for p in read_document(data, "report.pdf").split("\n\n") if not p.startswith("<!--")]


def test_a_full_line_ending_a_sentence_runs_on_when_the_next_line_stands_at_the_line_spacing():
    # paragraphs parted by a wider gap (20 pt) than their lines (13 pt)
    lines = [(0, "The team is led by Captain Shen Weiguo, a former firefighter who has commanded the team since"),
             (13, "2020. He has run every mountain search since then, and he trained the new water rescue squad."),
             (13, "Deputy Captain Pan Lihua is responsible for training, and Deputy Captain Zhu for equipment."),
             (20, "At 31 December 2024 the team had 126 registered members, of whom 102 were active in the year."),
             (13, "Twenty-one new members joined in 2024 and nine left, and women made up 23 of the members."),
             (20, "The average age was 38; the youngest member was 19 and the oldest was 63 at the end of the year."),
             (13, "Members are organised into four squads.")]
    paragraphs = _paragraphs(_pdf(lines))
    assert any("water rescue squad. Deputy Captain Pan Lihua" in p for p in paragraphs)
    assert any(p.startswith("At 31 December 2024") and p.endswith("23 of the members.") for p in paragraphs)
    assert any(p.startswith("The average age was 38") for p in paragraphs)


def test_without_paragraph_gaps_a_line_too_full_for_the_next_word_runs_on():
    # one line spacing throughout: where a paragraph ends shows only in the room left on its last line
    lines = [(0, "The pantry at 14 Orchard Lane is open Monday to Friday from 10:00 to 14:00. People are"),
             (15, "referred to us by doctors, schools and housing officers, and most of them come weekly."),
             (15, "Supermarket collection points brought in 38 tonnes of food, and the harvest festival filled"),
             (15, "our van four times."),
             (15, "Alongside food, our advice desk helps people claim the benefits they are entitled to."),
             (15, "Our two advisers helped 410 households this year.")]
    paragraphs = _paragraphs(_pdf(lines))
    assert any("come weekly. Supermarket collection points" in p for p in paragraphs)
    assert any(p.startswith("Alongside food") for p in paragraphs)
    assert any(p.startswith("Our two advisers") for p in paragraphs)


def test_chinese_one_sentence_paragraphs_without_gaps_stay_apart():
    lines = [(0, "全年全市募集社会捐赠款物6380万元，较2023年增长11.2%，其中资金5120万元、物资折价1260万元。"),
             (17, "全市红十字系统获评省级以上荣誉14项。"),
             (17, "全市9个县（市、区）红十字会全部建立党组，市红十字会机关设党支部2个，党员队员共412名。"),
             (17, "全市23支红十字救援队全部建立党支部。")]
    paragraphs = _paragraphs(_pdf(lines, font="STSong-Light"))
    assert "全市红十字系统获评省级以上荣誉14项。" in paragraphs
    assert "全市23支红十字救援队全部建立党支部。" in paragraphs


def test_a_figure_of_a_chinese_sentence_broken_over_two_lines_is_stored_whole():
    lines = [(0, "全省131支红十字救援队建立党支部，较20"), (17, "22年增加8支，全省公共场所累计配置AED达2"),
             (17, ".1万台，中小学校覆盖率达到78%。")]
    text = read_document(_pdf(lines, font="STSong-Light"), "report.pdf")
    assert "较2022年增加8支" in text and "达2.1万台" in text


def test_numbered_lines_after_a_lead_in_stay_the_lists_items_in_a_document_with_paragraph_gaps():
    lines = [(0, "The hall opens at eight on weekdays and at nine at weekends, and closes at six in the evening."),
             (13, "Lunch is served from twelve to one, and the kitchen is cleaned by the afternoon shift each day."),
             (20, "Volunteers must follow these rules at all times while they are on duty in either of the halls:"),
             (13, "1. Sign in at the front desk when you arrive and sign out again when you leave the building."),
             (13, "2. Wear the apron and the name badge you were given, so that visitors can tell who to ask."),
             (13, "3. Never give out a visitor's name, address or phone number to anyone who asks for them."),
             (20, "Thank you for giving your time.")]
    paragraphs = _paragraphs(_pdf(lines))
    assert not any("halls: 1." in p for p in paragraphs)
    assert [p.replace("\\.", ".") for p in paragraphs if p[:1].isdigit()] == [x for _, x in lines[3:6]]
    from reportbot.corpus.split import parse_text

    said = "\n".join(p.text for p in parse_text(read_document(_pdf(lines), "r.pdf"), "r.pdf").paragraphs)
    assert "1. Sign in at the front desk" in said and "\\" not in said  # the reader sees no escape
