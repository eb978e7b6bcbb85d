"""Loading faults set 31's documents showed (lead-35): an html table set inside Markdown, a numbered section title
underlined as a Markdown heading, a page's ``<aside>`` of opening hours, a table of contents typed as lines with
leader dots, a notice's title over its number line. Made-up documents in the bench documents' shapes."""
from __future__ import annotations

from tests.files import docx_of, load

_MINUTES = """Harbour Branch Board Minutes
============================

Meeting held on 9 April 2025 at the Quay Street office.

1. Opening
----------

The Chair opened the meeting at 18:30.

2. Volunteer hours
------------------

1. Income
   1. Course fees: $210,400.

<table>
<tr><th>Program</th><th>2024 volunteers</th><th>2024 hours</th></tr>
<tr><td>Event First Aid</td><td>58</td><td>4,120</td></tr>
<tr><td>Cadets</td><td>23</td><td>1,310</td></tr>
</table>

3. Next meeting
---------------

The next meeting is on 11 June 2025.
"""


def test_an_html_table_inside_markdown_is_read_row_by_row_under_its_header():
    doc = load(_MINUTES.encode(), "minutes.md")
    said = [s for p in doc.body for s in p.sentences]
    assert "Cadets — 2024 volunteers: 23; 2024 hours: 1,310" in said


def test_a_numbered_title_underlined_in_markdown_heads_its_section():
    doc = load(_MINUTES.encode(), "minutes.md")
    (closing,) = [p for p in doc.body if "11 June 2025" in p.text]
    assert closing.path[-1] == "3. Next meeting"
    assert not [p for p in doc.body if p.text.strip() in ("1. Opening", "3. Next meeting")]


_PAGE = """<html><head><title>Courses | Harbour First Aid</title></head><body>
<nav><a href="/">Home</a> <a href="/courses">Courses</a></nav>
<main><h1>First aid courses in Harbour</h1>
<p>We teach workplace and public first aid courses every week of the year.</p></main>
<aside><h3>Related</h3><ul><li><a href="/news">News</a></li><li><a href="/jobs">Jobs</a></li></ul></aside>
<aside><h3>Training centre hours</h3><p>12 Quay Street, Harbour</p>
<p>Monday&ndash;Friday 8:00&ndash;17:00<br>Saturday 9:30&ndash;12:30<br>Sunday: closed</p></aside>
</body></html>"""


def test_an_aside_of_opening_hours_is_the_pages_text_and_one_of_links_is_not():
    doc = load(_PAGE.encode(), "courses.html")
    said = " ".join(s for p in doc.body for s in p.sentences)
    assert "Saturday 9:30–12:30" in said
    assert "Training centre hours" in [x for p in doc.body for x in p.path]
    assert "Jobs" not in said and "Related" not in [x for p in doc.body for x in p.path]


def _docx_with_contents() -> bytes:
    return docx_of([("某省红十字会2024年工作报告", "Title"), "目　录", "一、党建引领……………………1",
                    "二、应急救护培训……………………2", "2024年，全省红十字系统各项工作取得新进展。",
                    ("一、党建引领", "Heading 1"), "全年召开党组会议24次。", ("二、应急救护培训", "Heading 1"),
                    "全年培训救护员14.2万人次。"])


def test_a_typed_table_of_contents_is_no_text_and_leaves_the_opening_paragraph_alone():
    doc = load(_docx_with_contents(), "report.docx")
    assert doc.body[0].text == "2024年，全省红十字系统各项工作取得新进展。"
    assert not [p for p in doc.body if "……" in p.text or "...." in p.text or "目录" in p.text]


def test_a_lone_dotted_line_is_kept():
    text = "报名表请于5月1日前交回。\n\n签名：........ 1\n\n本通知自发布之日起施行。\n"
    doc = load(text.encode(), "notice.txt")
    assert "........ 1" in " ".join(p.text for p in doc.body)


_NOTICE = """东湖市红十字会
关于举办2025年应急救护师资培训班的通知

东红字〔2025〕9号

各县（市）红十字会：
　　为加强师资队伍建设，决定于2025年6月举办应急救护师资培训班，共计40名。

东湖市红十字会
2025年5月6日
"""


def test_a_notice_whose_number_line_stands_under_its_title_is_titled_by_it_and_signed_by_its_issuer():
    doc = load(_NOTICE.encode(), "notice.txt")
    assert doc.title == "关于举办2025年应急救护师资培训班的通知"
    assert doc.author == "东湖市红十字会"
    assert doc.body[0].text.startswith("东红字〔2025〕9号")


def test_dotted_lines_with_no_contents_line_over_them_are_a_price_list_and_stay():
    text = ("Harbour Café Price List\n\nPrices from 1 April 2025. Manager: Ellen Fraser.\n\n"
            "Coffee ................ 3\nTea ................... 2\nCake of the day ....... 5\n\n"
            "Group bookings of 10 or more get a 10% discount.\n")
    doc = load(text.encode(), "prices.txt")
    said = " ".join([p.text for p in doc.body] + [x for p in doc.body for x in p.path])  # (a line, or a heading)
    # (each line read as its label and value since lead-45: the dots are the layout's)
    assert "Coffee: 3" in said and "Cake of the day: 5" in said


def test_a_lists_last_item_over_a_rule_stays_an_item_of_its_own():
    text = ("Actions\n=======\n\n1. Write to the council.\n2. Ask Mr. Evans to attend.\n3. Hold a vote.\n---\n\n"
            "Next meeting on 4 May.\n")
    doc = load(text.encode(), "actions.md")
    (listed,) = [p for p in doc.body if p.kind == "list"]
    assert listed.text.splitlines()[-2:] == ["2. Ask Mr. Evans to attend.", "3. Hold a vote."]


_MAIN_ASIDE = """<html><head><title>Give blood</title></head><body><main><h1>Give blood</h1>
<h2>Where to give</h2><p>Our donor centre is on Quay Street.</p>
<aside><h3>Donor centre hours</h3><p>Tuesday and Thursday 10:00&ndash;19:00</p></aside>
<h2>Who can give</h2><p>Donors must be aged 17 to 65 and weigh at least 50 kg.</p></main>
<aside><h3>News</h3><ul><li><a href="/n1">Board elected</a> &mdash; 12 March 2025</li>
<li><a href="/n2">New centre opens</a> (2025-02-01)</li></ul></aside>
<footer><p>Harbour Blood Service, 12 Quay Street.</p></footer></body></html>"""


def test_an_aside_inside_the_main_text_stays_where_it_stands_and_a_list_of_dated_news_links_goes():
    doc = load(_MAIN_ASIDE.encode(), "give.html")
    (hours,) = [p for p in doc.body if "10:00–19:00" in p.text]
    assert "Who can give" not in hours.path and hours.path[-1] == "Donor centre hours"
    said = " ".join(p.text for p in doc.body)
    assert "Board elected" not in said and "New centre opens" not in said
