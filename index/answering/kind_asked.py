"""Whether the answer is the kind of thing the question asks for, where the other gates read the kind too loosely.

Near misses of one sort: the documents do not give the thing asked, and the extraction fills the question word's
slot with a neighbour of another kind.

- A person asked by role ("the name of the president", "the charity's president name", 会长叫什么名字, "张三's job
  title") answered with a quoted
  term (“七大”): the name shape accepts anything quoted, as names of campaigns and awards are; but a role's holder
  is a person and a role is a role, so the answer must name someone (:func:`.shape.names_someone`), at the rank
  asked (:mod:`.role_rank`: a deputy for a deputy). A role noun is told by the dictionary: an English noun one of
  whose CC-CEDICT senses is a Chinese word ending in a role's character (president: 会长, secretary: 书记), a Chinese
  noun ending in one.
- A day asked (哪天, what date) answered with a year alone (2026年): a year is no day (:func:`.time_said.day_given`).
- Someone asked (who) answered with a street's name (Birch Street): a street is a place, no one.
- A time asked (opening hours, 开放时间, when) answered with a phone number ((207) 555-0190, as :mod:`.phones`
  reads one) that names no time (:data:`.time_said.NAMED_TIME`): a number to call is no time.
- A place asked (在哪, where) answered with a clause that gives an amount of money or a share (罚款200元, 增长24.4%):
  a place holds no amount (a table row of fines for a question on where a shed stands).

Pure functions over strings (the role nouns are a table of the data folder's lexicon).
"""
from __future__ import annotations

import re
from itertools import takewhile

from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.phones import holds_dialled
from reportbot.index.answering.shape import names_someone
from reportbot.index.answering.spans import Span
from reportbot.index.answering.time_said import NAMED_TIME
from reportbot.index.retrieval.asked_for import PHRASE_END
from reportbot.index.retrieval.cedict import ROLE_END, english_roles
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tagging import tagged

# "the name of the X", "X's name", a noun phrase closed by "name" with no question word ("harbour trust vice
# president name"): the English noun phrase a name is asked of (the last alternative's noun is the word before "name")
_NAME_OF = re.compile(r"\bname of (?:the |a |an |your |their |its |his |her )?((?:[a-z'-]+ ?){1,6})|"
                      r"\b([a-z-]+)'s name\b|\b([a-z-]+) name\W*$")
# a role asked of a person: a job title, 职务, 头衔
_ROLE_ASKED = re.compile(r"\bjob title\b|职务|职位|头衔")
# a name asked after its noun in Chinese (会长叫什么名字, 书记是谁, 秘书长的名字)
_NAME_ZH = re.compile(r"(?:叫什么|叫啥|的名字|名字叫|是谁|係邊個|是哪位)")
# an English street's name ends in its kind (Birch Street, Harbour Rd)
_STREET = re.compile(r"\b(?:street|st|road|rd|avenue|ave|lane|boulevard|blvd)\.?$", re.I)
# a time asked by its noun or question word (opening hours, 开放时间, 几点, when)
_TIME_ASKED = re.compile(r"\bhours\b|\btimes\b|\bwhen\b|时间|時間|几点|幾點|什么时候|啥时候|幾時", re.I)
# an amount: money or a share after a figure, a currency before one, a label in money before one (罚款（元）：200)
_AMOUNT = re.compile(r"\d\s*[万亿千百]?\s*(?:[港美]?元|块|%|％)|[$¥€£]\s?\d|元\s*[)）]\s*[:：]\s*\d|"
                     r"\d\s*(?:yuan|dollars?|percent)\b", re.I)


def role_noun_en(noun: str) -> bool:
    """An English noun (or its singular) names a role someone holds (president, secretary, director): it is a
    dictionary sense of a Chinese word ending in a role's character (:func:`.cedict.english_roles`)."""
    roles = english_roles()
    forms = (noun, noun[:-1] if noun.endswith("s") else "", noun[:-2] if noun.endswith("es") else "",
             noun[:-3] + "y" if noun.endswith("ies") else "")
    return any(form in roles for form in forms if form)


def asks_person_by_role(q: Query) -> bool:
    """The question asks the name of a role's holder, or the role of a person."""
    text = q.text.lower()
    if _ROLE_ASKED.search(text):
        return True
    if q.lang == "en":
        m = _NAME_OF.search(text)
        if not m:
            return False
        if m.group(2) or m.group(3):
            return role_noun_en(m.group(2) or m.group(3))
        words = list(takewhile(lambda w: w not in PHRASE_END, m.group(1).split()))
        return bool(words) and role_noun_en(words[-1])
    m = _NAME_ZH.search(q.text)
    if not m:
        return False
    before = tagged(q.text[:m.start()].rstrip("的"))
    return bool(before) and before[-1][1].startswith("n") and len(before[-1][0]) >= 2 \
        and before[-1][0].endswith(ROLE_END)


def person_given(q: Query, sentence: str, span: Span | None, context: str = "") -> bool:
    """False when a role's holder or a person's role is asked and the answer names no one (a quoted term, a clause; a
    name written right after the role asked names its holder), or a role's holder is asked and the answer is a role
    alone or someone of another rank (:mod:`.role_rank`)."""
    from reportbot.index.answering.role_rank import holder_named, rank_given  # they read this module's questions

    if span is None or not rank_given(q, sentence, span):
        return span is None
    if not asks_person_by_role(q):
        return True
    return is_english(span.text) or names_someone(span.text) or holder_named(q, sentence, span)


def place_given(q: Query, sentence: str, span: Span | None, context: str = "") -> bool:
    """False when a where-question's answer gives an amount of money or a share."""
    return span is None or q.kind != "where" or not _AMOUNT.search(span.text)


def time_not_phone(q: Query, sentence: str, span: Span | None, context: str = "") -> bool:
    """False when a time is asked and the answer is a phone number with no time."""
    if span is None or not _TIME_ASKED.search(q.text):
        return True
    return not (holds_dialled(span.text) and not NAMED_TIME.search(span.text))


def someone_not_street(q: Query, sentence: str, span: Span | None, context: str = "") -> bool:
    """False when a who-question is answered with a street's name."""
    return span is None or q.kind != "who" or not _STREET.search(span.text.strip())
