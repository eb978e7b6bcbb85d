"""Loading faults the thirty-eighth round's reading of stored text showed (loader-39): footnote marks run into
their word, a cover's contact lines read as headings, a byline's mark turned into a list's dash. Made-up documents
in the bench documents' shapes."""
from __future__ import annotations

from tests.files import drawn_pdf, load


def _pdf_with_footnotes() -> bytes:
    """A page of prose whose footnote marks are superscript characters (person¹) and small raised figures (the
    ``1`` a layout program sets in a smaller size after floodwater.), its footnotes below."""

    def draw(c) -> None:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, 780, "Treasurer's Report")
        c.setFont("Helvetica", 10.5)
        c.drawString(50, 750, "Course fees stayed at $120 per person\u00b9, and 40 places were funded by the council.")
        t = c.beginText(50, 730)
        t.setFont("Helvetica", 10.5)
        t.textOut("Our crews made 900 calls to people cut off by floodwater.")
        t.setFont("Helvetica", 8)
        t.setRise(4)
        t.textOut("2")
        t.setRise(0)
        t.setFont("Helvetica", 10.5)
        t.textOut(" The hall measures 40 m\u00b2 in all.")
        c.drawText(t)
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 100, "\u00b9 Concession price $90 for card holders.")
        c.drawString(50, 88, "2 Calls logged by the duty officer.")
        c.showPage()
    return drawn_pdf(draw)


def test_a_pdf_footnote_mark_after_a_word_is_no_part_of_the_word():
    doc = load(_pdf_with_footnotes(), "report.pdf")
    text = " ".join(p.text for p in doc.body)
    assert "$120 per person, and 40 places" in text and "person1" not in text
    assert "cut off by floodwater. The hall" in text and "floodwater.2" not in text


def test_a_pdf_footnote_keeps_its_own_number_and_a_units_power_stays():
    doc = load(_pdf_with_footnotes(), "report.pdf")
    text = " ".join(p.text for p in doc.body)
    assert "1 Concession price $90" in text and "40 m2 in all" in text


def test_a_typed_footnote_mark_in_a_plain_text_or_chinese_sentence_is_dropped_from_its_word():
    doc = load("# Notes\n\nDrowning deaths occurred in inland waterways\u00b2.\n\n"
               "去年新增捐献者\u00b3，共计120人。\n".encode(),
               "notes.md")
    text = " ".join(p.text for p in doc.body)
    assert "in inland waterways." in text and "捐献者，共计120人" in text


def _pdf_with_a_cover() -> bytes:
    """A report's cover (its title large, contact lines a size above the body's, a note in the body's size), then a
    page of sections."""

    def draw(c) -> None:
        c.setFont("Helvetica-Bold", 26)
        c.drawString(60, 700, "Annual Report 2024")
        c.setFont("Helvetica", 12)
        y = 640
        for line in ["Chair: Dana Whitfield", "ABN 51 824 753 556", "Office: 7 Quay Street, Port Milton QLD 4870"]:
            c.drawString(60, y, line)
            y -= 22
        c.setFont("Helvetica", 10)
        c.drawString(60, 560, "Copies of the audited accounts are available to members from the Quay Street office.")
        c.showPage()
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, 780, "Chair's Review")
        c.setFont("Helvetica", 10)
        c.drawString(60, 750, "The branch trained 2,400 people in first aid this year, up from 2,100 the year before.")
        c.drawString(60, 736, "Our volunteers gave 9,800 hours to events across the region, most of them on weekends.")
        c.showPage()
    return drawn_pdf(draw)


def test_a_covers_address_and_registration_lines_are_no_headings_but_lines_of_its_passage():
    doc = load(_pdf_with_a_cover(), "annual_report.pdf")
    paths = {x for p in doc.body for x in p.path}
    assert not any(x.startswith(("Office:", "ABN")) for x in paths)
    assert any("Office: 7 Quay Street, Port Milton QLD 4870" in p.text for p in doc.body)
    assert any("ABN 51 824 753 556" in p.text for p in doc.body)
    assert "Chair's Review" in paths  # the page's section heading stays one


def test_a_pdf_bylines_mark_stays_as_written_where_a_quote_of_the_line_finds_it():
    from tests.files import make_pdf

    pdf = make_pdf([["市红十字会工作资料", "2024年第3期", "凝心聚力谱新篇", "市红十字会办公室　编印",
                     "2024年5月6日", "■  李晓红",
                     "过去一年，全市红十字系统以党建为引领，各项工作取得新进展。",
                     "全年组织应急救护培训1.2万人次，较上年增长12%。"]], header=False, font="STSong-Light")
    doc = load(pdf, "党建综述.pdf")
    assert any("■ 李晓红" in p.text.splitlines() for p in doc.body)
    assert not any(p.kind == "list" and "李晓红" in p.text for p in doc.body)


def test_a_pdf_bullet_list_of_sentences_is_still_a_list():
    from tests.files import make_pdf

    pdf = make_pdf([["Training report", "This year we ran three kinds of course:",
                     "\u25a0 Emergency first aid for 420 people", "\u25a0 CPR refreshers for 310 people"]],
                   header=False)
    doc = load(pdf, "training.pdf")
    assert any(p.kind == "list" and "CPR refreshers for 310 people" in p.text for p in doc.body)


def test_a_chinese_area_and_a_bracketed_power_keep_their_figure():
    text = "# 场地\n\n新址建筑面积1200米\u00b2，停车场地450米\u00b2。\n\n面积公式为(a+b)\u00b2。\n"
    doc = load(text.encode(), "场地.md")
    text = " ".join(p.text for p in doc.body)
    assert "1200米2" in text and "450米2" in text and "(a+b)2" in text


def test_a_pdf_list_under_the_bylines_mark_stays_a_list():
    from tests.files import make_pdf

    pdf = make_pdf([["志愿服务简介", "本会志愿服务队伍主要开展以下服务：", "■ 应急救护", "■ 无偿献血", "■ 人道救助",
                     "全年服务时长3.6万小时。"]], header=False, font="STSong-Light")
    doc = load(pdf, "简介.pdf")
    assert any(p.kind == "list" and "无偿献血" in p.text and "人道救助" in p.text for p in doc.body)


def test_a_numbered_name_and_a_titled_section_stay_headings():
    doc = load(b"Projects 2024\n\nProject 2024117\n\nThe project trained 300 volunteers in the north.\n\n"
               b"Route 3 16 22\n\nBuses run every 20 minutes on this route to the training hall.\n", "projects.txt")
    paths = {x for p in doc.body for x in p.path}
    assert {"Project 2024117", "Route 3 16 22"} <= paths


def test_a_large_section_title_with_a_comma_and_a_year_is_no_address():
    from reportbot.corpus.sentences import no_heading_shape

    assert not no_heading_shape("Section 2: Floods, storms and fires of 2024", large=True)
    assert no_heading_shape("Office: 41 Abala Road, Marrara NT 0812", large=True)
