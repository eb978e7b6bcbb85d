"""Signals that the answer is for what the question names, not for its neighbour: its qualifier, its measure.

A near miss names a thing the documents hold, but with a qualifier the evidence states differently
(二级 asked, 一级 found; 秋季 asked, a 春季 notice found), or asks for one measure and gets a figure
of another (a count of AEDs answered in hours, donations answered in 名), or names a page of a document
that has none (a page past a paged one's end is :func:`.structure.beyond_pages`). Pure functions over
strings and the analysed question; the units' families come from :mod:`.units`, the qualifiers'
class (numerals) from grammar and the times from jieba's part-of-speech tags.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reportbot.corpus.document import Paragraph
from reportbot.index.answering.align import wants_list
from reportbot.index.answering.shape import shape_agrees
from reportbot.index.answering.spans import Span
from reportbot.index.answering.structure import named_page
from reportbot.index.answering.units import DURATIONS, MONEY, other_measure
from reportbot.index.retrieval import lexicon
from reportbot.index.retrieval.numerals import ZH_FIGURE
from reportbot.index.retrieval.query import Query, chinese_to_int

# a figure's measure family, by its unit; durations and money are measures of their own, not counts
_PEOPLE = ("人", "名", "位", "人次")
_DURATION_UNIT = re.compile(r"(?:(?<!\d\d\d)\d|^[一二两三四五六七八九十]+)\s*(?:个)?"
                            r"(?:小时|分钟|天|周(?!岁)|个月|月(?!\d)|年(?![\d度])|(?:工作|自然)日)|"
                            r"\d\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)\b", re.I)
# what licenses a duration: the question names time (a duration unit, how long/often, 时长; 几多日 counts days as
# Cantonese and written Chinese say them, 几多个钟 hours as Cantonese does; 几个工作日)
_ASKS_DURATION = re.compile(r"多久|时长|时间|期限|(?:几|多少)个?(?:小时|分钟|钟头?|天|日|周|月|年|工作日)|"
                            r"\b(?:how long|how often|hours?|minutes?|days?|weeks?|months?|years?|duration|time)\b")


def structure_agrees(q: Query, paragraphs: Sequence[Paragraph]) -> float:
    """0 when the question names a page and the evidence's document has no pages (the FAQ's page 5); a page
    or part past a document's end is :func:`.structure.beyond_pages` / :func:`.structure.beyond_parts`."""
    return 0.0 if named_page(q) is not None and not any(p.page is not None for p in paragraphs) else 1.0


def measure_agrees(q: Query, answer: str, asked: str | None) -> float:
    """0 when a count is answered by a figure of another measure than it asks: one of another family than
    the unit it names (``asked``: 名 asked, 60万人次 found; 场次 asked, $540,000 found), money where it
    asks how many, or a duration it does not ask for (how many AEDs, 24小时; a duration is asked by a
    duration unit, how long or 时长). People asked and person-times found is no contradiction here: English
    does not tell them apart (members dispatched, 10万人次), and 多少人 is said of both."""
    if q.kind != "count" or not _HAS_FIGURE.search(answer) or wants_list(q.text, q.lang):
        return 1.0
    if _DURATION_UNIT.search(answer):
        return 1.0 if _ASKS_DURATION.search(q.text.lower()) or asked in DURATIONS else 0.0
    if MONEY.search(answer) and (other_measure(asked, "元") or re.search(r"\bhow many\b", q.text.lower())):
        return 0.0
    if asked is None or (asked in _PEOPLE and "人" in answer):
        return 1.0  # people for person-times is weighed by typed, not refused here: 多少人 is said of both
    if asked == "个" and not other_measure("名", answer):
        return 1.0  # 个 is the general classifier: 几个 counts people too (几个五星志愿者, 214名)
    return 0.0 if other_measure(asked, answer) else 1.0


# numerals qualify a head word alike (二级, 第三期, 第3期): a closed class of grammar. (Seasons were listed here
# too until review-4: content words tune questions ask with; times are now told by their tag, _another_time.)
_NUMERALS = "一二两三四五六七八九十0123456789"
_QUALIFIED = re.compile(r"(?<![\d.一二两三四五六七八九十])"
                        r"(\d{1,3}(?:\.\d)?|[一二两三四五六七八九十]{1,3})([\u4e00-\u9fff])")
# heads that make a figure (2022年, 3个), not a qualified thing: figures are the answers and the years' checks
_FIGURE_HEAD = set("年月日号个名项次支家所位人场万亿千百元余多岁小分天周")


def _qualified(text: str) -> list[tuple[str, str]]:
    """(qualifier, head) pairs, numerals read as their value (六 and 6 are one qualifier)."""
    out = []
    for m in _QUALIFIED.finditer(text):
        mod, head = m.group(1), m.group(2)
        if head in _FIGURE_HEAD and text[max(0, m.start() - 1):m.start()] != "第":
            continue  # 3个, 2022年: a figure; but 第一人民医院, 第三次会议 are ordinals, qualifiers whatever follows
        if lexicon.tag(text[m.start(2):m.start(2) + 2]) == "q":
            continue  # 45公斤, 300毫升: a quantity in a unit of measure (jieba's tag q), no level or stage
        value = mod if mod[0].isdigit() else chinese_to_int(mod)  # 2.0版 and 3.0版 are versions apart
        out.append((str(value) if value is not None else mod, head))
    return out


def _another_time(q: Query, evidence: str, known: Callable[[str], bool]) -> bool:
    """The question says a time word (jieba's tag t: 秋季, 下午) that no document uses, and the evidence says one
    with the same last character after another first (春季, 上午): the evidence is of another time."""
    for t in {t for g in q.groups for t in g if len(t) == 2 and not t.isascii()}:
        if t[1] in _FIGURE_HEAD or known(t) or lexicon.tag(t) != "t":
            continue
        for m in re.finditer(rf"[\u4e00-\u9fff](?={re.escape(t[1])})", evidence):
            if evidence[m.start()] != t[0] and lexicon.tag(evidence[m.start():m.start() + 2]) == "t":
                return True
    return False


def qualifier_agrees(q: Query, evidence: str, known: Callable[[str], bool] | None = None) -> float:
    """0 when the question qualifies a thing with a numeral (二级, 第三期) that the evidence qualifies with another
    and never as asked (一星, 第一期), or names a time the documents never say that the evidence gives otherwise
    (秋季 asked, a 春季 notice found; ``known``: whether the documents use a word): the evidence answers for
    another level, stage or time."""
    if q.lang != "zh":
        return 1.0
    said = _qualified(evidence)
    for mod, head in _qualified(q.text):
        others = [m for m, h in said if h == head and m != mod]
        if others and (mod, head) not in said:
            return 0.0
    return 0.0 if known is not None and _another_time(q, evidence, known) else 1.0


# a figure: digits, or Chinese numerals before a measure word (三个, 十余名, 两万人, 上百家, 三分, 八小时:
# :data:`.numerals.ZH_FIGURE`); a numeral alone is a word's character as often (一些, 统一, 三星). The one reading of
# a figure the refusal's signals use: ``typed`` wants one first (FIGURE_FIRST), ``_no_figure`` and ``measure_agrees``
# one anywhere, in English also as a number word
NUMBER = rf"\d|{ZH_FIGURE}"
_HAS_FIGURE = re.compile(NUMBER)
FIGURE_FIRST = re.compile(rf"^\D{{0,3}}(?:{NUMBER})")
_ANY_FIGURE = re.compile(rf"{NUMBER}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                         r"ninety|hundred|thousand|dozen|once|twice)\b", re.I)


def _no_figure(q: Query, span: Span) -> bool:
    """A count question (not one asking for the items, 哪几) answered with no figure at all: the sentence found counts
    nothing the question asks (review-8: "how many hospitals" answered with a clause); a quoted name the question
    word stands in (几力 over “三力”, :mod:`.numbered`) and a grade (IV级, :mod:`.levels`) write their figure in
    words or letters."""
    return q.kind == "count" and span.source not in ("faq", "numbered", "level") \
        and not wants_list(q.text, q.lang) and not _ANY_FIGURE.search(span.text)


def measure_together(q: Query, sentence: str, span: Span | None, context: str, asked: str | None = None,
                     document: Sequence[Paragraph] = (), known: Callable[[str], bool] | None = None
                     ) -> dict[str, float]:
    """This module's signals of one answer, by the names :class:`.signals.Signals` gives them; ``document``:
    the evidence document's passages, needed only when the question names a page or a part; ``known``: whether
    the documents use a word."""
    return {"structure": structure_agrees(q, document),
            "measure": (0.0 if _no_figure(q, span) else measure_agrees(q, span.text, asked)) if span is not None
            else 1.0,
            "qualifier": qualifier_agrees(q, f"{sentence}\n{context}", known),
            "shape": shape_agrees(q, span, sentence)}
