"""Faults the review of round 42 found in that round's change, each asserted as a user meets it: a notice's last
section swallowed into its closing, a Chinese question's closing particle read as the kind it asks, a person's name
after its role widened into an organisation, an html footer's closing marked twice. Made-up texts in the documents'
style: other names, places and numbers than any question set's."""
from __future__ import annotations

from reportbot.corpus.split import parse_text
from reportbot.index.answering.choose import extract
from reportbot.index.retrieval.query import analyse

_NOTICE = "\n".join(["关于开展秋季急救培训的通知", "", "各分会：", "", "一、培训时间",
                     "2025年10月8日至10月9日，每天上午9点开始。", "", "二、培训地点", "", "县红十字会二楼会议室", "",
                     "此致", "", "敬礼！", "", "山溪县红十字会", "", "2025年9月26日"])


def test_a_last_sections_short_heading_and_line_over_the_closing_stay_that_sections():
    doc = parse_text(_NOTICE, "notice.txt")
    # (the section's heading and its place are no lines of the closing: 二、培训地点 still heads its place)
    place = next(p for p in doc.paragraphs if "二楼会议室" in p.text or "二楼会议室" in (p.section or ""))
    assert "二、培训地点" in [place.text, *place.path] and "此致" not in place.text
    assert doc.paragraphs[-1].text.split("\n") == ["此致", "敬礼！", "山溪县红十字会", "2025年9月26日"]
    assert doc.paragraphs[-1].section is None


def test_an_issuers_line_signs_only_right_over_a_date_or_a_signature():
    from reportbot.corpus.closing import closing_start

    parts = ["正文。", "三、其他", "请按时参加", "此致", "敬礼！", "山溪县红十字会", "2025年9月26日"]
    assert closing_start(parts) == 3


def test_a_closing_particle_after_what_is_no_kind_the_question_asks():
    """呢 / 了 ending 叫什么呢 is the question's tone, no kind word: the quoted name is answered without the sentence's
    particle after it."""
    sentence = "青山志愿队获得“红旗先锋”称号了，全队欢欣。"
    assert extract(analyse("青山志愿队获得了什么了"), sentence).text == "“红旗先锋”"
    assert extract(analyse("这个活动叫什么呢"), "本会开展“暖冬送温”活动呢，市民踊跃参加。").text == "“暖冬送温”"


def test_a_person_named_after_a_role_is_not_widened_into_an_organisation():
    """A who answer that is a person's name after the role it holds (联系人 王丽) is that person, not a piece of an
    organisation's name: 联系人王丽办公室 is none."""
    from reportbot.index.answering.org_extent import organisation_whole
    from reportbot.index.answering.spans import Span

    sentence = "联系人沈晓梅办公室电话0571-2233445"
    at = sentence.index("沈晓梅")
    assert organisation_whole(sentence, Span("沈晓梅", at, at + 3, "slot", 1.0)).text == "沈晓梅"
    # (a name the tagger reads as a person's, after a place, is still widened to its organisation)
    sentence = "本报告由湖北楚信会计师事务所审计。"
    at = sentence.index("楚信")
    assert organisation_whole(sentence, Span("楚信", at, at + 2, "slot", 1.0)).text == "湖北楚信会计师事务所"


def test_an_html_footers_closing_lines_after_an_empty_table_are_all_its_closing():
    """A page's footer with no site's name to stand under is its closing, under no section, however many lines; an
    empty table earlier on the page (written as nothing) once made the stored text mark the closing twice, so its
    first line ran into the page's last passage."""
    from reportbot.corpus.loaders import read_document

    page = ("<html><head><title>Members' notice</title></head><body><main><h1>Members' notice</h1>"
            "<p>The boat shed reopens to members on Saturday.</p><table></table></main>"
            "<footer><p>Kestrel Bay Rescue Trust, 8 Jetty Lane</p><p>Phone 5550 7788</p></footer></body></html>")
    text = read_document(page.encode(), "notice.html")
    assert text.count("<!-- closing -->") == 1
    doc = parse_text(text, "notice.html")
    assert doc.paragraphs[-1].text.split("\n") == ["Kestrel Bay Rescue Trust, 8 Jetty Lane", "Phone 5550 7788"]
    assert doc.paragraphs[-2].text == "The boat shed reopens to members on Saturday."
