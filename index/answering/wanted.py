"""What kind of answer a question wants beyond its kind (moved from choose.py): a measure or an amount of money
asked in other words than a count, a thing named by "which …"."""
from __future__ import annotations

import re

from reportbot.index.retrieval.query import Query

# a measure named by its dimension (height, weight), a span of time (window), a bound (cap, threshold) or a currency
# sign the question types
MEASURE_ASKED = re.compile(r"\bhow (long|far|often|old|deep|big|fast|soon|high|tall|heavy)\b|"
                           r"\b(depth|rate|date|times?|phone|call|ages?|budget|cost|temperature|percentage|ratio|"
                           r"amount|sum|total|target|quota|max|maximum|min|minimum|limit|height|length|width|weight|"
                           r"distance|duration|window|deadline|cap|ceiling|threshold)\b|[$€£¥]|"
                           r"多长|多久|多深|多远|日期|电话|预算|费用|温度|比例")
AMOUNT_ASKED = re.compile(r"\b(amount|sum|total|target|quota|budget|cost|price|fee)\b|[$€£¥]|预算|费用|金额|经费|总额|"
                          r"目标")
QUANTITY_ASKED = re.compile(r"\bhow (?:long|far|often|old|deep|big|heavy)\b|多长|多久|多深|多远|多重|"
                            r"\b(?:stock|postal|zip|product) code\b|代码|编号")


def asks_quantity(q: Query) -> bool:
    """An amount of money or a measure asked in other words than a count ("how long is the training", "donations
    raised")."""
    from reportbot.index.answering.units import money_head

    text = q.text.lower()
    return bool(AMOUNT_ASKED.search(text) or QUANTITY_ASKED.search(text)) or q.lang == "en" and money_head(text)


_WHICH_NOUN = re.compile(r"^\W*which ([a-z-]+)")


def names_a_thing(q: Query) -> bool:
    """"Which committee …": the question opens by asking for a thing that is no measure (which date is one)."""
    m = _WHICH_NOUN.match(q.text.lower())
    return q.kind in ("what", "other") and m is not None and not MEASURE_ASKED.search(m.group(1))


def asks_figure(q: Query) -> bool:
    """A what/how question that asks for a measure (how long, how far, what depth, which date, phone number)."""
    from reportbot.index.answering.units import money_head

    return bool(MEASURE_ASKED.search(q.text.lower())) or q.lang == "en" and money_head(q.text.lower())


# a which/what question whose noun is a place (which room, what floor, 哪个房间): a where question in other words
_PLACE_NOUN = re.compile(r"\b(?:which|what) (?:[a-z]+ )?(?:room|building|floor|hall|venue|location|address)s?\b|"
                         r"哪(?:个|间|栋|幢|层|座)?(?:房间|教室|楼|会议室|场馆|地址)")


def field_kind(q: Query) -> str:
    """The kind of form field that answers: the question's kind, or where for a place asked by its noun."""
    return "where" if q.kind in ("what", "other") and _PLACE_NOUN.search(q.text.lower()) else q.kind
