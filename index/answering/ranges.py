"""A range is one answer: a span that stops at one end of a range (18周岁 of "18周岁至55周岁", 8:30 of "8:30-17:00",
"1 April 2025" of "1 April 2025 to 31 March 2027", 五千元 of 五千元以上两万元以下) is widened to both ends; a
figure that repeats one end of a range said before it in the sentence (17岁 after 17岁至65岁) is answered by that range.

Two figures make a range when they are of one kind (an amount in one unit, a clock time, a date) and stand joined by
a range mark or word alone (-, –, —, ~, 至, 到, to, through; "between X and Y"): 由3个增至5个 (a change, 增 between)
and "from $500 to $750" after a verb of change are no ranges. A question that asks one end (the minimum age, 最多几天:
:func:`.figure_bounds.asked_bound`) keeps its one end. Pure functions over a question, a sentence and a span, like
the rest of ``spans``.
"""
from __future__ import annotations

import re

from reportbot.index.answering.figure_bounds import asked_bound
from reportbot.index.answering.figures_en import MONTH
from reportbot.index.answering.near_terms import ends_at
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.numerals import NUMERAL_ZH, UNIT_ZH
from reportbot.index.retrieval.query import Query

# one end of a range, by kind; the groups that hold an amount's unit and its currency sign are "unit" and "sign"
_KINDS = {
    # a year of the Republic of China's calendar (114年3月1日) opens a date as a year of four digits does
    "date": re.compile(r"(?:\d{4}年|1[0-2]\d年(?=\d{1,2}月))?(?:\d{1,2}月)?\d{1,2}[日号]|\d{4}年\d{1,2}月|"
                       rf"\d{{1,2}} {MONTH}(?: \d{{4}})?|{MONTH} \d{{1,2}}(?:, \d{{4}})?"),
    "clock": re.compile(r"\d{1,2}(?:[:：]\d{2})?\s?(?:[ap]\.?m\.?)(?![a-z])|\d{1,2}[:：]\d{2}(?![\d])", re.I),
    "amount": re.compile(r"(?P<sign>[$¥£€]|新台币|人民币)?\d[\d,]*(?:\.\d+)?"
                         rf"(?P<unit>[万亿千百]?(?:%|{UNIT_ZH})|\s?(?:hours?|minutes?|days?|weeks?|months?|years?|"
                         r"cm|mm|km|kg|ml|m|g|per cent|percent)\b)?"),
}
# a Chinese range by its bounds, in digits or Chinese numerals: 五千元以上两万元以下, 3万元以上10万元以下
_FIGURE_ZH = rf"(?:\d[\d,]*(?:\.\d+)?|[{NUMERAL_ZH}]+)(?:[万亿千百]?(?:{UNIT_ZH}))?"
# (its first figure read from a run of digits' first digit only: from a later one it fails as from the first, each
# reading all the run again)
_OPENING_ZH = _FIGURE_ZH.replace(r"(?:\d", r"(?:(?<!\d)(?<!\d,)\d", 1)
# (and from a run of Chinese numerals' first: no match ends in a numeral, so none starts inside a run)
_OPENING_ZH = _OPENING_ZH.replace(f"|[{NUMERAL_ZH}]+", f"|(?<![{NUMERAL_ZH}])[{NUMERAL_ZH}]+", 1)
_BOUNDS_ZH = re.compile(rf"{_OPENING_ZH}(?:以上|起)、?{_FIGURE_ZH}(?:以下|以内)|"
                        rf"(?<![{NUMERAL_ZH}])[{NUMERAL_ZH}]+(?:{UNIT_ZH})(?:至|到)[{NUMERAL_ZH}]+(?:{UNIT_ZH})")
# what joins the ends: a mark, or a word standing alone between spaces ("and" only after "between", see _joined)
_MARK = re.compile(r"\s?(?:-|–|—|~|～|〜|至|到)\s?|\s(?:to|through|and)\s")
# a verb of change before "from X to Y": the two figures are the value before and after, not a range
_CHANGE = re.compile(r"\b(?:increas|rais|rose|rise|grew|grow|fell|fall|drop|decreas|reduc|cut|chang|mov|went|"
                     r"climb|jump)\w*\b[^.;。；]{0,40}$", re.I)
# the text just before a range's first figure the verb is read in (.near_terms.ends_at): its word and 40 characters
# after it, a word of up to 160 characters; a bound on the pattern's reach, not a weight
_CHANGE_REACH = 200
_BETWEEN = re.compile(r"\bbetween\s$", re.I)


def whole_range(q: Query, sentence: str, span: Span | None) -> Span | None:
    """The span widened to the range it stands at one end of, or the span as it was."""
    if span is None or not span.text or sentence[span.start:span.end] != span.text or asked_bound(q) is not None:
        return span
    if _in_range(span.text):
        return span
    for m in _BOUNDS_ZH.finditer(sentence):
        if m.start() <= span.start and span.end <= m.end() and (m.start(), m.end()) != (span.start, span.end):
            return Span(m.group(0), m.start(), m.end(), span.source, span.strength)  # 五千元 of 五千元以上两万元以下
    end = _later_end(sentence, span)
    start = _earlier_start(sentence, span)
    if end == span.end and start == span.start:
        return _range_restated(sentence, span) or span
    return Span(sentence[start:end], start, end, span.source, span.strength)


def _range_restated(sentence: str, span: Span) -> Span | None:
    """The range earlier in the sentence one of whose ends the span repeats word for word (17岁 of "年龄：17岁至65岁；
    17岁首次献血须经监护人同意": the age asked is the range), or None."""
    if not re.fullmatch(r"\d[\d,.]*\D{1,3}", span.text):
        return None  # a figure with its unit only: a bare number repeats too much by chance
    for kind, pattern in _KINDS.items():
        for m in pattern.finditer(sentence, 0, span.start):
            if m.group(0) != span.text or not _starts_whole(sentence, m.start()):
                continue
            other = _pair(sentence, m.start(), m.end(), kind)
            if other is not None and other <= span.start:
                return Span(sentence[m.start():other], m.start(), other, span.source, span.strength)
    return None


def _in_range(text: str) -> bool:
    """The span holds a range already (two figures joined by a mark)."""
    return any(_pair(text, a.start(), a.end(), kind) is not None for kind, pattern in _KINDS.items()
               for a in pattern.finditer(text))


def _pair(text: str, start: int, end: int, kind: str) -> int | None:
    """Where the other end of a range ends, when the figure of ``kind`` at [start, end) of ``text`` opens one."""
    first = _KINDS[kind].fullmatch(text, start, end)
    mark = _MARK.match(text, end)
    if first is None or mark is None or not _joined(text, start, mark.group(0), kind):
        return None
    second = _KINDS[kind].match(text, mark.end())
    if second is None or not _ends_whole(text, second.end()):
        return None
    if kind == "amount" and first.group("unit") and (second.group("unit") or "").strip() \
            != first.group("unit").strip():
        return None  # 3个-5名, "5 cm to 7 kg": two measures, no range
    if kind == "amount" and not (first.group("unit") and second.group("unit")) \
            and not _same_money(first.group("sign"), second.group("sign"), mark.group(0)):
        return None  # "£48,000 to 16 local groups": a sum and a count; "$5 to €10": two currencies
    if kind == "amount" and not first.group("unit") and not second.group("unit") and mark.group(0).strip() in "-":
        return None  # bare figures joined by a hyphen: a code, a score or a date written 2025-01 more often
    return second.end()


def _same_money(left: str | None, right: str | None, mark: str) -> bool:
    """Whether two ends without one unit each (新台币300元至900元 has) are of one kind by their currency signs: the
    same sign, a bare left end running to a signed right one, or a signed left end running to a bare figure after a
    dash alone (£5–10)."""
    if left is None or left == right:
        return True
    return right is None and mark in ("-", "–", "—", "~", "～", "〜")


def _joined(text: str, start: int, mark: str, kind: str) -> bool:
    """Whether the mark joins a range: "and" only after "between"; "to" not after a verb of change."""
    word = mark.strip()
    if word == "and":
        return ends_at(_BETWEEN, text, start, 12)
    if word in ("to", "至", "到") and ends_at(_CHANGE, text, start, _CHANGE_REACH):
        return False
    return not (kind == "amount" and re.search(r"[增升降减提涨达延长]$", text[max(0, start - 3):start]))


def _ends_whole(text: str, end: int) -> bool:
    """No digit, decimal point or code mark (0574-87301234, 2025-01-20) runs on from a figure."""
    return not re.match(r"[\d.,]?\d|[-/／]\d", text[end:end + 2])


def _starts_whole(text: str, start: int) -> bool:
    """No digit or code mark runs into a figure from before it."""
    return not re.search(r"\d[-/／.,]?$", text[max(0, start - 3):start])


def _later_end(sentence: str, span: Span) -> int:
    """Where the range the span opens ends: the span's last figure followed by a mark and a figure of its kind."""
    for kind, pattern in _KINDS.items():
        for m in pattern.finditer(sentence, max(span.start, span.end - 40), span.end):
            if m.end() == span.end and _starts_whole(sentence, m.start()) \
                    and (other := _pair(sentence, m.start(), m.end(), kind)) is not None:
                return other
    return span.end


def _earlier_start(sentence: str, span: Span) -> int:
    """Where the range the span closes starts: a figure of its kind and a mark before the span's first figure."""
    for kind, pattern in _KINDS.items():
        if (head := pattern.match(sentence, span.start)) is None:
            continue
        for m in pattern.finditer(sentence, max(0, span.start - 40), span.start):
            if _starts_whole(sentence, m.start()) and _pair(sentence, m.start(), m.end(), kind) == head.end():
                return m.start()
    return span.start
