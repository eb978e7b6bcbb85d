"""Loading faults the reading of set 39's stored text showed (lead-43): a newsletter page whose ``<main>`` holds
several ``<article>`` s kept only the first; a PDF table whose header groups its columns under a spanning row (a
year over its 目标 and 完成 columns) read that row as headings. Made-up documents in those shapes."""
from __future__ import annotations

from tests.files import drawn_pdf, load

_NEWSLETTER = """<html><head><title>Harbour Rowing Club - The Oarlock, Issue 7 (March 2025)</title></head><body>
<header><h1>The Oarlock</h1><p>Newsletter of the Harbour Rowing Club - Issue 7, March 2025</p></header>
<main>
<article><h2>New boat shed opens</h2><p class="byline">Posted 2 March 2025 by Ana Reyes, Captain</p>
<p>The new boat shed opened on 1 March with racks for 36 boats, funded by a grant of $41,000.</p></article>
<article><h2>Learn to row course full</h2><p class="byline">Posted 9 March 2025 by Tom Hale, Coach</p>
<p>All 24 places on the autumn learn to row course were taken within two days of opening.</p></article>
<article><h2>Regatta results</h2><p>Our crews won 5 gold and 3 silver medals at the Lakes Regatta on 15 March.</p>
</article>
</main>
<aside><h3>Coming up</h3><ul><li>5 April 2025 - Club dinner, 7pm</li></ul></aside>
<footer><p>Harbour Rowing Club Inc., 4 Wharf Road. Registered charity CC40211.</p></footer>
</body></html>"""


def test_every_article_a_pages_main_holds_is_read_in_order_each_under_its_heading():
    doc = load(_NEWSLETTER.encode(), "oarlock.html")
    text = "\n".join(p.text for p in doc.body)
    for fact in ("racks for 36 boats", "All 24 places", "5 gold and 3 silver"):
        assert fact in text
    assert text.index("racks for 36 boats") < text.index("All 24 places") < text.index("5 gold and 3 silver")
    regatta = next(p for p in doc.body if "5 gold" in p.text)
    assert regatta.path[-1] == "Regatta results"
    # the site's footer is read after the page's last article, not inside the first one's section
    footer = next(p for p in doc.body if "CC40211" in p.text)
    assert "New boat shed opens" not in footer.path
    assert text.index("CC40211") > text.index("5 gold and 3 silver")


def test_a_footer_under_a_page_whose_title_is_only_its_title_tag_stands_under_the_sites_name():
    # (the page's <h1> is its masthead's, in the <header>: its title is the <title>'s own part, the rest the site's)
    doc = load(_NEWSLETTER.encode(), "oarlock.html")
    footer = next(p for p in doc.body if "CC40211" in p.text)
    assert footer.path == ("Harbour Rowing Club",)
    assert doc.title == "The Oarlock, Issue 7 (March 2025)"


_TEASERS = """<html><head><title>Winter kits handed out</title></head><body><main>
<article><h1>Winter kits handed out</h1><p>Volunteers handed out 2,600 winter safety kits this season.</p></article>
<article class="teaser"><h3><a href="/a">Blood drive breaks record</a></h3></article>
<article class="teaser"><h3><a href="/b">New training room opens</a></h3></article>
</main></body></html>"""


def test_an_article_beside_teasers_of_links_alone_is_still_the_page():
    text = "\n".join(p.text for p in load(_TEASERS.encode(), "kits.html").body)
    assert "2,600 winter safety kits" in text
    assert "Blood drive" not in text and "training room" not in text


def _pdf_with_grouped_columns() -> bytes:
    """A Chinese work report: a table whose header row (指标 / 目标 / 完成 / 目标 / 完成 / 同比) stands under a row
    that names a year over each pair of 目标 and 完成 columns, drawn centred over the pair, then a note."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    font = "STSong-Light"
    width, height = A4
    xs = [20, 62, 86, 110, 134, 158]

    def draw(c) -> None:
        c.setFont(font, 16)
        c.drawCentredString(width / 2, height - 25 * mm, "江阳市红十字会2024年工作报告")
        c.setFont(font, 10.5)
        y = height - 40 * mm
        c.drawString(20 * mm, y, "全年各项指标均超额完成，详见下表。")
        y -= 10 * mm
        c.setFont(font, 12)
        c.drawString(20 * mm, y, "表1　主要指标完成情况")
        y -= 8 * mm
        c.setFont(font, 10)
        rows = [("", "2023年", "", "2024年", "", ""), ("指标", "目标", "完成", "目标", "完成", "同比"),
                ("普及培训（万人次）", "12.5", "13.1", "13.5", "14.2", "+8.4%"),
                ("新增AED（台）", "240", "251", "260", "275", "+9.6%"),
                ("无偿献血（万人次）", "5.2", "5.35", "5.5", "5.8", "+8.4%")]
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v and i == 0:
                    c.drawCentredString((xs[j] + 24) * mm, y, v)
                elif v:
                    c.drawString(xs[j] * mm, y, v)
            y -= 7 * mm
        c.setFont(font, 10.5)
        c.drawString(20 * mm, y - 3 * mm, "注：普及培训含线上课程。")
        c.showPage()

    return drawn_pdf(draw)


def test_a_pdf_tables_row_naming_a_group_over_its_columns_heads_those_columns():
    doc = load(_pdf_with_grouped_columns(), "report.pdf")
    aed = next(p for p in doc.body if "275" in p.text)
    assert aed.kind == "table"
    assert "2023年目标：240" in aed.text and "2024年完成：275" in aed.text and "同比：+9.6%" in aed.text
    assert "2023年" not in doc.headings and "2024年" not in doc.headings  # (no section of their own)
    assert aed.text.splitlines()[0].replace("\u3000", " ") == "表1 主要指标完成情况"  # its caption, then its rows
    assert "\n2023年\n" not in aed.text


def test_a_masthead_line_under_the_pages_h1_in_its_header_is_read_under_the_title():
    # (the <header> holding the page's <h1> is its masthead: the line under the name says whose it is and which issue)
    doc = load(_NEWSLETTER.encode(), "oarlock.html")
    first = doc.body[0]
    assert first.text == "Newsletter of the Harbour Rowing Club - Issue 7, March 2025"
    assert first.path == ()


_SITE_HEADER = """<html><head><title>Spring appeal | Hillford Hospice</title></head><body>
<header><div class="logo">Hillford Hospice</div><p>Caring since 1982</p><nav><a href="/">Home</a></nav></header>
<main><h1>Spring appeal</h1><p>The spring appeal raised $18,400 for night nursing.</p></main></body></html>"""


def test_a_site_header_without_the_pages_h1_stays_the_sites():
    text = "\n".join(p.text for p in load(_SITE_HEADER.encode(), "appeal.html").body)
    assert "$18,400" in text and "Caring since" not in text
