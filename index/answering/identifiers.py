"""An identifier is one answer: a registration, charity or company number written in groups (Registered charity
number 11892 0613 RR0001, ABN 51 824 753 556, 统一社会信用代码 12330000470051726M) is answered whole, not by the
figure of its first group a figure extractor reads.

A run of groups is an identifier when it stands right after a word of the question (its label: charity number,
ABN, 信用代码, with a colon or "No." between) and is shaped as none of a document's figures is: a group mixing
capital letters and digits, two or more digit groups joined by single spaces, or three or more joined by dashes (two
joined by a dash are a range, :mod:`.ranges`). A unit after the run makes it a count (1 200 名). A Chinese document
number (临明审〔2025〕第0213号) is one too, wherever it stands. Pure functions over a sentence, the question's term
positions and a span, like the rest of ``spans``.
"""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.numerals import UNIT_ZH

# a group: digits, with capital letters before, among or after them (RR0001, 12330000470051726M); letters alone
# are a label (ABN, CHY), not part of the number
_GROUP = r"[A-Z]*\d[A-Z\d]*"
_RUN = re.compile(rf"(?<![A-Za-z\d.,/+-]){_GROUP}(?:[ -]{_GROUP})*(?![A-Za-z\d/]|[.,]\d)")
# between the label and the number: a colon, a number sign, "No." or 为/是 (代码为…)
_AFTER_LABEL = re.compile(r"[\s:：#]*(?:(?:no\.?|number|num\.?|为|是|：)[\s:：#]*)?", re.I)
# a unit or a count after the run: the groups count something (1 200 名, 3 500 people, 20 000元)
_COUNTED = re.compile(rf"\s?(?:[万亿千百]|%|{UNIT_ZH}|(?i:people|persons?|members?|volunteers?|donors?|"
                      r"hours?|days?|weeks?|months?|years?|times?|kg|km|ml)\b)")


# a Chinese document number (文号): the issuer's short name, the year in 〔〕, the serial and 号
# (临明审〔2025〕第0213号, 浙红发〔2024〕12号); the issuer stops at the label's 为 / 是 / 号 before it
_DOCUMENT_NUMBER = re.compile(r"(?:(?![为是号的])[\u4e00-\u9fff]){1,6}[〔［\[]\d{4}[〕］\]]第?\d{1,5}号")


def _identifier_shaped(run: str) -> bool:
    groups = re.split(r"[ -]", run)
    mixed = any(re.search(r"[A-Z]", g) and re.search(r"\d", g) for g in groups)
    spaced = len(groups) >= 2 and " " in run
    return mixed or spaced or len(groups) >= 3


def _identifiers(sentence: str, terms: list[tuple[int, int, float]]) -> list[re.Match]:
    """The identifier-shaped runs of the sentence that stand right after one of the question's words."""
    return [m for m in _RUN.finditer(sentence)
            if _identifier_shaped(m.group(0)) and not _COUNTED.match(sentence, m.end())
            and any(b <= m.start() and _AFTER_LABEL.fullmatch(sentence, b, m.start()) for _, b, _ in terms)]


def whole_identifier(sentence: str, terms: list[tuple[int, int, float]], span: Span | None) -> Span | None:
    """The span widened to the identifier it is a part of, a clause narrowed to the one identifier it holds, or the
    span as it was."""
    if span is None or not span.text or sentence[span.start:span.end] != span.text:
        return span
    found = _identifiers(sentence, terms) + list(_DOCUMENT_NUMBER.finditer(sentence))
    inside = [m for m in found if span.start <= m.start() and m.end() <= span.end]
    for m in found:
        if m.start() <= span.start and span.end <= m.end():
            return Span(m.group(0), m.start(), m.end(), span.source, span.strength)
    if span.source == "clause" and len(inside) == 1:  # "ABN 51 824 753 556" as a clause: its number
        m = inside[0]
        return Span(m.group(0), m.start(), m.end(), "figure", span.strength)
    return span
