"""A PDF laid out as slides (landscape pages of few lines: a title in the biggest type, bullets in large type each
opened by a glyph drawn apart from its text, a bar chart beside them) read as a deck: each slide's title heads what
is on its page (a question too), its bullets are list items, not headings, a chart's label and figures stand apart
from the bullets and a bullet wrapped onto a second line keeps its tail. A made-up deck in the shape of set 38's
board review."""
from __future__ import annotations

from reportbot.corpus.loaders import read_document

from tests.files import drawn_pdf, load

_SLIDES = [
    ("Harbour Food Bank", ["FY2024 review for the members", "Presented by Ana Ruiz, Director"], None),
    ("Meals and pantries",
     ["48,200 meals served, up 9% on FY2023", "212 mobile food drives held at schools, churches and workplaces",
      "31 pantries supplied across the county",
      "Weekend hours 9:00 a.m. - 1:00 p.m.; weekdays 8:00 a.m. - 6:00 p.m. at every pantry site",
      "Order fill rate: 97.5%"],
     ("Meals by site (%)", [("North", 40), ("South", 35), ("East", 25)])),
    ("Volunteers",
     ["412 volunteers gave 9,800 hours", "Volunteer of the Year: Sam Okafor",
      "A new warehouse opened in May 2024 with room for 1,200 pallets of food"],
     ("Hours (thousands)", [("FY2022", 8.1), ("FY2023", 8.9), ("FY2024", 9.8)])),
    ("Questions?", ["Ask Ana Ruiz, Director", "Every gift feeds a family for a week"], None),
]


def _deck(title: str = "", slides: list = _SLIDES) -> bytes:
    """The slides on 720 x 540 pt pages: a 28 pt bold title, 15 pt bullets whose glyph is drawn by itself left of
    the text (wrapped at 55 % of the page beside a chart), a chart's 11 pt bold label and 9 pt bar figures and
    names, a 9 pt footer."""
    from reportlab.lib.utils import simpleSplit

    width, height = 720, 540

    def draw(c) -> None:
        for n, (head, bullets, chart) in enumerate(slides, 1):
            c.setFont("Helvetica-Bold", 32 if n == 1 else 28)
            c.drawString(42, height - 57, head)
            y = height - 128
            for bullet in bullets:
                c.setFont("Helvetica", 15)
                c.drawString(42, y, "\u2022")
                for line in simpleSplit(bullet, "Helvetica", 15, width * 0.55 if chart else width - 85):
                    c.drawString(62, y, line)
                    y -= 21
                y -= 8.5
            if chart:
                label, bars = chart
                x0, y0, tall = width * 0.64, 85, 270
                c.setFont("Helvetica-Bold", 11)
                c.drawString(x0, y0 + tall + 23, label)
                top = max(v for _, v in bars)
                for k, (name, value) in enumerate(bars):
                    x = x0 + k * width * 0.32 / len(bars) + 10
                    c.rect(x, y0, 30, tall * value / top, fill=1, stroke=0)
                    c.setFont("Helvetica", 9)
                    c.drawCentredString(x + 15, y0 - 14, name)
                    c.drawCentredString(x + 15, y0 + tall * value / top + 6, f"{value:g}")
            c.setFont("Helvetica", 9)
            c.drawRightString(width - 28, 23, f"HFB FY2024 | {n}/{len(slides)}")
            c.showPage()

    return drawn_pdf(draw, title, pagesize=(width, height))


def _stored() -> list[str]:
    return read_document(_deck(), "deck.pdf").splitlines()


def test_a_bullet_glyph_drawn_apart_from_its_text_opens_its_item():
    lines = _stored()
    assert "- 48,200 meals served, up 9% on FY2023" in lines
    assert "- Volunteer of the Year: Sam Okafor" in lines
    assert not any(x.strip() == "•" or x.rstrip().endswith(" •") for x in lines)


def test_bullets_set_large_on_a_slide_are_no_headings():
    headings = [x for x in _stored() if x.startswith("#")]
    assert not any("meals served" in x or "Sam Okafor" in x or "Ana Ruiz" in x for x in headings)


def test_each_slides_biggest_line_heads_what_is_on_its_page_whatever_its_shape():
    doc = load(_deck(), "deck.pdf")
    held = {p.text: p.path for p in doc.body}
    assert all(path == ("Meals and pantries",) for text, path in held.items() if "pantries supplied" in text)
    assert all(path == ("Volunteers",) for text, path in held.items() if "Sam Okafor" in text)
    assert any("Every gift feeds a family" in text and path == ("Questions?",) for text, path in held.items())
    assert any("Presented by Ana Ruiz" in text for text in held)


def test_a_decks_first_slide_title_is_its_title_without_one_in_its_metadata():
    doc = load(_deck(), "deck.pdf")
    assert doc.title == "Harbour Food Bank (HFB)"  # (its footer's short name with it: pdf_acronym, loaders-45)
    assert any("Presented by Ana Ruiz" in p.text for p in doc.body)


def test_a_charts_label_stands_apart_from_the_bullet_above_it():
    lines = _stored()
    assert "- Order fill rate: 97.5%" in lines
    assert "Meals by site (%)" in lines


def test_a_wrapped_bullets_tail_heads_no_chart_table():
    lines = _stored()
    assert "- A new warehouse opened in May 2024 with room for 1,200 pallets of food" in lines
    assert "- 212 mobile food drives held at schools, churches and workplaces" in lines
    assert "- Weekend hours 9:00 a.m. - 1:00 p.m.; weekdays 8:00 a.m. - 6:00 p.m. at every pantry site" in lines
    assert not any(x.startswith("|") and "pallets" in x for x in lines)
    doc = load(_deck(), "deck.pdf")
    figures = next(p for p in doc.body if "FY2023: 8.9" in p.text)
    assert figures.path == ("Volunteers",)
    assert "A new warehouse opened in May 2024 with room for 1,200 pallets of food" in figures.text.splitlines()


def test_a_bullets_range_of_hours_reads_whole_in_its_slides_passage():
    doc = load(_deck(), "deck.pdf")
    hours = "Weekend hours 9:00 a.m. - 1:00 p.m.; weekdays 8:00 a.m. - 6:00 p.m. at every pantry site"
    assert any(hours in p.text.splitlines() for p in doc.body)
    assert not any(s.startswith("- 1:00") for p in doc.body for s in p.sentences)


def test_a_charts_label_opening_with_a_figure_reads_with_its_value():
    # (a category named with a figure first, 2nd Avenue, has a figure's shape: it is a label where a label stands,
    # after the chart's pairs, over a bare figure)
    sites = ("Pantry sites", ["Three pantries opened in 2024", "Each is open five days a week"],
             ("Meals by site (thousands)", [("Main", 21.4), ("Harbour", 9.6), ("2nd Avenue", 4.2)]))
    doc = load(_deck(slides=[*_SLIDES[:2], sites]), "deck.pdf")
    chart = next(p for p in doc.body if "Main: 21.4" in p.text)
    assert "2nd Avenue: 4.2" in chart.sentences or any("2nd Avenue: 4.2" in s for s in chart.sentences)
    assert not any("2nd Avenue 4.2" in p.text for p in doc.body)
