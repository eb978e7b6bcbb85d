"""The date a document gives for itself, read from its first blocks.

Its first date, as a rule (a release's dateline, a report's date under its title). But the field lines under a
report's title may give a period before the date the report was made (Grant period: 1 July 2024 to 30 June 2025 /
Report date: 28 August 2025): the first date is the period's start. A date under a label naming the document's
own date (Report date:, Date of issue:, 报告日期：, 发布日期：, 印发日期：, 更新日期：) is the document's, wherever it
stands among those blocks. A date written in figures alone (``Last updated 14/03/2025``, a circular's ``2025.07.08``:
.numeric_dates) is a date here too, kept as written (its day and month may be in either order). A date that opens
or closes a span of dates (The 2024-25 season ran from 28 September 2024 to 27 April 2025; For the year 1 July 2023
to 30 June 2024; Fiscal year October 1, 2024 - September 30, 2025; 2025年1月1日至6月30日) bounds the period the
document reports on, not the day it was made: it is passed over for the next date (presented on 21 May 2025).
Failing those, a guide's edition line may give the month alone (湛江…培训中心　2025年3月编: compiled in March 2025),
or its revision line may close it, past its first blocks (Revised 3 March 2025 by M. O'Leary.): either is its date.
"""
from __future__ import annotations

import re

from reportbot.corpus.byline import dateline
from reportbot.corpus.numeric_dates import NUMERIC_DATE
from reportbot.corpus.when_who import DATE, MONTH_NAMES, WESTERN_DATE

_FIRST_BLOCKS = 8  # the blocks a document's own date is looked for in (its title, byline and field lines)
# a label naming the document's own date, then its colon (Report date: 28 August 2025; 发布日期：2025年4月8日);
# a bare Date: or Dated: only as a label of its own, no word before it (Closing date:, Event date: name another day)
_DATE_LABEL = re.compile(r"(?i)(?:\b(?:report|issue|publication|release|letter)\s+date|\bdate of (?:issue|report)|"
                         r"(?<!\w )(?<!\w)dated?|(?:报告|发布|印发|更新|成文|发文)日期)\s*[:：]\s*")


# the year and month a guide's edition was compiled, revised or printed (2025年3月编, 2025年3月修订, 2025年3月印发)
_COMPILED = re.compile(r"(?:19|20)\d{2}年\d{1,2}月(?=\s*(?:编|修订|印发|更新|制))")
# or the compiler's line, its month after it (蚌埠市红十字会编　2025年10月: the body that compiled it, then when)
_COMPILER = re.compile(r"^\S{2,30}?(?:编|編|编印|編印|印制|印製)\s*((?:19|20)\d{2}年\d{1,2}月)$")
# a revision line closing a document, its date right after (Revised 3 March 2025 by …; Last updated: 14/03/2025)
_REVISED = re.compile(r"(?i)^(?:last\s+)?(?:revised|updated|reviewed)\s*(?:on\s+)?[:：]?\s*")
_LAST_BLOCKS = 3  # the blocks a closing revision line is looked for in


# a date, then a word or dash for "to", then the span's other end: a date, or a day and month whose year is the first's
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
_SPAN_END = re.compile(rf"\s*(?:to|until|till|through|[-–—~～]|至|到)\s*{_WEEKDAY}"
                       rf"(?:{WESTERN_DATE.pattern}|{NUMERIC_DATE.pattern}|\d{{1,2}}月\d{{1,2}}日"
                       rf"|\d{{1,2}} {MONTH_NAMES}|{MONTH_NAMES} \d{{1,2}})")


def own_date(texts: list[str]) -> str | None:
    """The date the document gives for itself, among the texts of its first blocks (``texts``: all its blocks'):
    one under a label naming it, else the first date written as the West writes a year (or in figures alone:
    14/03/2025, 2025.07.08), else one in the Republic of China's years on a date line (114年8月4日 in a FAQ's answer
    is no issue date), else an edition's month (2025年3月编), else the date of a revision line among its last
    blocks (Revised 3 March 2025 by …)."""
    last, texts = texts[-_LAST_BLOCKS:], texts[:_FIRST_BLOCKS]
    for text in texts:
        for label in _DATE_LABEL.finditer(text):
            if m := WESTERN_DATE.match(text, label.end()) or NUMERIC_DATE.match(text, label.end()):
                return m.group(0)
    return next((m.group(0) for t in texts for m in [_first(t)] if m), None) or \
        next((m.group(0) for t in texts if dateline(t) for m in [DATE.search(t)] if m), None) or \
        next((m.group(0) for t in texts for m in [_COMPILED.search(t)] if m), None) or \
        next((m.group(1) for t in texts for m in [_COMPILER.match(t)] if m), None) or \
        next((m.group(0) for t in reversed(last) for r in [_REVISED.match(t)] if r
              for m in [WESTERN_DATE.match(t, r.end()) or NUMERIC_DATE.match(t, r.end())] if m), None)


def compiler_line(line: str) -> bool:
    """Whether a line is a guide's compiler's line, the body that compiled it then the month (青川市红十字会编
    2026年3月): it names the document and dates it, as a PDF's title block does; no answer's line."""
    return bool(_COMPILER.match(line.strip()))


def revision_line(line: str) -> bool:
    """Whether a line is a revision line, a date right after its word (Last revised 9 March 2026.; Updated: 14/03/2025),
    and nothing more: it dates the document, no sentence of the text above it."""
    r = _REVISED.match(line.strip())
    m = r and (WESTERN_DATE.match(line.strip(), r.end()) or NUMERIC_DATE.match(line.strip(), r.end()))
    return bool(m) and len(line.strip()) - m.end() <= 1


def _first(text: str) -> re.Match | None:
    """The first date in ``text`` written as the West writes a year or in figures alone, that bounds no span of
    dates (:data:`_SPAN_END`)."""
    found = sorted((m for p in (WESTERN_DATE, NUMERIC_DATE) for m in p.finditer(text)), key=lambda m: m.start())
    spans = [(m.start(), e.end()) for m in found if (e := _SPAN_END.match(text, m.end()))]
    return next((m for m in found if not any(a <= m.start() < b for a, b in spans)), None)
