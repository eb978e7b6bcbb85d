"""Whether a figure of part of a year answers a question on the whole year (全年).

A report issued before the year ends gives the months so far (造血干细胞捐献1—11月实现26例; 2031年1月至11月，全港共
收集血液…; a title 2031年首11个月捐血概况): a question on the whole year's figure (全年共计几宗) is not answered by it,
as :mod:`.years_placed` refuses another year's. The part is read where a year would be (the answer's part of the
evidence sentence, the sentence's and the passage's opening clause, the document's title, date and headings): a
month range from January that ends before December (1—11月, 1月至11月, 一至十月), the first months (首11个月,
前三个月), a half or a quarter (上半年, 前三季度, 第二季度). A question that names a part itself (全年目标完成了
1—11月的多少) is not read, nor an answer whose own part of the sentence writes 全年 (确保全年完成…目标 in a
half-year report). Chinese text only; pure functions over strings.
"""
from __future__ import annotations

import re

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.spans import Span, stands_in
from reportbot.index.answering.years_placed import answer_part, opening_clause
from reportbot.index.retrieval.months import ZH_MONTH_NUMBERS

_WHOLE_YEAR = "全年"
_MONTH = r"[0-9]{1,2}|十[一二]?|[一二三四五六七八九]"
_PART = re.compile(rf"(?:1|一)\s*月?\s*[—\-–~～至到]\s*({_MONTH})\s*月|[首前]\s*({_MONTH})\s*个?月"
                   r"|上半年|前[一二三]季度|第[一二三四]季度")


def _month(text: str) -> int:
    return int(text) if text.isdigit() else ZH_MONTH_NUMBERS[text]


def names_part_of_year(text: str) -> bool:
    """Whether ``text`` (Chinese) names part of a year: months from January ending before December, the first
    months, a half or a quarter."""
    for m in _PART.finditer(to_simplified(text)):
        last = m.group(1) or m.group(2)
        if last is None or _month(last) < 12:
            return True
    return False


def whole_year_kept(question: str, sentence: str, span: Span | None, context: str, passage: str = "") -> bool:
    """False when ``question`` asks a whole year (全年) and the answer is scoped to part of one (its part of
    ``sentence``, the sentence's or the passage's opening clause, or ``context``); True otherwise and when nothing
    is answered from a sentence."""
    asked = to_simplified(question)
    if _WHOLE_YEAR not in asked or names_part_of_year(asked):
        return True
    if not stands_in(sentence, span):
        return True
    own = answer_part(sentence, span.start, span.end)
    if _WHOLE_YEAR in to_simplified(own):  # the sentence speaks of the whole year itself (确保全年完成…目标)
        return True
    return not names_part_of_year(f"{own}\n{opening_clause(sentence)}\n{context}\n{opening_clause(passage)}")
