"""Numbered lists read back as the reader saw them: nested lists that start past 1, an empty item, ``start="0"``,
numbers set by CSS (tidy-25).

Each file is built here; the assertions are on the stored text a user sees (``read_document``) and on the passages
read back from it (``parse_text``).
"""
from __future__ import annotations

from reportbot.corpus.loaders import read_document
from reportbot.corpus.split import parse_text


def _items(text: str, name: str) -> list[str]:
    """The list items of a stored text, one line each, as the passages hold them."""
    doc = parse_text(text, name)
    return [line for p in doc.body if p.kind == "list" for line in p.text.split("\n")]


def test_a_nested_list_that_starts_past_1_stays_its_own_items():
    page = ("<h1>Hall booking</h1><ol><li>Book the hall.<ol start=\"3\"><li>Pick a date.</li><li>Pay the deposit."
            "</li></ol></li><li>Confirm by email.</li></ol>")
    text = read_document(page.encode(), "booking.html")
    assert "1. Book the hall.\n\n   3. Pick a date.\n   4. Pay the deposit.\n2. Confirm by email." in text
    items = _items(text, "booking.html")
    # read back, step 3 is its own item, not more words of step 1
    assert "1. Book the hall." in items and "3. Pick a date." in items and "2. Confirm by email." in items


def test_an_item_without_text_gives_its_number_to_no_other_item():
    # item 2 holds only a table: its number must not land on the bullet after the list
    md = ("# Kit\n\nSteps:\n\n1. Fill in the form.\n2. | Item | Cost |\n   | --- | --- |\n   | Pen | 2 |\n\n"
          "- Bring a pen.\n")
    assert _items(md, "kit.md") == ["Steps:", "1. Fill in the form.", "Bring a pen."]


def test_a_list_that_starts_at_0_reads_0():
    text = read_document(b'<h1>Drill</h1><ol start="0"><li>Check the scene.</li><li>Call for help.</li></ol>',
                         "drill.html")
    assert "0. Check the scene.\n1. Call for help." in text
    assert _items(text, "drill.html") == ["0. Check the scene.", "1. Call for help."]


def test_css_list_styles_number_a_list_as_the_browser_does():
    page = ('<h1>Kit</h1><ol style="list-style: inside decimal"><li>Gloves.</li><li>Mask.</li></ol>'
            '<p>Then:</p><ol style="list-style-type: lower-roman; list-style-position: inside"><li>Wash.</li>'
            '<li>Dry.</li></ol><p>Never:</p><ol style="list-style-type: none"><li>Run.</li><li>Shout.</li></ol>')
    text = read_document(page.encode(), "kit.html")
    assert "1. Gloves.\n2. Mask." in text and "- i. Wash.\n- ii. Dry." in text
    assert "- Run.\n- Shout." in text  # no numbers where the style shows none
