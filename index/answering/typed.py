"""The ``typed`` signal: whether an answer is of the kind its question asks for and says something the question
does not (a figure for a count, a date for when, a place for where, a short name or role for who), and the
:class:`Shapes` that decide it. Pure functions; split from :mod:`.signals`, which gathers every signal of an answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.align import QWORD_ZH, alignment, wants_list
from reportbot.index.answering.asked import ends_in_contact
from reportbot.index.answering.cells import PERSON_EN
from reportbot.index.answering.counted_across import classifier_asked
from reportbot.index.answering.entities import names_no_one
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.kind_apart import kind_apart
from reportbot.index.answering.shape import ASKS_NAME, MONTH_EN, asks_date, gives_number
from reportbot.index.answering.spans import Span
from reportbot.index.answering.together import FIGURE_FIRST  # a figure answer: the figure first, a short tail
from reportbot.index.answering.units import named_unit, other_measure, person_times_asked, question_unit
from reportbot.index.answering.venue import venue_end
from reportbot.index.retrieval.numerals import NUMERAL_ZH, figure_value
from reportbot.index.retrieval.place_names import jieba_places
from reportbot.index.retrieval.query import Query

# a quoted stretch: a name a question restricts itself to (signals.constraint_words), or one an answer gives anew
QUOTED = re.compile(r"[“\"「『《']([^”\"」』》']{1,30})[”\"」』》']")
_WHOLE_QUOTE = re.compile(r"“[^”“]{2,40}”|《[^》《]{2,40}》|「[^」「]{2,40}」")
_PLACE_END = re.compile(r"[省市县区州镇乡村]|[A-Z][a-z]+")
# question words beyond the slot-finding ones: how long / deep / far, yes-no questions (吗, 是否 (the question reads an
# A-not-A verb so: 开不开, 系唔系), A-not-A, 有冇), Cantonese ones (咩 what, 边个 who, 边度 where) and colloquial 干嘛
_ASKS_ZH = re.compile(r"多[久长深远高重大宽]|[吗呢][？?]?$|是否|([\u4e00-\u9fff])[不没冇唔]\1|有冇|咩|乜|"
                      r"边[个度啲位]|干嘛")
# a clause answers no question asking for a name or a date (shape.ASKS_NAME, shape.asks_date): a name in Chinese
# text is short or quoted, in English text it may be long (First Aid Training Course); a date holds a figure
_DATE_FIGURE = re.compile(r"\d|[一二三四五六七八九十]+\s*[月日号点时]")
# a date or a time of day: a year, a month or day, a day written in numbers alone (2025-01-20, 2025/1/20), a clock
# time, a recurrence (每年3月), a fiscal year (年度) (a Republic of China year, 民国39年, as Taiwanese documents write
# one; a phone's or a code's figures after a year's, 2010-8888, are no date), or a time counted from an event: a
# numbered week (开学后第3周前, 第二週), so many days, weeks or months before, after or within
# (活动前5天, 结业后2个月内)
_RELATIVE_UNIT = r"(?:个|個)?\s*(?:天|日|[周週]|星期|月|小[时時])"
_DATE_SHAPE = re.compile(rf"(?<![\d-])(?:19|20)\d{{2}}(?![\d-])|(?<![\d-])\d{{1,2}}\s*[月日号点时]|"
                         rf"[一二三四五六七八九十]+[月日号]|{MONTH_EN}|(?<!\d)\d{{1,2}}[:：]\d{{2}}(?!\d)|"
                         rf"(?<![\d-])(?:19|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d-])|"
                         rf"民[国國]\s*\d{{1,3}}\s*年|每|年度|\d\s*(?:am|pm)\b", re.I)
_RELATIVE = re.compile(rf"第\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[周週]|"
                       rf"[前后後]\s*\d{{1,3}}{_RELATIVE_UNIT}|(?<!\d)\d{{1,3}}\s*{_RELATIVE_UNIT}\s*[前后後内內]")
# the event a time is counted from: the two characters before its 前 or 后 (开学 of 开学后第3周前)
_ANCHOR = re.compile(r"([\u4e00-\u9fff]{2})[前后後]\s*(?:第\s*)?[\d一二三四五六七八九十]")
_MEASURE_LAST = re.compile(r"[\d万亿]([\u4e00-\u9fff]{1,2})$")  # the measure word closing a figure: 2.5万场次
_ONLY_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}[省市县区]")


@dataclass(frozen=True)
class Shapes:
    """What a typed answer looks like; set by reading answers in the seed, not fitted."""

    figure_chars: int = 16    # a figure with its qualifier, unit and counted noun is no longer
    who_chars: int = 16       # a name, role or body is no longer
    clause_alignment: float = 0.5  # a clause answers fully when its sentence holds this share of the question


SHAPES = Shapes()


def _known_place(text: str) -> bool:
    """An administrative place jieba knows, written without its suffix as provinces often are (河南: 河南省)."""
    places = jieba_places()
    return text in places or any(text + suffix in places for suffix in "省市县区")


def typed_ok(q: Query, span: Span | None, align: float = 1.0, shapes: Shapes = SHAPES,
             usual: str | None = None, sentence: str = "") -> float:
    """1 when the answer is of the kind asked for and says something the question does not.

    A figure for a count (of the asked measure), a year for when, a place for where, a short name or
    role for who; a clause as far as its sentence holds the question. A count that names no measure
    (多少捐款, how much … in donations) asks for the ``usual`` one: the unit the documents give its thing.
    """
    if span is not None and span.source == "faq" and span.text.strip():
        return 1.0  # the document asks the question itself (answering.faq): what follows answers it, yes or no too
    if span is None or span.text.strip("“”《》「」 ") in q.text or _translates_question(q, span.text) \
            or not re.search(r"\w", span.text):
        return 0.0  # no answer, one of punctuation alone, or one that only repeats the question (or its translation)
    text = span.text
    if q.lang == "zh" and q.kind == "other" and not (QWORD_ZH.search(q.text) or _ASKS_ZH.search(q.text)
                                                     or ends_in_contact(q.text)):
        # no question word at all, nor a contact named (…的联系电话): a request, not a question about the documents
        return 0.0
    if wants_list(q.text, q.lang):
        return 1.0  # 哪几个 asks for the items, not their number
    if span.source == "level":
        return 1.0  # 几级 over IV级: a grade is what a level asks for, in Roman numerals as often as in figures
    if gives_number(q, text):
        return 1.0  # 电话幾多號 over (04)2251-3366: the number asked, neither a count nor a day
    if kind_apart(q.text, q.kind, text):
        return 0.0  # a figure of another kind: a clock time for how long, a date for how many
    if q.kind == "count":
        english = span.source == "figure" and not re.search(r"[\u4e00-\u9fff]", text)  # "every 2–3 hours", whole
        figure = english or (FIGURE_FIRST.search(text) and len(text) <= shapes.figure_chars)
        if not figure or _repeats_figure(q.text, text):
            return 0.0  # a clause, not a figure: the evidence counts something else; or the question's own figure
        asked = named_unit(q.text) or question_unit(q)
        if not asked and (m := _MEASURE_LAST.search(text)) and classifier_asked(q, m.group(1)):
            return 1.0  # how many events over 2.5万场次: 场 is the dictionary's classifier for events
        unit = asked or usual  # 几个小时 asks for hours, not for 个
        if unit == "个" and not other_measure("名", text):
            return 1.0  # 个 is the general classifier: 几个 counts people too
        return 0.5 if other_measure(unit, text) and not person_times_asked(q, unit, text) else 1.0
    if q.kind == "when":
        if _DATE_SHAPE.search(text):
            return 1.0  # a date or a time, not any figure (10万人次, 0574-…)
        return 1.0 if _RELATIVE.search(text) and not _counted_from_asked(q.text, text) else 0.0
    if q.kind == "where":
        return 1.0 if _PLACE_END.search(text) or venue_end(text.strip("“”")) or _known_place(text) else 0.5
    if q.kind == "who":
        if _WHOLE_QUOTE.fullmatch(text.strip()) and ASKS_NAME.search(q.text):
            return 1.0  # a name asked (全名叫啥) and one whole quoted name given: a title is long, and a name still
        if _ONLY_PLACE.fullmatch(text.strip("“”")) or (span.source == "slot" and len(text) > shapes.who_chars) \
                or (span.source != "clause" and sentence and names_no_one(span, sentence)):
            return 0.0  # a place, a long stretch between the question's neighbours, a piece of a clause: no one
        # a person's name in Latin letters with a title runs longer (Dr Fiona McAllister: 19 characters)
        short = len(text) <= shapes.who_chars or PERSON_EN.fullmatch(text) is not None
        return 1.0 if short and span.source != "clause" else 0.5
    if span.source == "clause" and (ASKS_NAME.search(q.text) and len(text) > shapes.who_chars
                                    and not _names_anew(q, text) and not is_english(text)
                                    or asks_date(q.text) and not _DATE_FIGURE.search(text)):
        return 0.0
    if span.source == "slot" and span.strength < 1.0 and not (_WHOLE_QUOTE.fullmatch(text.strip())
                                                             and ASKS_NAME.search(q.text)):
        return span.strength  # a slot found from one weak neighbour; one whole quoted name is a name whatever found it
    if span.source == "clause":  # nothing shorter fitted: the clause answers as far as its sentence is the question's
        return min(1.0, align / shapes.clause_alignment)
    return 1.0


# the words asking when, and what may stand between them and the event asked (能领, 会开始, 可以报名)
_WHEN_ASKED = re.compile(r"什么时[候间]|啥时候?|何时|几时|哪一?[天日]")
_MODAL = re.compile(r"^(?:才|能|可以|可|会|要|得|需要|开始(?=[\u4e00-\u9fff]))+")


def _asked_event(question: str) -> str:
    """The event whose time a when-question asks: the words after its when-word (什么时候开课 -> 开课, 什么时候能领
    -> 领), or, where none follow, the words before it back to the last 的 or 是 (开课是什么时候 -> 开课)."""
    q = to_simplified(question)
    m = _WHEN_ASKED.search(q)
    if m is None:
        return ""
    after = _MODAL.sub("", re.sub(r"[^\u4e00-\u9fff]+.*$", "", q[m.end():]))
    after = re.sub(r"[呢啊呀吗了]+$", "", after)
    if after:
        return after
    before = re.sub(r"(?:是|在|于)$", "", q[:m.start()])
    return re.split(r"[的是，,]", before)[-1][-4:]


def _counted_from_asked(question: str, text: str) -> bool:
    """The answer's time is counted from the very event the question asks the time of (什么时候开学 over
    开学后第3周前): it says when something after that event is, not when the event is. An event the question
    names otherwise (结业后什么时候能领 over 结业后2个月内领取) is where the asked time is counted from."""
    event = _asked_event(question)
    return bool(event) and any(m.group(1) in event for m in _ANCHOR.finditer(to_simplified(text)))


def _names_anew(q: Query, text: str) -> bool:
    """The text quotes a name the question does not already say (a clause that names something)."""
    return any(m.strip() not in q.text for m in QUOTED.findall(text))


def _translates_question(q: Query, text: str) -> bool:
    """An English question's answer whose Chinese is all the question's own words in translation
    ("the digital red cross" answered “数字红会”): it names what was asked about, not an answer. A word is the
    question's own only in the bridge's strongest readings of it: a weaker one is a guess among others, and an
    answer that is such a guess names something the question did not."""
    chinese = re.sub(r"[^\u4e00-\u9fff]", "", text)
    if q.lang != "en" or len(chinese) < 2 or re.search(r"\d", text):
        return False
    said = "\n".join(t for g in q.groups for t, w in g.items() if not t.isascii() and w >= max(g.values()))
    return alignment(chinese, said, min_piece=2) >= 1.0


def _repeats_figure(question: str, answer: str) -> bool:
    """The answer's figure is one the question itself gives (五年 for "over the 5 years"), read as a value."""
    m = re.match(rf"\D{{0,3}}?(\d|[{NUMERAL_ZH}])", answer)
    value = figure_value(answer[m.start(1):]) if m else None  # 五年, 5年, 3,200元 alike (:mod:`.numerals`)
    said = re.findall(r"\d[\d,]*(?:\.\d+)?[万亿]?", question)
    return value is not None and any(figure_value(n) == value for n in said)
