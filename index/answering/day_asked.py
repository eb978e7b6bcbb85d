"""Whether an English question's "day" asks a date: the busiest day, the day of the draw, which day were the clinics
busiest; not a day a word of its own follows (World Sight Day screening, flag day income), the name of an event whose
other figure the question asks. A word of its own is any word but a function word (:data:`.tokenize.STOPWORDS_EN`:
of, is, were, in, for …), which goes on asking the day; a rate (per day, a day) asks none. Pure."""
from __future__ import annotations

import re

from reportbot.index.retrieval.tokenize import STOPWORDS_EN

# (per day, a day, each day, every day: a rate or a habit, no day asked)
_DAY = re.compile(r"(?<!\bper )(?<!\ba )(?<!\beach )(?<!\bevery )\bday\b(?:\s+(\w+))?")


def asks_day(text: str) -> bool:
    """Whether lowercased ``text`` says "day" at the end or before a function word (see the module)."""
    return any(m.group(1) is None or m.group(1) in STOPWORDS_EN for m in _DAY.finditer(text))
