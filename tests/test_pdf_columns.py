"""A PDF set in two columns (pdf_columns): each column's wrapped lines are read back into its paragraphs, under the
right headings, and a title repeated as continued at the top of the next page is no text.

Each test draws pages with reportlab as a county report would be laid out and checks what a user reads: the stored
text and the passages' headings.
"""
from __future__ import annotations

from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text

from tests.files import drawn_pdf

TITLE = "清溪县红十字救援队2025年度工作报告"
# each column's text as wrapped at its width: (heading or None, paragraph lines)
LEFT = [("一、队伍基本情况", ["清溪县红十字救援队成立于2015年3月，现有在",
                        "册队员72名，其中党员队员21名，女队员11名，下",
                        "设水上救援、山地搜救两个分队。"]),
        (None, ["2025年新招募队员9名，均完成40学时的岗前培",
                "训，全年持证率提高到91%。"]),
        ("二、演练开展情况", ["全年共组织各类演练12次，其中水上5次、山地",
                        "4次、综合3次，累计参演队员530人次。"])]
RIGHT = [("三、训练与考核", ["每月第一个星期六为固定训练日，全年开展集",
                       "中训练12次、分队专项训练24次，人均训练时长51",
                       "小时，科目包括绳索技术和心肺复苏。"]),
         ("四、汛期值守", ["6月1日至9月30日为汛期值守期，队伍实行24小时",
                      "轮班，每班不少于8人，累计值守出勤938人次。"]),
         (None, ["全年出动救援31次，转移群众176人，其中搜寻失",
                 "联驴友2次，全部安全找回。"])]


def _column(c, x: float, y: float, sections) -> None:
    for heading, lines in sections:
        if heading:
            c.setFont("STSong-Light", 11.5)
            c.drawString(x, y, heading)
            y -= 20
        c.setFont("STSong-Light", 10.5)
        for k, line in enumerate(lines):
            c.drawString(x + (21 if k == 0 else 0), y, line)  # a paragraph's first line indented two characters
            y -= 18
        y -= 4


def _two_columns(second_page: list[str] | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4

    def draw(c) -> None:
        c.setFont("STSong-Light", 17)
        c.drawCentredString(A4[0] / 2, 770, TITLE)
        c.setFont("STSong-Light", 10)
        c.drawCentredString(A4[0] / 2, 748, "清红救〔2025〕8号　　报送：清溪县红十字会、县应急管理局")
        _column(c, 48, 705, LEFT)
        _column(c, 309, 705, RIGHT)
        if second_page:
            c.showPage()
            c.setFont("STSong-Light", 9)
            c.drawString(48, 792, second_page[0])
            c.setFont("STSong-Light", 10.5)
            y = 760
            for line in second_page[1:]:
                c.drawString(48, y, line)
                y -= 18
        c.showPage()
    return drawn_pdf(draw)


def test_a_two_column_page_reads_each_columns_paragraphs_whole():
    text = read_document(_two_columns(), "report.pdf")
    # a paragraph wrapped in its column reads as one line of text, not broken after its first line
    assert "清溪县红十字救援队成立于2015年3月，现有在册队员72名，其中党员队员21名" in text
    assert "全年共组织各类演练12次，其中水上5次、山地4次、综合3次" in text
    assert "每月第一个星期六为固定训练日，全年开展集中训练12次" in text
    assert "队伍实行24小时轮班" in text
    # the left column is read before the right, and a column's first line is no heading
    assert text.index("二、演练开展情况") < text.index("三、训练与考核")
    assert "## 清溪县红十字救援队成立于" not in text and "## 每月第一个星期六" not in text


def test_a_two_column_pages_passages_stand_under_their_own_headings():
    doc = parse_text(read_document(_two_columns(), "report.pdf"), "report.pdf")
    headings = {h for h, _ in LEFT + RIGHT if h}
    under = {p.text[:12]: p.path[-1] for p in doc.paragraphs if p.kind == "text" and p.path}
    # every passage stands under one of the report's numbered headings, none under a column's first line
    assert set(under.values()) <= headings, under
    assert any(v == "四、汛期值守" and "全年出动救援31次" in k for k, v in under.items()), under


def test_a_title_repeated_as_continued_atop_the_next_page_is_no_text():
    text = read_document(_two_columns([TITLE + "（续）", "全年完成冲锋舟发动机大修2台，报废老旧橡皮艇2艘。"]),
                         "report.pdf")
    assert "（续）" not in text
    assert "报废老旧橡皮艇2艘。" in text
    assert text.count(TITLE) == 1  # the title itself is kept, once, on the first page


ENGLISH = [["The new Richmond library on Queen Street opened on 5 July at a cost of $14.8 million, two months later "
            "than planned because the contractor's steel deliveries were delayed by the strike at the port in March."],
           ["The service employs 71 staff (58 full-time equivalent) across the central library and its four branch "
            "libraries, and volunteers gave a further 3,900 hours to the home delivery and reading programmes."],
           ["Membership rose to 48,200 cardholders, of whom 6,100 joined during the year; loans of electronic books "
            "overtook printed loans for the first time in October, reaching 52 percent of all loans."]]


def _english_two_columns() -> bytes:
    """Two columns of ragged-right English, wrapped greedily at the column's width: a line stops short where the
    next word is long."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def wrap(text: str, width: float) -> list[str]:
        lines, cur = [], ""
        for word in text.split():
            if cur and stringWidth(f"{cur} {word}", "Helvetica", 10) > width:
                lines.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}".strip()
        return [*lines, cur]

    def draw(c) -> None:
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(A4[0] / 2, 770, "Richmond District Libraries: Annual Report 2025")
        for x, paragraphs in ((48, ENGLISH[:2] + ENGLISH[2:]), (309, ENGLISH[::-1])):
            y = 730.0
            c.setFont("Helvetica", 10)
            for (text,) in paragraphs:
                for line in wrap(text, 232):
                    c.drawString(x, y, line)
                    y -= 13
                y -= 9
        c.showPage()
    return drawn_pdf(draw)


def test_a_ragged_columns_line_that_stops_short_of_a_long_word_runs_on():
    blocks = [" ".join(b.split()) for b in read_document(_english_two_columns(), "report.pdf").split("\n\n")]
    for (paragraph,) in ENGLISH:
        assert any(paragraph in b for b in blocks), blocks  # one paragraph, not broken where a line stopped short
