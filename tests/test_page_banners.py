"""A plain text's page banners: one that breaks a sentence is taken out of it, and only a page-like line is a
banner (tidy-25). Each text is made up here; the assertions are on the sentences and pages a user is answered from.
"""
from __future__ import annotations

from reportbot.corpus.split import parse_text

NOTICE = ("Shelter Notice\n\nThe shelter in the church hall opens every evening at seven and stays open until\n\n"
          "==== Page 2 of 3 ====\n\nmidnight for anyone who needs a bed.\n\nMeals are served at eight.\n\n"
          "==== Page 3 of 3 ====\n\nVolunteers sign in at the desk.\n")


def test_a_banner_in_mid_sentence_leaves_the_sentence_whole():
    doc = parse_text(NOTICE, "notice.txt")
    sentences = [s for p in doc.body for s in p.sentences]
    assert "The shelter in the church hall opens every evening at seven and stays open until midnight for anyone " \
           "who needs a bed." in sentences
    # the banner's page starts after the sentence it broke; a banner between sentences is a page break as before
    assert {p.text: p.page for p in doc.body}["Meals are served at eight."] == 2
    assert {p.text: p.page for p in doc.body}["Volunteers sign in at the desk."] == 3


def test_a_chinese_sentence_runs_on_across_a_page_footer():
    text = ("救灾通知\n\n本会在东湖区设立了三个临时安置点，为受灾群众提供住宿、饮食和基本医疗服务，\n\n- 2 -\n\n"
            "并组织志愿者轮流值班。\n\n物资由仓库统一调配。\n\n- 3 -\n")
    pages = {p.text: p.page for p in parse_text(text, "notice.txt").body}
    whole = "本会在东湖区设立了三个临时安置点，为受灾群众提供住宿、饮食和基本医疗服务，并组织志愿者轮流值班。"
    assert pages == {whole: 2, "物资由仓库统一调配。": 3}


def test_a_banner_before_a_heading_or_a_new_sentence_stays_a_break():
    text = ("Annual Statement\nFinancial year 2024\n\n==== Page 1 of 2 ====\n\nSECTION A. OVERVIEW\n\n"
            "The hall is open on Tuesdays\n\n==== Page 2 of 2 ====\n\nVisitors sign the book.\n")
    doc = parse_text(text, "statement.txt")
    assert "SECTION A. OVERVIEW" in doc.headings
    assert "Visitors sign the book." in [s for p in doc.body for s in p.sentences]


def test_a_year_between_rules_is_no_page():
    text = ("Club History\n\nThe club was founded by six nurses.\n\n—— 2025 ——\n\nThe club opened its second hall.\n\n"
            "- 2 -\n\nIt trains forty volunteers a year.\n\n- 3 / 3 -\n\nThe hall is open on Saturdays.\n")
    doc = parse_text(text, "history.txt")
    pages = {p.text: p.page for p in doc.body}
    assert pages.get("The club opened its second hall.") != 2025 and 2025 not in pages.values()
    assert any("2025" in p.text for p in doc.body)  # the year stays in the text the user is answered from
    # page-like lines are still banners: a small number between dashes, a page over the page count between dashes
    assert pages["It trains forty volunteers a year."] == 2 and pages["The hall is open on Saturdays."] == 3


def test_a_date_alone_on_its_line_is_no_page_but_page_counts_that_repeat_are():
    # "12/31" alone is a date: it stays in the text, the sentences around it stay apart, no passage is on page 12
    doc = parse_text("Key dates\n\nThe hall closes for cleaning over the holidays.\n\nThe last day is\n\n12/31\n\n"
                     "and it opens again on 2 January.\n", "dates.txt")
    assert any(p.text == "12/31" for p in doc.paragraphs) and 12 not in {p.page for p in doc.paragraphs}
    # bare "n / m" lines over one page count, rising: an export's page footers
    doc = parse_text("Report\n\nThe hall is open on Tuesdays.\n\n1 / 3\n\nIt trains forty volunteers.\n\n2 / 3\n\n"
                     "The hall closes at six.\n\n3 / 3\n", "report.txt")
    pages = {p.text: p.page for p in doc.paragraphs}
    assert (pages["The hall is open on Tuesdays."], pages["It trains forty volunteers."],
            pages["The hall closes at six."]) == (1, 2, 3)
    assert not any("/ 3" in p.text for p in doc.paragraphs)
