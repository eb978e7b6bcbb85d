"""The measure a question asks against the measure its answer's figure gives: money, a duration, a share, a count.

A near miss asks an amount the documents never give for its thing ("how many dollars did the storm cost", 水灾损失
多少钱) and the search finds the passage that counts what the flood did (212 homes): the figure is a count of things,
not money. :mod:`.dimension_said` weighs the dimensions units name (公升 against 公斤, 分 against 元); this reads
the two classes it leaves unweighed, each from grammar and CC-CEDICT, never from questions:

- money asked by a noun whose first CC-CEDICT sense is money (经费, 资金, 费用, 预算, 成本: funds, cost, budget)
  right before the question word, or by "dollar" in an English question ("dollar damage", "in dollars");
- a count of things given: a figure followed by a measure word CC-CEDICT calls a classifier (户, 家, 所, 辆) that
  measures nothing else, or in English by a plural noun that is no unit ("212 homes", "14 flooded schools").

A money, duration or share question answered with a count of things is refused (or the engine takes another
figure), and so is a count of things asked (多少户, how many schools) answered with money, a duration or a share.
Pure functions over strings.
"""
from __future__ import annotations

import functools
import re

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.clause_bounds import clause_around
from reportbot.index.answering.dimension_said import answered_dimension, asked_measure, dimension_of
from reportbot.index.answering.spans import Span
from reportbot.index.answering.two_asks import first_asked
from reportbot.index.answering.unit_dimensions import LENGTH_UNITS, TIME_UNITS, WEIGHT_UNITS
from reportbot.index.answering.units import HOW_MANY_ZH, question_unit
from reportbot.index.retrieval.cedict import entries_of, headed_nouns
from reportbot.index.retrieval.measured import CLASSIFIERS
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tagging import placed, tagged

# the English senses that name an amount of money (a dictionary word's first sense one of them is a money noun);
# not "capital", which is a city as often (首都)
_SENSE = re.compile(r"\([^)]*\)")
MONEY_SENSES = frozenset({"money", "funds", "fund", "funding", "cost", "costs", "expense", "expenses", "expenditure",
                          "budget", "fee", "fees", "price", "payment", "income", "revenue"})
# the amounts a count of things does not answer, nor a count of things asked is answered by: money, a duration, a
# share (not a length: "so far" reads as one, and a distance is often counted in blocks or stops)
AMOUNTS = frozenset({"money", "time", "share"})
# classifiers that measure something other than things: money (块), times and ages (岁, 季, 期), degrees and points
# (度, 点, 分), and those read by :mod:`.dimension_said` (次, 场, 起: times; 名, 位: people)
_MEASURING = frozenset("块岁季期度点分")
# a duration after a classifier (7个工作日, 3个月, 几个学时): time, not things
_TIME_ZH = rf"(?:{TIME_UNITS[0]}|月|钟|工作[日天])"
_MAGNITUDE = r"(?:[万亿千百]|\s?(?:million|thousand|billion|k|m|bn)\b)?"
# a figure and what follows it: an English word or two, or the Chinese character after it (a classifier)
# (an adjective between, "212 flooded homes"; not a preposition: "12 for shifts" counts no shifts), unless a rate
# follows ("120 compressions per minute", "3 visits a week"); the Chinese character after it, or the unit after 个
_BETWEEN = r"(?!(?:for|of|to|in|on|at|by|per|a|an|the|and|or|from|with|each|every)\b)[a-z-]+\s+"
_RATE = r"(?!\s+(?:per|a|an|every|each)\b|\s*/)"
_FIGURE_EN = re.compile(rf"(?<![\w.])(?!(?:19|20)\d\d\b)\d[\d,.]*{_MAGNITUDE}\s+([a-z]+)\b{_RATE}", re.I)
_AFTER_ADJECTIVE = re.compile(rf"\d[\d,.]*{_MAGNITUDE}\s+{_BETWEEN}([a-z]+)\b{_RATE}", re.I)
_FIGURE_ZH = re.compile(rf"(?<![第\d.,])\d[\d,.]*{_MAGNITUDE}\s*[余多]?\s*([\u4e00-\u9fff])(?!{_TIME_ZH}|百分点)")
# English plural words after a figure that count no thing: units, magnitudes, a share
_NOT_THINGS = re.compile(rf"^(?:{LENGTH_UNITS[1]}|{WEIGHT_UNITS[1]}|{TIME_UNITS[1]}|percents?|cents|pence|"
                         r"pounds|euros|miles|yards|ounces|gallons|litres|liters|units|yrs|hrs|mins|secs|pts|"
                         r"thousands|millions|billions|hundreds|dozens|tens|this|has|was|is|as|its|plus|less)$", re.I)
# money an English answer names after its figure (5,000 pounds, 40 euros), which :mod:`.dimension_said` leaves out
_MONEY_EN = re.compile(r"\d\s*(?:million|thousand|billion|k|m|bn)?\s*(?:pounds|euros?|pence|cents)\b", re.I)
# a question that asks why or how a figure came about asks no figure
_WHY = re.compile(r"^\s*why\b|为什么|为何|为啥|點解|点解|怎么会", re.I)
# an English question that asks a second thing after "and" (how many requests and what share were approved): its
# answer may give either, and :func:`.two_asks.first_asked` reads only Chinese ones apart
_SECOND_ASK = re.compile(r"\band (?:what|how|which|when|where|who|whether)\b", re.I)
# English nouns whose plural takes no s (grammar, not a question's words)
_PLURAL_NO_S = re.compile(r"^(?:people|staff|children|men|women|personnel|crew|police|folk|sheep|fish|deer|cattle)$")
# a table row's label that gives its value's unit, right before a bare figure (罚款（元）：50)
_LABEL_UNIT = re.compile(r"[（(]([^）)]{1,4})[）)]\s*[：:]\s*$")
_BARE = re.compile(r"\d[\d,.]*")
_DOLLAR = re.compile(r"\bdollars?\b|\bhow much money\b", re.I)
# where a bare figure's own clause or table cell ends: its unit stands before this (a year in the next cell,
# 45；2023年新增, is no unit of it); not a comma inside a figure (1,200)
_CELL_END = re.compile(r"[；;，。、！？!?|\n]|,(?!\d)")


@functools.lru_cache(maxsize=4096)
def money_noun(word: str) -> bool:
    """The word's first common CC-CEDICT sense is an amount of money (经费: funds, 成本: cost, 预算: budget); read a
    word at a time, from the data folder's lexicon where one serves (no dictionary parsed whole on a question)."""
    common = next((defs for proper, defs in entries_of(word) if not proper), None)
    if common is None:
        return False
    return re.sub(r"^(?:a|an|the) ", "", _SENSE.sub("", common.split("/")[0]).strip().lower()) in MONEY_SENSES


# a question word that asks an amount (no classifier after it), and what may stand between it and its noun
_ASKS_AMOUNT = re.compile(rf"{HOW_MANY_ZH}(?![个名人位户家所项件台辆次天年月])")
_BETWEEN_ZH = re.compile(r"(?:是|为|有|要|共|一共|总共|合计|总计)*$")


def _money_asked(text: str) -> bool:
    """A money noun of two to four characters right before a question word, a verb of being or a total between
    (经费是多少, 资金一共几多)."""
    for m in _ASKS_AMOUNT.finditer(text):
        before = _BETWEEN_ZH.sub("", text[:m.start()])
        if any(money_noun(before[-n:]) for n in (4, 3, 2) if len(before) >= n):
            return True
    return False


def asked_class(q: Query) -> str | None:
    """What a question asks a figure in: an amount (money, a duration, a share, a weight, a volume, a length: the
    dimension :func:`.dimension_said.asked_measure` reads, or money named by a dictionary's money noun or by
    "dollar"), "count" for a count of things (a classifier or a counted noun that is no unit: 多少户, how many
    homes), or None."""
    measure = asked_measure(q)
    if measure:
        return measure
    if _DOLLAR.search(q.text) or q.lang == "zh" and _money_asked(q.text):
        return "money"
    if q.kind != "count":
        return None
    unit = question_unit(q)
    if q.lang == "zh":
        if re.search(rf"{HOW_MANY_ZH}个?{_TIME_ZH}", q.text):
            return None  # 几个学时, 几个工作日: a duration the units table leaves out
        return "count" if unit and _counts_things(unit) else None
    return "count" if unit is None and _counted_noun(q.text) else None


_HEADCOUNT = re.compile(r"\bhead[\s-]?counts?\b", re.I)


def _counted_noun(text: str) -> bool:
    """An English count question counts a plural noun or people (how many homes, how many flooded schools, the
    number of staff, a headcount)."""
    if _HEADCOUNT.search(text):
        return True  # a headcount: people counted, though no "how many" asks it
    m = re.search(r"\b(?:how many|number of)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b", text, re.I)
    return m is not None and _thing(m.group(1))


def _thing(word: str) -> bool:
    """An English word that may name things or people counted: a plural (homes, staff, people: English's plurals
    without an s), no unit of a dimension, no magnitude, no share."""
    word = word.lower()
    counted = word.endswith("s") and not word.endswith("ss") or _PLURAL_NO_S.match(word) is not None
    return counted and len(word) > 2 and dimension_of(word) is None and not _NOT_THINGS.match(word)


def answered_class(text: str) -> str | None:
    """The measure an answer's first figure gives: the dimension of its unit (:func:`.dimension_said.
    answered_dimension`), else "count" for a count of things (212 homes, 36户, 5所) by what follows the figure,
    else None."""
    found = answered_dimension(text)
    if found:
        return found
    if _MONEY_EN.search(text):
        return "money"
    text = to_simplified(text)  # 640個: the classifier in simplified characters
    first = re.search(r"(?<![\w.,])\d", text)
    if first is None:
        return None
    zh = _FIGURE_ZH.match(text, first.start())
    if zh:
        return "count" if _counts_things(zh.group(1)) else None
    adjective = _AFTER_ADJECTIVE.match(text, first.start())  # 212 flooded homes; 4 class hours, a unit
    if adjective and (dimension_of(adjective.group(1).lower()) or _NOT_THINGS.match(adjective.group(1))):
        return None
    en = _FIGURE_EN.match(text, first.start())
    return "count" if en and _thing(en.group(1)) or adjective and _thing(adjective.group(1)) else None


def _counts_things(unit: str) -> bool:
    """A Chinese measure word that counts things: one the units table or CC-CEDICT calls a classifier (户, 家, 所,
    辆), none that measures money, time, people or times."""
    return len(unit) == 1 and (unit in CLASSIFIERS or unit in headed_nouns()) and unit not in _MEASURING \
        and dimension_of(unit) is None


def measure_answers(q: Query, sentence: str, span: Span | None, context: str = "") -> bool:
    """False when an amount is asked and a count of things given (the dollar damage asked, 212 homes given), or a
    count of things asked and money, a duration or a share given (多少户 answered 120万元, or a bare value its row's
    label gives in 元: 罚款（元）：50); True otherwise."""
    if span is None:
        return True
    asked = asked_class(first_asked(q))
    if asked is None or _WHY.search(q.text) or _SECOND_ASK.search(q.text):
        return True
    text = span.text if not re.search(r"\d\s*$", span.text) else span.text + _CELL_END.split(
        sentence[span.end:span.end + 24], maxsplit=1)[0]
    found = answered_class(text)
    label = _LABEL_UNIT.search(sentence[max(0, span.start - 12):span.start])
    if found is None and label and _BARE.fullmatch(span.text.strip()):
        found = dimension_of(label.group(1)) or answered_class(f"1{label.group(1)}")  # 罚款（元）：50 gives money
    if found == "count":
        clause = _clause_of(sentence, span)  # 调拨5辆救护车, 覆盖民宿300家: the noun on either side of the figure
        return asked not in AMOUNTS and not (asked == "count" and other_thing(q.text, to_simplified(span.text), clause))
    return not (asked == "count" and found in AMOUNTS)


_ASKED_CLASSIFIER = re.compile(rf"{HOW_MANY_ZH}([\u4e00-\u9fff])")


def _clause_of(sentence: str, span: Span) -> str:
    """The clause of the sentence holding the span (between marks that end a clause), the span when it stands
    elsewhere."""
    if sentence[span.start:span.end] != span.text:
        return span.text
    return clause_around(sentence, span.start, span.end, _CLAUSE_MARKS)


_CLAUSE_MARKS = re.compile(r"[，,。；;！？!?\n]")


def other_thing(question: str, answer: str, clause: str = "") -> bool:
    """A count asked in a classifier of things other than 个 (几张 + its noun) answered by a figure in another
    classifier (个) in a clause that never says the asked noun (640个物资包 for 几张折床): it counts another thing;
    not a first character of a longer word after the question word (多少家用药箱: 家 opens the noun).
    A classifier that differs but counts the noun asked (5辆救护车 for 几台救护车) is no other thing."""
    m = _ASKED_CLASSIFIER.search(question)
    if m is None or m.group(1) == "个" or not _counts_things(m.group(1)) or _opens_word(question, m.start(1)):
        return False  # 多少家用药箱: 家 opens the noun, no classifier
    noun = next((w for w, tag in tagged(question[m.end():])[:2] if tag.startswith("n")), None)  # 张 折 床
    first = re.search(r"(?<![\w.,])\d", answer)
    given = _FIGURE_ZH.match(answer, first.start()) if first else None
    if noun is None or given is None or given.group(1) == m.group(1) or not _counts_things(given.group(1)):
        return False
    return noun not in to_simplified(clause or answer)


def _opens_word(text: str, at: int) -> bool:
    """text[at] is the first character of a longer word jieba reads (家 of 家用)."""
    return any(start == at and len(word) > 1 for word, _, start in placed(text))
