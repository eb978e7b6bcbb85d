"""A boxed panel of key figures on a PDF page (pdf_panels): each label and its figure read as one line
(``Events covered: 64``), under the panel's title, and no label is made a heading.

Each test draws a page with reportlab as a newsletter sets its panel and checks what a user reads: the stored text
and the passage the figures land in.
"""
from __future__ import annotations

import io
import re

from reportbot.corpus.loaders import read_document
from reportbot.corpus.pdf_panels import figure_only, key_figures
from reportbot.corpus.split import parse_text

STORY = ["The branch installed twenty-three public defibrillators around the harbour this year, paid for",
         "by a grant from the port company. Volunteers check every cabinet once a month."]
FIGURES = [("Events covered", "64"), ("Volunteer hours", "11,480"), ("Defibrillators installed", "23"),
           ("People trained in first aid", "2,915")]
AFTER = ["The branch's winter appeal closes on 30 September; gifts can be made online or at the office."]


def _panel(beside: bool, figures: list[tuple[str, str]] = FIGURES) -> bytes:
    """A page of prose with a boxed panel: each label in the body's face and its figure in bold, on the label's
    baseline at the box's right edge (``beside``) or on a line of its own below it, set larger."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, 780, "Harbour Branch News, Spring 2025")
    c.setFont("Helvetica", 10)
    y = 750.0
    for line in STORY:
        c.drawString(60, y, line)
        y -= 13
    y -= 14
    c.rect(60, y - (13 if beside else 30) * len(figures) - 16, 240, (13 if beside else 30) * len(figures) + 26)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(66, y, "Key figures, 1 Jan to 31 Aug 2025")
    y -= 20
    for label, figure in figures:
        c.setFont("Helvetica", 8.6)
        c.drawString(66, y, label)
        if beside:
            c.setFont("Helvetica-Bold", 8.6)
            c.drawRightString(294, y, figure)
            y -= 13
        else:
            c.setFont("Helvetica-Bold", 14)
            c.drawString(66, y - 15, figure)
            y -= 30
    y -= 24
    c.setFont("Helvetica", 10)
    for line in AFTER:
        c.drawString(60, y, line)
        y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def _passages(beside: bool) -> list:
    return parse_text(read_document(_panel(beside), "news.pdf"), "news.pdf").paragraphs


def test_a_panel_whose_figure_has_a_word_of_unit_keeps_every_figure_with_its_label():
    """A label over a figure with its unit (``Volunteer hours`` / ``11,480 hours``) looked like a table's header over
    the pairs after it: the figure was lost from every passage (set 32's Townsville review, lead-37)."""
    figures = [("Active volunteers", "1,284"), ("Volunteer hours contributed", "71,600 hours"),
               ("People trained in first aid", "9,430"), ("Emergency activations", "23"),
               ("Total income", "A$3.92 million")]
    passages = parse_text(read_document(_panel(False, figures), "review.pdf"), "review.pdf").paragraphs
    panel = [p for p in passages if "9,430" in p.text]
    assert len(panel) == 1, [p.text for p in passages]
    for label, figure in figures:
        assert f"{label}: {figure}" in panel[0].text, panel[0].text


def test_a_key_figures_panel_reads_each_label_with_its_figure_under_its_title():
    for beside in (True, False):
        text = read_document(_panel(beside), "news.pdf")
        passages = _passages(beside)
        panel = [p for p in passages if "11,480" in p.text]
        # one passage, opened by the panel's title, a line each "label: figure", as a table's rows read
        assert len(panel) == 1, [p.text for p in passages]
        lines = panel[0].text.split("\n")
        assert lines == ["Key figures, 1 Jan to 31 Aug 2025", *(f"{label}: {figure}" for label, figure in FIGURES)]
        assert not any(f"## {label}" in text for label, _ in FIGURES)  # no label made a heading
        assert not any(p.text.strip() in {"64", "23"} for p in passages)  # no figure a passage of its own
        # the story before it and the paragraph after keep their text
        assert "Volunteers check every cabinet once a month." in text and AFTER[0] in text


def test_figures_alone_and_lines_that_are_no_panel_are_left_as_they_are():
    assert figure_only("11,480") and figure_only("NZ$18,200") and figure_only("95%") and figure_only("1,200人")
    assert not figure_only("8:30 to 16:30") and not figure_only("03 477 1234") and not figure_only("Page 3")
    # one label over one figure (a title over its year) is no panel
    assert key_figures(["Annual Report", "2025", "The year in brief."]) == [["Annual Report", "2025",
                                                                              "The year in brief."]]
    # two figures over their labels are too few to say the lines are a chart's: they stay as they are
    lines = ["Results", "64", "Events covered", "23", "Defibrillators"]
    assert key_figures(lines) == [lines]


def test_a_bar_charts_value_labels_over_its_categories_read_as_one_table_under_its_title():
    """A chart drawn with rectangles: the text layer gives each bar's value and its category as lines of their own;
    each made a passage of its own (``9.7k`` / ``2020-21``), under the chart's title. Read as its pairs, the chart is
    one passage whose lines say which year had which figure."""
    lines = ["Swim and Survive participants (thousands)", "8.4k", "2019-20", "9.7k", "2020-21", "11.2k", "2021-22",
             "Figure 1  Swim and Survive participants, 2019-20 to 2021-22"]
    out = key_figures(lines)
    table = next(b for b in out if not isinstance(b, list))
    assert table.rows == (("Swim and Survive participants (thousands)", ""), ("2019-20", "8.4k"),
                          ("2020-21", "9.7k"), ("2021-22", "11.2k"))
    assert out[-1] == ["Figure 1  Swim and Survive participants, 2019-20 to 2021-22"]
    # the same figures over labels as a newsletter's key figures box, ending with a label: each figure its label's
    boxed = ["Key figures", "64", "Events covered", "11,480", "Volunteer hours", "23", "Defibrillators"]
    assert next(b for b in key_figures(boxed) if not isinstance(b, list)).rows[1:] == (
        ("Events covered", "64"), ("Volunteer hours", "11,480"), ("Defibrillators", "23"))


# (a made-up blood service's year, in the shape of set 40's season in numbers: another body's labels and figures)
TILES = [[("538", "donor sessions"), ("21,430", "units of blood collected"), ("1,274", "first-time donors"),
          ("3,615", "registered volunteer donors")],
         [("52,900", "volunteer driver hours"), ("31", "collection venues"),
          ("just under 600", "new platelet donors"), ("10-15 min", "typical time in the chair")]]


def _tiles() -> bytes:
    """A one-page summary as a club sets its season in numbers: a title, a paragraph, then two rows of four tiles,
    each a figure in large bold type centred over its label in small type, then a section in prose."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(50, 790, "Valley Blood Service - 2024-25 Year in Numbers")
    c.setFont("Helvetica", 9)
    c.drawString(50, 768, "The service runs sessions in eleven towns. These figures were compiled from the")
    c.drawString(50, 756, "session records and presented to the board in June.")
    y = 740.0
    for row in TILES:
        for k, (big, small) in enumerate(row):
            x = 50 + k * 125
            c.rect(x, y - 68, 115, 68)
            c.setFont("Helvetica-Bold", 20 if len(big) < 8 else 13)
            c.drawCentredString(x + 57.5, y - 34, big)
            c.setFont("Helvetica", 8)
            c.drawCentredString(x + 57.5, y - 54, small)
        y -= 82
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, y - 10, "Year summary")
    c.setFont("Helvetica", 10)
    c.drawString(50, y - 30, "Donors gave blood at 538 sessions, up from 471 the year before, most in town halls.")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_tiles_of_key_figures_read_each_figure_with_the_label_under_it():
    """Key-figure tiles (a large figure centred over a small label, four to a row; set 40's Hunter season in
    numbers): the text layer gives figure, label, figure, label. Labels run longer than a bar chart's categories
    (``registered volunteer donors``) and a figure may be a range or an approximation (``10-15 min``, ``just
    under 600``): the run was left as lines, each large figure read as a heading (``## 538``) and the labels glued to
    the figure of the next tile. Each figure now reads with its label (``label: figure``) in one passage."""
    text = read_document(_tiles(), "season.pdf")
    passages = parse_text(text, "season.pdf").paragraphs
    tiles = [p for p in passages if "3,615" in p.text]
    assert len(tiles) == 1, [p.text for p in passages]
    for row in TILES:
        for big, small in row:
            assert f"{small}: {big}" in re.split(r"\n|; ", tiles[0].text), tiles[0].text
    assert "## 538" not in text and "## 52,900" not in text
    summary = next(p for p in passages if "up from 471" in p.text)
    assert "Year summary" in summary.path and "3,615" not in summary.text


def test_a_range_or_an_approximate_figure_over_its_label_is_a_tile_but_a_year_range_is_a_label():
    lines = ["Highlights", "3-5 min", "launch to scene", "just under 400", "new members", "about 6,300",
             "students reached"]
    table = next(b for b in key_figures(lines) if not isinstance(b, list))
    assert table.rows[1:] == (("launch to scene", "3-5 min"), ("new members", "just under 400"),
                              ("students reached", "about 6,300"))
    # a season's years (2019-20) and a bare range are categories, no figures: the chart reads as it did
    chart = ["Members", "8.4k", "2019-20", "9.7k", "2020-21", "11.2k", "2021-22"]
    assert next(b for b in key_figures(chart) if not isinstance(b, list)).rows[1:] == (
        ("2019-20", "8.4k"), ("2020-21", "9.7k"), ("2021-22", "11.2k"))
    # an age chart's categories read as rough figures or ranges (Under 18, 18-30 years): still each bar's category
    ages = ["Members by age", "120", "Under 18", "340", "18-30 years", "95", "Over 65"]
    assert next(b for b in key_figures(ages) if not isinstance(b, list)).rows[1:] == (
        ("Under 18", "120"), ("18-30 years", "340"), ("Over 65", "95"))
