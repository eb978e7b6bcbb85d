"""Where a short line that is no heading lands: a letter's date, a notice's issuer above its date, a timetable's
lines before the next heading. Each test builds its file and shows the passages and sections a user would see."""
from __future__ import annotations

from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text

from tests.test_pdf_size_promotes import _pdf

LETTER = [(16.0, "Northfield Primary School"), (10.0, "12 School Lane, Northfield NF2 3CD"),
          (10.0, "Tel: 01632 960777"), (10.0, "14 February 2025"), (10.0, "Dear Parents and Carers,"),
          (10.0, "Re: School trip to the Science Museum"),
          (10.0, "Year 5 will visit the Science Museum on Thursday 20 March, and the coach leaves at 8:15am."),
          (10.0, "Children should bring a packed lunch and wear school uniform.")]


def test_a_letters_date_line_is_in_a_passage():
    doc = parse_text(read_document(_pdf(LETTER), "letter.pdf"), "letter.pdf")
    assert "14 February 2025" not in doc.headings
    dated = next(p for p in doc.body if "14 February 2025" in p.text)  # (the title block opens the first passage)
    assert "Tel: 01632 960777" in dated.text and "Year 5 will visit" in dated.text


ZH = "STSong-Light"
NOTICE = [(16.0, "关于开展春季无偿献血活动的通知", ZH), (10.5, "三、报名方式", ZH),
          (10.5, "请各学院于3月15日前将报名表报送校团委，共需志愿者30名。", ZH), (10.5, "联系人：王老师", ZH),
          (10.5, "联系电话：0571-86451230", ZH), (10.5, "东湖大学红十字会", ZH), (10.5, "2025年3月4日", ZH)]


def test_an_issuer_and_its_date_are_no_section_headings_in_a_pdf_or_a_plain_text():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(ZH))
    plain = "\n\n".join(line for _, line, _ in NOTICE) + "\n"
    texts = (("n.pdf", read_document(_pdf(NOTICE), "n.pdf")), ("n.txt", read_document(plain.encode(), "n.txt")))
    for name, text in texts:
        doc = parse_text(text, name)
        assert "东湖大学红十字会" not in doc.headings and "2025年3月4日" not in doc.headings, name
        last = next(p for p in doc.body if "2025年3月4日" in p.text)
        assert "东湖大学红十字会" in last.text and last.path[-1] == "三、报名方式", name


def test_short_lines_before_a_heading_stay_under_the_section_they_stood_in():
    timetable = [(18.0, "Spring Term Class Timetable"), (14.0, "About"),
                 (11.0, "Classes run in the church hall on Mill Lane, and each costs four pounds a session."),
                 (14.0, "Classes"), (11.0, "Monday 10:00 Chair Yoga"),
                 (11.0, "Tuesday 09:30 Beginners Spanish"), (14.0, "Tutors"),
                 (11.0, "Chair Yoga: Anna Lee, 07700 900111"), (11.0, "Spanish: Carlos Ruiz, 07700 900222")]
    body = parse_text(read_document(_pdf(timetable), "t.pdf"), "t.pdf").body
    assert next(p for p in body if "Monday 10:00" in p.text).path[-1] == "Classes"
    tutors = next(p for p in body if "Anna Lee" in p.text)
    assert tutors.path[-1] == "Tutors" and "Monday" not in tutors.text
