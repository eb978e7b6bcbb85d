"""Whether the year before a document's own date scopes an answer to a question on last year (去年).

A question's 去年 is relative to when it is asked; the engine reads it against the only "now" it has, the date the
evidence's document gives for itself (its title block's or closing line's date: ``DocInfo.date``, the one
:func:`.issued.own_date` reads). A notice dated 2031年9月 that writes 今年的主题为… does not answer what last year's
was; a report dated 2031年1月 on 2030年 does. So a question that writes 去年 and names no year of its own asks the year
before its document's date, and that year must scope the answer where :mod:`.years_placed` reads a named year (the
answer's part of the sentence, the sentence's and the passage's opening clause, the document's title, date and
headings). The answer's part writing 去年 or 上年 itself (the document's own last year), or in an English document
the English of their CC-CEDICT sense (last winter), also scopes it. A document
with no date, or a date without a year, is not read. Chinese questions only; a year of the Republic of China's
calendar (民国114年, 114年1月) is read as such. Pure functions over strings.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.spans import Span, stands_in
from reportbot.index.answering.years_placed import answer_part, minguo_years, opening_clause, years_placed
from reportbot.index.retrieval.cedict import entries_of
from reportbot.index.retrieval.context import Constraint

_LAST_YEAR = "去年"
_OWN_LAST_YEAR = re.compile("去年|上年")  # the document's own last year, CC-CEDICT's two headwords 'last year'


@functools.lru_cache(maxsize=1)
def _own_last_year_en() -> re.Pattern:
    """The English of the document's own last year: the words of those headwords' senses but "year" ("last", as in
    last winter), each as a word of its own."""
    words = {w for head in ("去年", "上年") for proper, text in entries_of(head) if not proper
             for sense in text.split("/") for w in sense.lower().split() if w != "year"}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b")
_GREGORIAN = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_MINGUO_DATE = re.compile(r"(?:民国|民國)?\s*(?<!\d)(1[0-2]\d)\s?年")


def year_before(date: str | None) -> tuple[Constraint, ...]:
    """The year before ``date``'s year as a year constraint (2031年9月13日 -> 2030; 民国114年1月15日 -> 113年 in
    its forms); () when ``date`` gives no year."""
    if not date:
        return ()
    text = to_simplified(date)
    if m := _GREGORIAN.search(text):
        return (Constraint("year", (str(int(m.group(1)) - 1),)),)
    if m := _MINGUO_DATE.search(text):
        return minguo_years(f"{int(m.group(1)) - 1}年")
    return ()


def last_year_kept(constraints: Iterable[Constraint], question: str, sentence: str, span: Span | None,
                   context: str, passage: str, date: str | None) -> bool:
    """False when ``question`` asks last year (去年) without naming a year, the evidence's document is dated
    (``date``) and the year before it does not scope the answer; True otherwise and when nothing is answered from a
    sentence."""
    asked = to_simplified(question)
    if _LAST_YEAR not in asked or any(c.kind == "year" for c in constraints) or minguo_years(asked):
        return True
    before = year_before(date)
    if not before or not stands_in(sentence, span):
        return True
    own = to_simplified(f"{answer_part(sentence, span.start, span.end)}\n{opening_clause(sentence)}")
    if _OWN_LAST_YEAR.search(own) or _own_last_year_en().search(own.lower()):
        return True
    return years_placed(before, sentence, span, context, passage)
