"""Loading faults the thirty-fifth round's review and set 32's documents showed (lead-36). Made-up documents in the
bench documents' shapes."""
from __future__ import annotations

from tests.files import load

_PRICES = """Riverside First Aid Centre Price List 2025

Our courses are open to everyone aged 16 and over. Prices include the manual and the certificate.

Emergency First Aid ........ 85
Standard First Aid ......... 140
CPR Level C ................ 60
Babysitter course .......... 45

Group bookings of ten or more receive a 10 percent discount.
"""


def test_a_plain_price_list_with_leader_dots_is_one_passage_of_its_lines_not_a_run_of_headings():
    doc = load(_PRICES.encode(), "prices.txt")
    holding = [p for p in doc.body if "CPR Level C" in p.text]
    assert len(holding) == 1 and "Standard First Aid" in holding[0].text and "Babysitter course" in holding[0].text
    assert not any("......" in x for p in doc.body for x in p.path)  # no price line heads a section


_QUOTE = """# Board minutes, March 2025

## Chair's remarks

> We trained more people this quarter than in any quarter before.
> - Maria Lopez, Chair

The meeting closed at 8:40 pm.
"""


def test_a_quotes_attribution_written_as_a_list_item_stays_with_the_quote():
    doc = load(_QUOTE.encode(), "minutes.md")
    quote = next(p for p in doc.body if "any quarter before" in p.text)
    assert "Maria Lopez, Chair" in quote.text
    assert not any(p.text.strip() == "Maria Lopez, Chair" for p in doc.body)


def test_a_quotes_closing_dash_line_names_who_said_it_in_the_same_passage():
    text = "# 会议纪要\n\n> 今年全市新增救护员三千人。\n>\n> ——张华，会长\n\n会议于下午五时结束。\n"
    doc = load(text.encode(), "纪要.md")
    quote = next(p for p in doc.body if "三千人" in p.text)
    assert "张华" in quote.text


def test_a_quoted_list_of_several_items_is_still_a_list():
    text = "# Notes\n\n> Our aims this year:\n> - Train 500 people\n> - Open a second station\n"
    doc = load(text.encode(), "notes.md")
    aims = next(p for p in doc.body if "Open a second station" in p.text)
    assert "Train 500 people" in aims.text and "— Open a second station" not in aims.text
