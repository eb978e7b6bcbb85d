"""Whether the figure a count question gets is a quantity, or a number that names something (an edition, a room).

English text writes numbers that count nothing: a label's number after a capitalised noun (Edition 4, Gallery 1,
Pier 2, Route 7), a street number before a capitalised name (88 Harbour Road), a day before its month (22 April),
a year beside a month or a preposition of time (in 2024). When the documents hold no count of what is asked, the
extraction may take such a number, and the question gets a number that answers nothing. Read by the shape of the
text around the number (capitals, a month, four digits, the closed class of time prepositions). Chinese text is
not read: a bare 2000 there counts (注册志愿者：2000). Pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.asked_for import plural
from reportbot.index.retrieval.counted import counted_head
from reportbot.index.retrieval.dates import MONTH_EN

# a singular capitalised noun before the number labels it wherever it stands (Edition 4; Gallery 1 – opening a
# line); a plural one counts (Volunteers 340, Branches 12): a heading's or a cell's count
_CAPITAL_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s$")
_CAPITAL_AFTER = re.compile(r"^\s([A-Z][a-z]+)")  # 88 Harbour Road
_YEAR = re.compile(r"(?:19|20)\d\d")
# a year beside a word that dates it: a preposition of time (in 2024, since 2019) or a month (May 2024, May 14, 2024)
_DATED_BEFORE = re.compile(r"(?:\b(?:in|since|by|from|until|till|through|during|of)"
                           rf"|{MONTH_EN}\.?(?:\s\d{{1,2}},?)?)\s$", re.I)
_DATED_AFTER = re.compile(rf"^\s{MONTH_EN}")
# a plural noun within three words after the number: what it counts (2000 members, 2000 registered members)
# a capitalised name whose last word is a plural noun, within three words after the number: what it counts (64 Red
# Cross volunteers, 70 Boai Homes), not what it names (88 Harbour Road, 45 Kings Road)
_NAME_COUNTED = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}[A-Za-z]{3,}(?<![su])s\b(?![\'’]|\s+[A-Z])")
_SECTION_NUMBER = re.compile(r"\d\.$")  # 2.1.1 Volunteers must …: the last part of a clause's number names it
_COUNTS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}(?<![su])s\b(?!')")


def names_something(span: Span | None, sentence: str, counted: str = "") -> bool:
    """The answer is a bare number that labels or dates something in English text: after a capitalised word
    (Edition 4, Gallery 1) that is no plural (Volunteers 340 counts), before a capitalised word (88 Harbour Road)
    that is not the ``counted`` noun itself (Key Figures: 12 Branches, when branches are counted) or before a month
    (22 April), or a year beside a word that dates it (in 2024, May 2024) or with no plural noun after it that it
    counts (2024 was …, not 2000 members). Chinese text is not read (注册志愿者：2000 counts)."""
    if span is None or sentence[span.start:span.end] != span.text or not is_english(sentence):
        return False
    m = re.fullmatch(r"(\d{1,4})(\s[A-Z][a-z]+)?", span.text)  # 88 Harbour: the name taken as the number's unit
    if m is None:
        return False
    end = span.start + len(m.group(1))
    before, after = sentence[:span.start], sentence[end:]
    if _YEAR.fullmatch(m.group(1)) and not m.group(2) and (_DATED_BEFORE.search(before) or _DATED_AFTER.match(after)
                                                           or not _COUNTS_AFTER.match(after)):
        return True
    name = _CAPITAL_AFTER.match(after)
    named = name is not None and not (counted and name.group(1).lower().rstrip("s") == counted.lower().rstrip("s")) \
        and not (_NAME_COUNTED.match(after) and not _SECTION_NUMBER.search(before))
    label = _CAPITAL_BEFORE.search(before)
    return bool(label and not plural(label.group(1).lower()) or named or re.match(rf"\s{MONTH_EN}", after))


def label_checked(q, sentence: str, span: Span | None, context: str = "") -> float:
    """0 when a count question is answered by a number that names something (:func:`names_something`)."""
    return 0.0 if q.kind == "count" and names_something(span, sentence, counted_head(q.text) or "") else 1.0
