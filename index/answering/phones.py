"""Phone numbers as documents write them: with dashes and spaces (0574-87654321, +852 2802 0021), and without
(a short hotline, 1999 or 12345; eight digits, 87654321), which only the words around them tell from a figure.

A run of digits is a phone number when it is written as one (dashes, a country code, a bracketed area code), or
when the sentence calls it one: a phone word or a verb of dialling stands right before it (电话：87654321, 请拨打
1999, call 999), or a phone word right after it (1999热线, 1999 hotline). A run that a unit or a date follows
(1999年, 300元) counts something. Of several numbers, the one nearest the question's words answers. The phone
words are those a question asks a phone with (:mod:`.asked`), and the verbs the ones a number is dialled with.
Pure functions over strings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.index.answering.spans import Span

# a phone written as one: dashes or spaces between groups, a country code, an area code; no digit before it (01632
# 960101 is not 1632 960101); a UK area code has five digits; an area code is bracketed in ASCII or full-width brackets
# ((037) 326-118, （037）326-118)
PHONE = re.compile(r"(?<![\d+])(?:\+\d{1,3}[\s-]?)?(?:[(（]\d{2,4}[)）][\s-]?|\d{2,4}-(?=\d{3,4}-\d))?"
                   r"\d{3,5}[\s-]\d{3,8}(?:[\s-]\d{2,4})?")
WRITTEN = PHONE
_BARE = re.compile(r"(?<![\d.,:/-])\+?\d{3,12}(?![\d.,:/%-]\d|[\d%])")
# an extension printed after the number is part of it (0571-8888 1234 ext. 21, 87654321转205, (207) 555-0190 x12)
_EXTENSION = re.compile(r"\s*,?\s*(?:(?i:ext\.?|extension)\s*|x|转|分机)\d{1,6}(?!\d)")
# what calls a number a phone: the words a phone is asked with, and the verbs of dialling (Chinese, English)
_PHONE_WORD = r"电话|热线|专线|手机|座机|传真|傳真|(?i:\b(?:phone|telephone|hotline|helpline|tel|mobile|fax)\b)"
_DIAL = r"拨打|拨|致电|打|(?i:\b(?:call|dial|ring|text)\b)"  # whole words: not the ring of "during", the tel of "hotel"
# a fax's label right before its number (传真：, Fax, fax no.)
_FAX_BEFORE = re.compile(r"(?:传真|傳真|(?i:\bfax\b))(?:号码|号|(?i:\s?(?:number|no\.?)))?\s*[：:]?\s*$")
_BEFORE = re.compile(rf"(?:{_PHONE_WORD}|{_DIAL})(?:号码|号|number)?\s*(?:[：:]|is|at|on)?\s*$")
_AFTER = re.compile(rf"^\s*(?:[\u4e00-\u9fff]{{0,8}}?(?:{_PHONE_WORD})|\(?(?i:hotline|helpline))")
# a unit, a date or a measure after the digits: the run counts something (1999年, 300元, 12 hours)
_COUNTS = re.compile(r"^\s*(?:[年月日号元人名个次支家所位项件天周小时分秒岁万亿%]|(?i:years?|yuan|hours?|days?|"
                     r"people|persons?|km|kg|cm|per|times?)\b)")


@dataclass(frozen=True)
class PhoneReading:
    """How far the words that call a bare number a phone number may stand, and how the question's words choose among
    several numbers; set by hand on made-up sentences (tests) when each rule was written."""

    before: int = 12  # characters before the number looked at for a phone word or a dialling verb (电话：, 请拨打)
    after: int = 12   # characters after it looked at for a phone word (1999市民热线)
    # a question word pulls on a number with its weight over 1 + its distance in characters over this (this far
    # away: half its weight)
    pull_reach: float = 4.0


READING = PhoneReading()


def phone_numbers(sentence: str, r: PhoneReading = READING) -> list[Span]:
    """Every phone number in the sentence, in order: written ones, and bare runs of digits the sentence calls
    phone numbers."""
    found = [Span(m.group(0).strip(), m.start(), m.start() + len(m.group(0).strip()), "figure")
             for m in WRITTEN.finditer(sentence)]
    taken = [(s.start, s.end) for s in found]
    for m in _BARE.finditer(sentence):
        if any(a < m.end() and m.start() < b for a, b in taken) or _COUNTS.match(sentence[m.end():]):
            continue
        before = sentence[max(0, m.start() - r.before):m.start()]
        if _BEFORE.search(before) or _AFTER.match(sentence[m.end():m.end() + r.after]):
            found.append(Span(m.group(0), m.start(), m.end(), "figure"))
    return sorted((_with_extension(s, sentence) for s in found), key=lambda s: s.start)


def _with_extension(span: Span, sentence: str) -> Span:
    """``span`` and the extension printed after it (ext. 21), the whole number as the sentence prints it."""
    m = _EXTENSION.match(sentence, span.end)
    return span if m is None else Span(sentence[span.start:m.end()], span.start, m.end(), span.source)


def holds_phone(text: str) -> bool:
    """The text holds a phone number (written as one, or called one)."""
    return bool(phone_numbers(text))


def extract_phone(sentence: str, terms: list[tuple[int, int, float]] = (), r: PhoneReading = READING,
                  fax: bool = False) -> Span | None:
    """The phone number nearest the question's words (``terms``: their positions in the sentence and weights),
    the first when no word of the question stands in the sentence. Where the sentence labels some of its numbers
    a fax's (Phone (08) 8981 5036 Fax (08) 8981 5037), a question asking the fax (``fax``) takes one of those, any
    other question one of the rest."""
    found = phone_numbers(sentence)
    faxes = [s for s in found if _FAX_BEFORE.search(sentence[max(0, s.start - r.before):s.start])]
    if faxes and len(faxes) < len(found):
        found = faxes if fax else [s for s in found if s not in faxes]
    if len(found) < 2 or not terms:
        return found[0] if found else None

    def pull(span: Span) -> float:
        return sum(w / (1 + max(a - span.end, span.start - b, 0) / r.pull_reach) for a, b, w in terms)

    def own(span: Span) -> float:  # "A问题请洽…，电话X；B问题请洽…，电话Y": the question's words in the number's part
        start = max(sentence.rfind(m, 0, span.start) for m in "；;。") + 1
        ends = [i for i in (sentence.find(m, span.end) for m in "；;。") if i >= 0]
        return sum(w for a, b, w in terms if start <= a and b <= min(ends, default=len(sentence)))

    return max(found, key=lambda s: (own(s), pull(s), -s.start))


_ANSWER = re.compile(rf"\s*(?:{WRITTEN.pattern}|\+?\d{{3,12}})(?:{_EXTENSION.pattern})?\s*")


# two years joined by a dash or a space (2024-2025): WRITTEN's two groups read a range of years as well
_YEARS = re.compile(r"(?:19|20)\d\d[\s-](?:19|20)\d\d")


def holds_dialled(text: str) -> bool:
    """The text holds a phone number (:func:`phone_numbers`) that is no range of years."""
    return any(not _YEARS.fullmatch(s.text) for s in phone_numbers(text))


def is_phone(answer: str) -> bool:
    """An answer that is a phone number, whole (the extractor has read the words around it)."""
    return _ANSWER.fullmatch(answer) is not None
