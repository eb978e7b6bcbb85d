"""Which of the question's words point at one figure of a sentence that gives several: a word stands with the figure
of its own item, and another figure between the word and this one takes the word for itself.

"Total income rose to £96.2 million and total costs to £94.9 million": income is said of £96.2 million, and the second
figure, of the same measure, has only "total costs" before it; 遗体捐献412例、人体器官捐献296例: 人体器官 opens the item
of 296例. 慰问困难群众3200户，发放慰问款物186万元: the clause of 186万元 begins after 3200户, so 困难群众 is not said of
the money; 每班次一般4小时，每月至少服务1次: 每月 opens the clause of 1次. A figure of another measure in the same
clause may be said of the same words ("courses ran 42 times and cost £18,500": the courses cost it), and the two ends
of a change (由4个增至9个) are one item: neither parts them. Pure functions over spans of one sentence.
"""
from __future__ import annotations

import re

Term = tuple[int, int, float]
Figure = tuple[int, int, str]  # start, end, and its measure (a unit, "money", or "" when it names none)
_CLAUSE_MARK = re.compile(r"[，；。,;]|\.(?:\s|$)")
_ITEM_MARK = re.compile(r"[，；。,;、和及与]|\.(?:\s|$)|\band\b")  # ... and, between figures of one measure, a list's
# two ends of one change or range (由4个增至9个, from $500 to $750, 8–10): one item, said of the same words
_JOINED = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,2}[至到]|to|[-–—~～])\s*")
CLAUSE_MARK, ITEM_MARK, JOINED = _CLAUSE_MARK, _ITEM_MARK, _JOINED  # read by .figure_field


def own_terms(sentence: str, figure: Figure, terms: list[Term], others: list[Figure]) -> list[Term]:
    """The ``terms`` (start, end, weight) that no figure of ``others`` parts from ``figure``. A term inside or touching
    it stays, and so does one inside another figure (a unit). Another figure between a term before this one and this
    one parts them when it has the same measure or stands across a clause mark from this one (not the other end of a
    change). A term after this figure is parted only when it stands across a mark and another figure follows it
    before the next mark: the term opens that figure's clause (any figure) or list item (one of the same measure)."""
    start, end, measure = figure

    def like(m: str) -> bool:
        return bool(m) and m == measure

    def parts(s: int, e: int, m: str) -> bool:  # the figure between stands with the term, not with this one
        between = sentence[e:start] if e <= start else sentence[end:s]
        if _JOINED.fullmatch(between):
            return False
        return like(m) or _CLAUSE_MARK.search(between) is not None

    def opens(a: int, b: int, marks: re.Pattern, kind) -> bool:  # the term opens another figure's clause or item
        if marks.search(sentence, end, a) is None:
            return False
        stop = marks.search(sentence, b)
        close = stop.start() if stop else len(sentence)
        return any(b <= s < close and kind(m) for s, _, m in others)

    def parted(a: int, b: int) -> bool:
        if any(s < b and a < e for s, e, _ in others):
            return False  # a word inside a figure (its unit, 理论6学时) is no word around it: left as it pulls
        if b <= start:
            return any(b <= s and e <= start and parts(s, e, m) for s, e, m in others)
        if a >= end:  # a bound after its range's start (十六岁以上未满十八岁者，…同意书) leaves the words after both
            return opens(a, b, _CLAUSE_MARK, lambda m: True) or opens(a, b, _ITEM_MARK, like)
        return False

    return [t for t in terms if not parted(t[0], t[1])]
